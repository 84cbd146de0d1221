import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppErrorShape } from '../../../shared/result';
import { tooManyWrongTokens, type AuthFailures } from './auth-failures';
import { sendError } from './http-errors';

/** What a route that takes a token needs: who the client is, and their wrong-token count. */
export interface TokenGuard {
  client(request: FastifyRequest): string;
  failures: AuthFailures;
}

/**
 * A `preValidation` hook for routes that take a token: a client that has tried too many wrong
 * tokens gets 429 with Retry-After before its next token is looked at (for a WebSocket route,
 * before the upgrade).
 */
export function refuseGuessers(guard: TokenGuard) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const wait = guard.failures.retryAfterSeconds(guard.client(request));
    if (wait === 0) return;
    reply.header('retry-after', String(wait));
    await sendError(reply, tooManyWrongTokens(wait));
  };
}

/** Counts a wrong token; answers the refusal to give when this one used up the allowance. */
export function countWrongToken(guard: TokenGuard, request: FastifyRequest): AppErrorShape | null {
  const wait = guard.failures.failed(guard.client(request));
  return wait > 0 ? tooManyWrongTokens(wait) : null;
}
