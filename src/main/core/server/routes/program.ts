import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { z } from 'zod';
import type { Logger } from '../../log';
import type { ProgramAccess } from '../../program/program-access';
import type { ProgramFeed } from '../../program/program-feed';
import { sendError } from '../http-errors';
import { countWrongToken, refuseGuessers, type TokenGuard } from '../token-guard';

/**
 * The program's way out of the studio page and into OBS:
 * - `WS /program/ingest`: the studio page (host token, said in a hello like every socket) sends
 *   its recorder's WebM pieces as binary messages;
 * - `GET /program/live.webm?key=…`: the live stream, read by OBS's media source; the program key
 *   is the only thing it accepts, and the answer never says whether a wrong key was close.
 */
export interface ProgramRoutesDeps {
  feed: ProgramFeed;
  access: ProgramAccess;
  isHostToken(token: string): boolean;
  isAllowedOrigin(origin: string, host: string | undefined): boolean;
  log: Logger;
  /** Wrong program keys and host tokens count towards the client's wrong-token allowance. */
  guard: TokenGuard;
}

export const PROGRAM_STREAM_PATH = '/program/live.webm';
export const PROGRAM_INGEST_PATH = '/program/ingest';

const IngestHello = z.object({
  type: z.literal('hello'),
  token: z.string().min(1).max(200),
  mimeType: z.string().regex(/^video\/webm(;[ a-z0-9=.,"-]*)?$/i).max(100),
});

export function registerProgramRoutes(app: FastifyInstance, deps: ProgramRoutesDeps): void {
  // Stream readers never finish by themselves: end them first, or closing the server would wait forever.
  app.addHook('preClose', (done) => {
    deps.feed.close();
    done();
  });

  const guarded = { preValidation: refuseGuessers(deps.guard) };
  app.get(PROGRAM_STREAM_PATH, guarded, (request: FastifyRequest<{ Querystring: { key?: string } }>, reply) => {
    if (!deps.access.allows(request.query.key)) {
      countWrongToken(deps.guard, request);
      return sendError(reply, { code: 'not_found', message: 'There is nothing here.' });
    }
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'Content-Type': 'video/webm',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    raw.flushHeaders();
    const stop = deps.feed.addReader({
      write: (chunk) => raw.write(chunk),
      end: () => raw.end(),
      get writableLength() {
        return raw.writableLength;
      },
    });
    raw.on('close', stop);
    return reply;
  });

  app.get(PROGRAM_INGEST_PATH, { websocket: true, ...guarded }, (socket: WebSocket, request: FastifyRequest) => {
    const origin = request.headers.origin;
    if (origin !== undefined && !deps.isAllowedOrigin(origin, request.headers.host)) {
      socket.close(4403, 'origin not allowed');
      return;
    }
    let session: ReturnType<ProgramFeed['openIngest']> | null = null;
    const helloTimer = setTimeout(() => socket.close(4401, 'no hello'), 10_000);
    socket.on('message', (data, isBinary) => {
      if (session) {
        if (!isBinary) return;
        session.write(Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data));
        return;
      }
      if (isBinary) {
        socket.close(4400, 'hello first');
        return;
      }
      let hello: z.infer<typeof IngestHello>;
      try {
        hello = IngestHello.parse(JSON.parse(Buffer.isBuffer(data) ? data.toString('utf8') : ''));
      } catch {
        socket.close(4400, 'malformed hello');
        return;
      }
      if (!deps.isHostToken(hello.token)) {
        countWrongToken(deps.guard, request);
        socket.close(4401, 'bad token');
        return;
      }
      clearTimeout(helloTimer);
      session = deps.feed.openIngest(hello.mimeType);
      deps.log.info('program feed: recording started', { mimeType: hello.mimeType });
      socket.send(JSON.stringify({ type: 'ready' }));
    });
    socket.on('close', () => {
      clearTimeout(helloTimer);
      session?.close();
      if (session) deps.log.info('program feed: recording stopped');
    });
  });
}
