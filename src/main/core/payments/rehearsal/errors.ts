/**
 * Errors in Stripe's wire shape, `{ error: { type, code?, message, param?, doc_url? } }`, with
 * Stripe's HTTP statuses, so stripe-node raises the same error classes it raises against Stripe.
 */
export type StripeErrorType =
  | 'api_error'
  | 'card_error'
  | 'idempotency_error'
  | 'invalid_request_error';

export interface StripeErrorBody {
  type: StripeErrorType;
  message: string;
  code?: string;
  param?: string;
  doc_url?: string;
}

export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
  ) {
    super(body.message);
  }

  toJSON(): { error: StripeErrorBody } {
    return { error: this.body };
  }
}

function withCode(body: StripeErrorBody): StripeErrorBody {
  if (!body.code) return body;
  return { ...body, doc_url: `https://stripe.com/docs/error-codes/${body.code.replace(/_/g, '-')}` };
}

export function invalidRequest(message: string, extra: { param?: string; code?: string } = {}): StripeApiError {
  return new StripeApiError(400, withCode({ type: 'invalid_request_error', message, ...extra }));
}

export function missingParam(param: string): StripeApiError {
  return invalidRequest(`Missing required param: ${param}.`, { param, code: 'parameter_missing' });
}

export function unknownParam(param: string): StripeApiError {
  return invalidRequest(`Received unknown parameter: ${param}`, { param, code: 'parameter_unknown' });
}

export function invalidParam(param: string, message: string, code?: string): StripeApiError {
  return invalidRequest(message, code ? { param, code } : { param });
}

export function resourceMissing(kind: string, id: string, param: string): StripeApiError {
  return new StripeApiError(
    404,
    withCode({ type: 'invalid_request_error', code: 'resource_missing', message: `No such ${kind}: '${id}'`, param }),
  );
}

export function unexpectedState(message: string): StripeApiError {
  return invalidRequest(message, { code: 'payment_intent_unexpected_state' });
}

export function idempotencyMismatch(key: string): StripeApiError {
  return new StripeApiError(400, {
    type: 'idempotency_error',
    message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
  });
}

export function authenticationFailed(message: string): StripeApiError {
  // Stripe answers a bad key with 401 and type invalid_request_error; stripe-node maps the status.
  return new StripeApiError(401, { type: 'invalid_request_error', message });
}

export function unrecognizedUrl(method: string, path: string): StripeApiError {
  return new StripeApiError(404, {
    type: 'invalid_request_error',
    message: `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
  });
}

export function internalError(message = 'An unknown error occurred on the rehearsal Stripe server.'): StripeApiError {
  return new StripeApiError(500, { type: 'api_error', message });
}
