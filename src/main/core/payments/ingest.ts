import type Stripe from 'stripe';
import type { Logger } from '../log';
import { PURCHASE_METADATA_KEY, type StripeGateway } from './gateway';
import type { PurchaseLedger } from './ledger';

/**
 * Applies one Stripe event, from a webhook or from polling, idempotently. The event only says
 * *which* purchase to look at; its state is re-read from Stripe, so duplicates, retries and events
 * arriving out of order all converge on the same, current answer.
 */
export const INGESTED_EVENT_TYPES = [
  'checkout.session.completed',
  'checkout.session.expired',
  'checkout.session.async_payment_succeeded',
  'checkout.session.async_payment_failed',
  'payment_intent.amount_capturable_updated',
  'payment_intent.succeeded',
  'payment_intent.canceled',
  'payment_intent.payment_failed',
  'charge.refunded',
  // Refunds and disputes made outside Hotseat (the Stripe dashboard, the buyer's bank).
  'charge.refund.updated',
  'charge.dispute.created',
  'charge.dispute.updated',
  'charge.dispute.closed',
  'charge.dispute.funds_withdrawn',
  'charge.dispute.funds_reinstated',
] as const;

export type IngestOutcome = 'applied' | 'duplicate' | 'ignored';

export async function ingestEvent(
  event: Stripe.Event,
  deps: { gateway: StripeGateway; ledger: PurchaseLedger; log: Logger },
): Promise<IngestOutcome> {
  if (!(INGESTED_EVENT_TYPES as readonly string[]).includes(event.type)) return 'ignored';
  const ref = deps.ledger.findPaymentRef(lookupOf(event.data.object));
  if (!ref?.stripeSessionId) {
    // Not one of ours (another app on the same account). A dispute is worth a line: the creator may look for it.
    if (event.type.startsWith('charge.dispute.')) {
      deps.log.warn('stripe dispute for a charge that is not a Hotseat purchase: ignored', { event: event.id, type: event.type });
    }
    return 'ignored';
  }
  const observation = await deps.gateway.observe(ref.stripeSessionId);
  if (!observation) return 'ignored';
  const result = deps.ledger.applyObservation({ eventId: event.id, purchaseId: ref.purchaseId, observation });
  if (!result.ok) {
    deps.log.warn('stripe event not applied', { event: event.id, purchase: ref.purchaseId, error: result.error.message });
    return 'ignored';
  }
  return result.value.changed ? 'applied' : 'duplicate';
}

function lookupOf(object: Stripe.Event.Data.Object): { purchaseId?: string | null; sessionId?: string | null; paymentIntentId?: string | null } {
  const record = object as unknown as Record<string, unknown>;
  const metadata = (record.metadata ?? {}) as Record<string, string>;
  const purchaseId = metadata[PURCHASE_METADATA_KEY] ?? (typeof record.client_reference_id === 'string' ? record.client_reference_id : null);
  switch (record.object) {
    case 'checkout.session':
      return { purchaseId, sessionId: record.id as string };
    case 'payment_intent':
      return { purchaseId, paymentIntentId: record.id as string };
    case 'charge':
    case 'refund':
    case 'dispute':
      return { purchaseId, paymentIntentId: typeof record.payment_intent === 'string' ? record.payment_intent : null };
    default:
      return { purchaseId };
  }
}

/** The purchases that were open when we last looked: re-read each one (startup, and on a timer). */
export async function reconcileOpenSessions(deps: { gateway: StripeGateway; ledger: PurchaseLedger; log: Logger }): Promise<number> {
  let applied = 0;
  for (const open of deps.ledger.openCheckoutSessions()) {
    const observation = await deps.gateway.observe(open.sessionId);
    if (!observation) continue;
    const result = deps.ledger.applyObservation({ eventId: null, purchaseId: open.purchaseId, observation });
    if (result.ok && result.value.changed) applied += 1;
  }
  return applied;
}
