import type { FastifyError, FastifyReply } from 'fastify';
import { errorWith, type AppErrorShape, type ErrorCode } from '../../../shared/result';

/** One mapping from our error codes to HTTP, so every route answers errors the same way. */
const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  show_not_live: 404,
  conflict: 409,
  sold_out: 409,
  limit_reached: 409,
  too_large: 413,
  rate_limited: 429,
  internal: 500,
  payment_provider: 502,
  unavailable: 503,
};

export function sendError(reply: FastifyReply, error: AppErrorShape): FastifyReply {
  return reply.code(STATUS[error.code]).send({ error });
}

/**
 * Fastify's own failures (bad JSON, body too large, wrong content type) in our error shape, each as
 * a reason a page words in its language. Fastify's own message never goes out: some echo what the
 * client sent (a URL with its token, a header), so another 4xx says only its code (`FST_ERR_…`).
 */
export function toAppError(error: FastifyError): AppErrorShape {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return errorWith('too_large', 'error.http.bodyTooLarge');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return errorWith('bad_request', 'error.http.notJson');
    case 'FST_ERR_BAD_URL':
      return errorWith('bad_request', 'error.http.badUrl');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return errorWith('bad_request', 'error.http.emptyBody');
    default:
      break;
  }
  if (error.statusCode === 429) return errorWith('rate_limited', 'error.http.rateLimited');
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') return errorWith('bad_request', 'error.http.invalidJson');
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return errorWith('bad_request', 'error.http.refused', { code: errorCodeOf(error) });
  }
  return errorWith('internal', 'error.http.internal');
}

/** A framework error's code when it is one (`FST_ERR_…`, `FST_CE_…`: fixed names, never the client's input), else the HTTP status. */
function errorCodeOf(error: FastifyError): string {
  return typeof error.code === 'string' && /^[A-Z][A-Z0-9_]{2,63}$/.test(error.code) ? error.code : `HTTP ${error.statusCode ?? 400}`;
}
