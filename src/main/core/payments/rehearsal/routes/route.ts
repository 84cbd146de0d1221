import { invalidRequest } from '../errors';
import type { OperationContext } from '../operations/context';
import type { ParamReader } from '../params';

/** What a route may know besides its parameters. */
export interface RouteEnv {
  nowMs: () => number;
  checkoutUrl: (sessionId: string) => string;
}

/**
 * One Stripe endpoint. `prepare` reads and checks every parameter without touching state (a
 * refusal there is not kept under an idempotency key, as at Stripe) and returns the action, which
 * runs inside the request's transaction.
 */
export interface Route {
  method: 'GET' | 'POST';
  pattern: RegExp;
  /** Changes state: runs under BEGIN IMMEDIATE and honours Idempotency-Key. */
  writes: boolean;
  prepare(params: ParamReader, pathArgs: readonly string[], env: RouteEnv): (ctx: OperationContext) => unknown;
}

export function pathArg(args: readonly string[], index: number): string {
  const value = args[index];
  if (value === undefined) throw new Error(`route pattern has no capture group ${index}`);
  try {
    return decodeURIComponent(value);
  } catch {
    // A broken %-escape is the client's mistake: a 500 would also make stripe-node retry it.
    throw invalidRequest(`Invalid URL: the path segment '${value}' is not valid percent-encoding.`, { param: 'id' });
  }
}
