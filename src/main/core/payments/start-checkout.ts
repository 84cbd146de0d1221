import type { Offer, Show } from '../../../shared/offers';
import type { Purchase } from '../../../shared/purchases';
import { failWith, ok, type ErrorReason, type Result } from '../../../shared/result';
import { said } from '../activity/activity-said';
import type { CheckoutResponse } from '../../../shared/store-api';
import type { Logger } from '../log';
import type { StripeGateway } from './gateway';

/**
 * A viewer's order: reserve locally first (limits and stock are decided in one SQLite
 * transaction), then open a Stripe Checkout Session for exactly that reservation. If Stripe cannot
 * be reached the reservation is released at once, so a failed checkout never holds stock.
 */
export interface CheckoutDeps {
  reserve(request: unknown): Result<{ purchase: Purchase; receiptToken: string; offer: Offer; show: Show; released: string[] }>;
  /** The reservation is the requesting client's (counted towards its open checkouts). */
  opened?(purchaseId: string): void;
  attachCheckoutSession(purchaseId: string, sessionId: string, checkoutUrl: string): Result<Purchase>;
  abandonReservation(purchaseId: string, reason: ErrorReason): Result<Purchase>;
  /** A refused attach schedules the fresh session's expiry: the money worker should run. */
  moneyActionsAdded(): void;
  gateway(): StripeGateway;
  receiptUrl(receiptToken: string): string;
  storeUrl(slug: string): string;
  log: Logger;
}

export async function startCheckout(deps: CheckoutDeps, request: unknown): Promise<Result<CheckoutResponse>> {
  const reserved = deps.reserve(request);
  if (!reserved.ok) return reserved;
  const { purchase, receiptToken, offer, show, released } = reserved.value;
  deps.opened?.(purchase.id);
  // The buyer's previous unpaid checkout was released: its payment page is closed by the money worker.
  if (released.length > 0) deps.moneyActionsAdded();
  const receiptUrl = deps.receiptUrl(receiptToken);
  try {
    const session = await deps.gateway().createCheckoutSession(purchase, offer, show, {
      successUrl: receiptUrl,
      cancelUrl: deps.storeUrl(show.slug),
    });
    const attached = deps.attachCheckoutSession(purchase.id, session.sessionId, session.url);
    if (!attached.ok) {
      // The show ended while Stripe was answering: never send the viewer to pay for it.
      deps.moneyActionsAdded();
      return attached;
    }
    return ok({ purchaseId: purchase.id, checkoutUrl: session.url, receiptUrl });
  } catch (error) {
    deps.abandonReservation(purchase.id, said('activity.said.because', { why: 'checkoutFailed' }));
    deps.log.warn('checkout session not created', { purchase: purchase.id, error });
    return failWith('payment_provider', 'error.purchases.checkoutFailed');
  }
}
