import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { errorWith } from '../../../../shared/result';
import { sendError } from '../http-errors';
import { cacheControlFor } from '../static-caching';

/** The built renderer pages: one HTML entry per surface, assets under /assets. */
export const PAGE_ROUTES: Record<string, string> = {
  '/studio': 'studio/index.html',
  '/store': 'store/index.html',
  '/s/:slug': 'store/index.html',
  '/receipt': 'receipt/index.html',
  /** The program for OBS's browser source (the stream it plays needs the program key). */
  '/program': 'program/index.html',
  '/moderator': 'moderator/index.html',
  '/guest': 'guest/index.html',
};

/** Pages only OBS opens: served only with the program key in `?key=` (a wrong key gets the one "nothing here"). */
const KEYED_PAGES: Record<string, string> = {
  /** The transparent alert overlay for OBS's browser source. */
  '/overlay': 'overlay/index.html',
};

export interface PageOptions {
  /** Whether a `?key=` opens the keyed pages (program/program-access.ts). */
  pageKeyAllows(candidate: unknown): boolean;
}

export async function registerPages(app: FastifyInstance, pagesDir: string, options: PageOptions): Promise<void> {
  if (!existsSync(join(pagesDir, 'studio', 'index.html'))) {
    throw new Error(`The studio pages are not built (looked in ${pagesDir}). Run "npm run build:pages" first.`);
  }
  await app.register(fastifyStatic, {
    root: pagesDir,
    prefix: '/',
    index: false,
    wildcard: true,
    cacheControl: false,
    // HTML is left to the security headers (never stored); assets by their names (static-caching.ts).
    setHeaders: (res, path) => {
      if (!path.endsWith('.html')) res.setHeader('Cache-Control', cacheControlFor(relative(pagesDir, path)));
    },
  });
  for (const [route, file] of Object.entries(PAGE_ROUTES)) {
    app.get(route, (_request, reply) => reply.type('text/html; charset=utf-8').sendFile(file));
  }
  for (const [route, file] of Object.entries(KEYED_PAGES)) {
    app.get(route, (request: FastifyRequest<{ Querystring: { key?: string } }>, reply) => {
      if (!options.pageKeyAllows(request.query.key)) return sendError(reply, errorWith('not_found', 'error.http.nothingHere'));
      return reply.type('text/html; charset=utf-8').sendFile(file);
    });
  }
  app.get('/', (_request, reply) => reply.redirect('/store'));
}
