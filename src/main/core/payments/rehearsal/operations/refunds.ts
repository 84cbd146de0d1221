import type Stripe from 'stripe';
import { formatMoney } from '../../../../../shared/money';
import { invalidRequest } from '../errors';
import { newId } from '../ids';
import { unrefundedCaptured } from '../objects/charge';
import { buildRefund } from '../objects/refund';
import { recordRefund } from './balance-transactions';
import { idOf, loadCharge, loadPaymentIntent, nowSeconds, type OperationContext } from './context';

export interface CreateRefundInput {
  paymentIntent?: string;
  charge?: string;
  amount?: number;
  reason: Stripe.Refund.Reason | null;
  metadata: Record<string, string>;
}

/** Refunds captured money, never more than is left on the charge. */
export function createRefund(ctx: OperationContext, input: CreateRefundInput): Stripe.Refund {
  const charge = chargeToRefund(ctx, input);
  refuseChargedBack(ctx, charge);
  const refundable = unrefundedCaptured(charge);
  if (charge.refunded || refundable <= 0) {
    throw invalidRequest(`Charge ${charge.id} has already been refunded.`, { code: 'charge_already_refunded' });
  }
  const amount = input.amount ?? refundable;
  if (amount > refundable) {
    throw invalidRequest(
      `Refund amount (${formatMoney(amount, charge.currency)}) is greater than unrefunded amount on charge (${formatMoney(refundable, charge.currency)})`,
      { param: 'amount' },
    );
  }
  const now = nowSeconds(ctx);
  const id = newId('re');
  const refund = buildRefund({
    id,
    created: now,
    amount,
    charge,
    reason: input.reason,
    metadata: input.metadata,
    balanceTransaction: recordRefund(ctx, id, amount, charge).id,
  });
  ctx.objects.insert(refund);
  const amountRefunded = charge.amount_refunded + amount;
  const previous = charge.refunds?.data ?? [];
  const updated: Stripe.Charge = {
    ...charge,
    amount_refunded: amountRefunded,
    refunded: amountRefunded >= charge.amount,
    refunds: { object: 'list', data: [refund, ...previous], has_more: false, url: `/v1/charges/${charge.id}/refunds` },
  };
  ctx.objects.update(updated);
  ctx.events.append('refund.created', refund, now, ctx.request);
  ctx.events.append('charge.refunded', updated, now, ctx.request);
  return refund;
}

function chargeToRefund(ctx: OperationContext, input: CreateRefundInput): Stripe.Charge {
  if (input.charge) {
    const charge = loadCharge(ctx, input.charge);
    if (!charge.captured || charge.status !== 'succeeded') throw notCaptured(`Charge ${charge.id}`);
    return charge;
  }
  const intentId = input.paymentIntent ?? '';
  const intent = loadPaymentIntent(ctx, intentId, 'payment_intent');
  const chargeId = idOf(intent.latest_charge);
  if (intent.status !== 'succeeded' || !chargeId) throw notCaptured(`This PaymentIntent (${intent.id})`);
  return loadCharge(ctx, chargeId);
}

function notCaptured(subject: string): Error {
  return invalidRequest(
    `${subject} does not have a successful, captured charge to refund. An uncaptured payment is released by canceling its PaymentIntent.`,
    { code: 'charge_not_refundable' },
  );
}

/** A chargeback already sent the money back to the buyer's bank; a refund would pay the buyer twice. */
function refuseChargedBack(ctx: OperationContext, charge: Stripe.Charge): void {
  if (!charge.disputed) return;
  const dispute = ctx.objects.list('dispute', { charge: charge.id }, { limit: 1 }).data[0];
  if (dispute && !dispute.is_charge_refundable) {
    throw invalidRequest(`Charge ${charge.id} has been charged back; cannot issue a refund.`, { code: 'charge_disputed' });
  }
}
