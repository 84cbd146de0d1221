import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { z } from 'zod';
import type { Logger } from '../../log';
import type { ProgramAccess } from '../../program/program-access';
import type { ProgramFeed } from '../../program/program-feed';
import { errorWith } from '../../../../shared/result';
import { sendError } from '../http-errors';
import { countWrongToken, refuseGuessers, type TokenGuard } from '../token-guard';

/**
 * The program's way out of the studio page and into OBS:
 * - `WS /program/ingest`: the studio page (host token, said in a hello like every socket) sends
 *   its recorder's WebM pieces as binary messages;
 * - `GET /program/live.webm?key=…`: the live stream, read by OBS's media source and the program
 *   page; the program key is the only thing it accepts, and the answer never says whether a wrong
 *   key was close. The answer starts once there is a recording to start from, so its Content-Type
 *   names the recording's codecs (`video/webm; codecs="vp8,opus"`), which the program page hands to
 *   Media Source Extensions as it is.
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

/** `video/webm`, with its codecs if named (`;codecs=vp8,opus`, or quoted as HTTP wants a list). */
const WEBM_TYPE = /^video\/webm(?:\s*;\s*codecs=(?:"([a-z0-9.,-]+)"|([a-z0-9.,-]+)))?$/i;

/** The recorder's type as a Content-Type: the codec list quoted, as Media Source Extensions accept it too. */
function webmContentType(mimeType: string): string {
  const match = WEBM_TYPE.exec(mimeType);
  const codecs = match?.[1] ?? match?.[2];
  return codecs ? `video/webm; codecs="${codecs.toLowerCase()}"` : 'video/webm';
}

const IngestHello = z.object({
  type: z.literal('hello'),
  token: z.string().min(1).max(200),
  mimeType: z.string().max(100).regex(WEBM_TYPE).transform(webmContentType),
});

const STREAM_HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

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
      return sendError(reply, errorWith('not_found', 'error.http.nothingHere'));
    }
    reply.hijack();
    const raw = reply.raw;
    const stop = deps.feed.addReader({
      begin: (mimeType) => {
        raw.writeHead(200, { ...STREAM_HEADERS, 'Content-Type': mimeType });
        raw.flushHeaders();
      },
      write: (chunk) => raw.write(chunk),
      end: () => {
        // Ended before any recording started (the studio is closing): come back later.
        if (!raw.headersSent) raw.writeHead(503, { ...STREAM_HEADERS, 'Retry-After': '1' });
        raw.end();
      },
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
