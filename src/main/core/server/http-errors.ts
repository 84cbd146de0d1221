import type { FastifyError, FastifyReply } from 'fastify';
import type { AppErrorShape, ErrorCode } from '../../../shared/result';

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

/** Fastify's own failures (bad JSON, body too large, wrong content type) in our error shape. */
export function toAppError(error: FastifyError): AppErrorShape {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { code: 'too_large', message: 'The request body is too large.' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { code: 'bad_request', message: 'Send the request body as JSON (Content-Type: application/json).' };
    case 'FST_ERR_BAD_URL':
      return { code: 'bad_request', message: 'This address is not valid: it contains a broken %-escape.' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { code: 'bad_request', message: 'The request body is empty; JSON was expected.' };
    default:
      break;
  }
  if (error.statusCode === 429) return { code: 'rate_limited', message: 'Too many requests. Please wait a moment and try again.' };
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return { code: 'bad_request', message: 'The request body is not valid JSON.' };
  }
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return { code: 'bad_request', message: error.message };
  }
  return { code: 'internal', message: 'Something went wrong on the studio. The host has been told.' };
}
