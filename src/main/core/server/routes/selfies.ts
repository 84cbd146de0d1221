import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorWith, type Result } from '../../../../shared/result';
import { SELFIE_FRAME_PATH, SELFIE_MAX_BYTES } from '../../../../shared/selfies';
import type { FrameStash } from '../../selfies/frame-stash';
import { imageInfo } from '../../selfies/image-info';
import type { StoredPicture } from '../../selfies/selfie-service';
import { bearerToken } from '../bearer-token';
import { sendError } from '../http-errors';
import { countWrongToken, refuseGuessers, type TokenGuard } from '../token-guard';

/**
 * Selfie pictures over HTTP (they are too big for the WebSocket):
 * - `POST /program/selfie-frame` (host token): the studio page's program frame for a shot;
 * - `GET /program/selfies/:id` (host token): the host's copy, for the studio's thumbnails;
 * - `GET /api/receipt/selfies/:id` (the receipt token in `X-Receipt-Token`): the buyer's download,
 *   only of a selfie on that very receipt. Every refusal looks the same ("not found"), so nobody
 *   learns whether an id exists.
 * Tokens travel in headers, never in URLs, so they stay out of logs and history.
 */
export interface SelfieRoutesDeps {
  frames: FrameStash;
  isHostToken(token: string): boolean;
  isAllowedOrigin(origin: string, host: string | undefined): boolean;
  /** The purchase a receipt token opens. */
  receiptPurchase(token: string): Result<string>;
  fileForPurchase(purchaseId: string, selfieId: string): StoredPicture | null;
  fileForHost(selfieId: string): StoredPicture | null;
  readsPerMinute: number;
}

export async function registerSelfieRoutes(app: FastifyInstance, deps: SelfieRoutesDeps, guard: TokenGuard): Promise<void> {
  // Wrong tokens count towards the same lockout as every other token route (token-guard.ts).
  const reads = { config: { rateLimit: { max: deps.readsPerMinute, timeWindow: 60_000 } }, preValidation: refuseGuessers(guard) };
  const wrongToken = (request: FastifyRequest) => void countWrongToken(guard, request);

  await app.register((scope, _options, done) => {
    // Raw picture bytes; what they really are is decided from the bytes, not from this header.
    scope.addContentTypeParser(['image/png', 'image/jpeg'], { parseAs: 'buffer', bodyLimit: SELFIE_MAX_BYTES }, (_request, body, next) => next(null, body));
    scope.post(SELFIE_FRAME_PATH, { bodyLimit: SELFIE_MAX_BYTES, config: { rateLimit: { max: 60, timeWindow: 60_000 } }, preValidation: refuseGuessers(guard) }, (request, reply) => {
      const origin = request.headers.origin;
      if (origin !== undefined && !deps.isAllowedOrigin(origin, request.headers.host)) {
        return sendError(reply, errorWith('forbidden', 'error.selfie.frameOriginRefused'));
      }
      if (!deps.isHostToken(bearerToken(request))) {
        wrongToken(request);
        return sendError(reply, errorWith('unauthorized', 'error.selfie.frameHostOnly'));
      }
      const body = request.body;
      if (!Buffer.isBuffer(body) || body.length === 0) return sendError(reply, errorWith('bad_request', 'error.selfie.frameMissing'));
      if (!imageInfo(body)) return sendError(reply, errorWith('bad_request', 'error.selfie.notImage'));
      return reply.code(201).send({ frameId: deps.frames.put(body) });
    });
    done();
  });

  app.get<{ Params: { selfieId: string } }>('/program/selfies/:selfieId', reads, (request, reply) => {
    if (!deps.isHostToken(bearerToken(request))) {
      wrongToken(request);
      return sendError(reply, errorWith('unauthorized', 'error.selfie.hostOnly'));
    }
    const picture = deps.fileForHost(request.params.selfieId);
    return picture ? sendPicture(reply, picture) : sendError(reply, errorWith('not_found', 'error.selfie.gone'));
  });

  app.get<{ Params: { selfieId: string } }>('/api/receipt/selfies/:selfieId', reads, (request, reply) => {
    const token = request.headers['x-receipt-token'];
    if (typeof token !== 'string' || token.length === 0 || token.length > 200) {
      return sendError(reply, errorWith('unauthorized', 'error.purchases.receiptLinkIncomplete'));
    }
    const purchase = deps.receiptPurchase(token);
    if (!purchase.ok) {
      if (purchase.error.code === 'not_found') wrongToken(request);
      return sendError(reply, purchase.error);
    }
    const picture = deps.fileForPurchase(purchase.value, request.params.selfieId);
    return picture ? sendPicture(reply, picture) : sendError(reply, errorWith('not_found', 'error.selfie.notOnReceipt'));
  });
}

function sendPicture(reply: FastifyReply, picture: StoredPicture): FastifyReply {
  return reply
    .header('Content-Type', picture.contentType)
    .header('Content-Disposition', `attachment; filename="${picture.downloadName}"`)
    .header('Cache-Control', 'private, no-store')
    .header('Content-Length', picture.bytes.length)
    .send(picture.bytes);
}
