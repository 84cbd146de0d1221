import type Stripe from 'stripe';
import { invalidRequest, unexpectedState } from '../errors';
import { listWords } from '../params';
import { recordCharge } from './balance-transactions';
import { openPlannedDispute } from './disputes';
import { idOf, loadCharge, nowSeconds, type OperationContext } from './context';

const CANCELABLE: readonly Stripe.PaymentIntent.Status[] = [
  'requires_payment_method',
  'requires_capture',
  'requires_confirmation',
  'requires_action',
  'processing',
];

export function captureIntent(
  ctx: OperationContext,
  intent: Stripe.PaymentIntent,
  options: { amountToCapture?: number; metadata?: Record<string, string> },
): Stripe.PaymentIntent {
  if (intent.status !== 'requires_capture') {
    throw unexpectedState(
      `This PaymentIntent could not be captured because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.`,
    );
  }
  const amount = options.amountToCapture ?? intent.amount_capturable;
  if (amount > intent.amount_capturable) {
    throw invalidRequest(
      `The amount to capture (${amount}) must be less than or equal to the amount capturable on this PaymentIntent (${intent.amount_capturable}).`,
      { param: 'amount_to_capture', code: 'amount_too_large' },
    );
  }
  const now = nowSeconds(ctx);
  const chargeId = idOf(intent.latest_charge);
  if (!chargeId) throw new Error(`payment intent ${intent.id} is authorized but has no charge`);
  const charge = loadCharge(ctx, chargeId);
  // Capturing less than authorized releases the rest; Stripe shows the released part as refunded.
  const capturing: Stripe.Charge = { ...charge, captured: true, amount_captured: amount, amount_refunded: charge.amount - amount };
  const captured: Stripe.Charge = { ...capturing, balance_transaction: recordCharge(ctx, capturing).id };
  ctx.objects.update(captured);
  const succeeded: Stripe.PaymentIntent = {
    ...intent,
    status: 'succeeded',
    amount_capturable: 0,
    amount_received: amount,
    metadata: { ...intent.metadata, ...(options.metadata ?? {}) },
  };
  ctx.objects.update(succeeded);
  ctx.events.append('charge.captured', captured, now, ctx.request);
  ctx.events.append('payment_intent.succeeded', succeeded, now, ctx.request);
  openPlannedDispute(ctx, captured);
  return succeeded;
}

/**
 * Cancels an intent; an authorized card hold is released, which Stripe reports as a full refund of
 * the uncaptured charge (`charge.refunded`, or `charge.expired` when the hold ran out by itself).
 */
export function cancelIntent(
  ctx: OperationContext,
  intent: Stripe.PaymentIntent,
  reason: Stripe.PaymentIntent.CancellationReason | null,
): Stripe.PaymentIntent {
  if (!CANCELABLE.includes(intent.status)) {
    throw unexpectedState(
      `You cannot cancel this PaymentIntent because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be canceled: ${listWords(CANCELABLE)}.`,
    );
  }
  const now = nowSeconds(ctx);
  const chargeId = intent.status === 'requires_capture' ? idOf(intent.latest_charge) : null;
  if (chargeId) {
    const charge = loadCharge(ctx, chargeId);
    const released: Stripe.Charge = { ...charge, amount_refunded: charge.amount, refunded: true };
    ctx.objects.update(released);
    ctx.events.append(reason === 'automatic' ? 'charge.expired' : 'charge.refunded', released, now, ctx.request);
  }
  const canceled: Stripe.PaymentIntent = {
    ...intent,
    status: 'canceled',
    amount_capturable: 0,
    canceled_at: now,
    cancellation_reason: reason,
  };
  ctx.objects.update(canceled);
  ctx.events.append('payment_intent.canceled', canceled, now, ctx.request);
  return canceled;
}

/** Checkout owns the intents it creates while the session is open: Stripe wants the session expired instead. */
export function refuseCancelWhileCheckoutOpen(ctx: OperationContext, intent: Stripe.PaymentIntent): void {
  const open = ctx.objects.list('checkout.session', { payment_intent: intent.id, status: 'open' }, { limit: 1 }).data[0];
  if (open) {
    throw unexpectedState(
      `You cannot cancel this PaymentIntent because it belongs to the open Checkout Session ${open.id}. Expire the Checkout Session instead.`,
    );
  }
}
