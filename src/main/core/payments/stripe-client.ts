import Stripe from 'stripe';

/**
 * The single way the core builds a stripe-node client. Rehearsal mode uses the same library and
 * the same code path, only pointed at the project's Stripe-compatible server over plain HTTP.
 */
export interface StripeTarget {
  secretKey: string;
  /** Set in rehearsal mode: where the Stripe-compatible server listens. */
  endpoint?: { host: string; port: number; protocol: 'http' | 'https' };
}

export function createStripeClient(target: StripeTarget): Stripe {
  return new Stripe(target.secretKey, {
    // stripe-node adds an idempotency key to retried POSTs; ours are passed explicitly anyway.
    maxNetworkRetries: 2,
    timeout: 15_000,
    telemetry: false,
    appInfo: { name: 'Hotseat' },
    ...(target.endpoint ?? {}),
  });
}
