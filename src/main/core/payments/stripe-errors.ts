import Stripe from 'stripe';
import type { PaymentState } from '../../../shared/purchases';
import type { Observation } from '../queue/purchase-service';

/** The result of one money action: done (with the payment's new state) or failed, maybe retryable. */
export type MoneyActionOutcome =
  | { ok: true; payment: PaymentState; observed?: Observation | null }
  | { ok: false; retryable: boolean; message: string };

/**
 * Network trouble, Stripe outages, rate limits and a wrong key are worth retrying (the action stays
 * queued and the host is told); a refusal about the object's state is final after a re-read.
 */
export function classifyStripeError(error: unknown): { ok: false; retryable: boolean; message: string } {
  if (error instanceof Stripe.errors.StripeError) {
    const retryable =
      error instanceof Stripe.errors.StripeConnectionError ||
      error instanceof Stripe.errors.StripeAPIError ||
      error instanceof Stripe.errors.StripeRateLimitError ||
      error instanceof Stripe.errors.StripeAuthenticationError ||
      error instanceof Stripe.errors.StripePermissionError ||
      (error.statusCode ?? 0) >= 500;
    return { ok: false, retryable, message: `Stripe: ${error.message}` };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, retryable: true, message: `Payment provider unreachable: ${message}` };
}
