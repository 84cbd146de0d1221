import type Stripe from 'stripe';
import { toSeconds, type NowMs } from '../clock';
import { resourceMissing } from '../errors';
import type { EventLog } from '../event-log';
import type { ObjectStore } from '../object-store';

/**
 * What every state change needs: the object store, the event log, the clock and the API request
 * that caused it (shown in each event's `request`). Operations run inside the caller's transaction.
 */
export interface OperationContext {
  objects: ObjectStore;
  events: EventLog;
  nowMs: NowMs;
  request: Stripe.Event.Request;
}

export const NO_REQUEST: Stripe.Event.Request = { id: null, idempotency_key: null };

export function nowSeconds(ctx: OperationContext): number {
  return toSeconds(ctx.nowMs());
}

export function loadSession(ctx: OperationContext, id: string): Stripe.Checkout.Session {
  const session = ctx.objects.get('checkout.session', id);
  if (!session) throw resourceMissing('checkout.session', id, 'session');
  return session;
}

export function loadPaymentIntent(ctx: OperationContext, id: string, param = 'intent'): Stripe.PaymentIntent {
  const intent = ctx.objects.get('payment_intent', id);
  if (!intent) throw resourceMissing('payment_intent', id, param);
  return intent;
}

export function loadCharge(ctx: OperationContext, id: string, param = 'charge'): Stripe.Charge {
  const charge = ctx.objects.get('charge', id);
  if (!charge) throw resourceMissing('charge', id, param);
  return charge;
}

export function loadBalanceTransaction(ctx: OperationContext, id: string): Stripe.BalanceTransaction {
  const transaction = ctx.objects.get('balance_transaction', id);
  if (!transaction) throw resourceMissing('balance_transaction', id, 'id');
  return transaction;
}

export function loadDispute(ctx: OperationContext, id: string): Stripe.Dispute {
  const dispute = ctx.objects.get('dispute', id);
  if (!dispute) throw resourceMissing('dispute', id, 'dispute');
  return dispute;
}

export function idOf(value: string | { id: string } | null): string | null {
  if (value === null) return null;
  return typeof value === 'string' ? value : value.id;
}
