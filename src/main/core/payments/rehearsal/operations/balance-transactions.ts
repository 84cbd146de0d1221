import type Stripe from 'stripe';
import { DISPUTE_FEE, processingFee } from '../fees';
import { newId } from '../ids';
import { buildBalanceTransaction, type NewBalanceTransactionFields } from '../objects/balance-transaction';
import { nowSeconds, type OperationContext } from './context';

/**
 * The balance transactions behind the creator's books: one per captured charge, refund and dispute
 * movement, stored like every other object so they can be retrieved, listed and expanded.
 */
function record(ctx: OperationContext, fields: Omit<NewBalanceTransactionFields, 'id' | 'created'>): Stripe.BalanceTransaction {
  const transaction = buildBalanceTransaction({ ...fields, id: newId('txn'), created: nowSeconds(ctx) });
  ctx.objects.insert(transaction);
  return transaction;
}

/** Money captured on a charge, less Stripe's processing fee. */
export function recordCharge(ctx: OperationContext, charge: Stripe.Charge): Stripe.BalanceTransaction {
  const amount = charge.amount_captured;
  return record(ctx, {
    type: 'charge',
    reportingCategory: 'charge',
    amount,
    currency: charge.currency,
    fee: { amount: processingFee(amount, charge.currency), description: 'Stripe processing fees' },
    source: charge.id,
    description: charge.description,
  });
}

/** Money back to the buyer; Stripe keeps the original processing fee. */
export function recordRefund(ctx: OperationContext, refundId: string, amount: number, charge: Stripe.Charge): Stripe.BalanceTransaction {
  return record(ctx, {
    type: 'refund',
    reportingCategory: 'refund',
    amount: -amount,
    currency: charge.currency,
    fee: null,
    source: refundId,
    description: `REFUND FOR CHARGE (${charge.description ?? charge.id})`,
  });
}

/** The disputed amount leaves the balance, and Stripe charges its dispute fee on top. */
export function recordDisputeWithdrawal(ctx: OperationContext, dispute: Stripe.Dispute): Stripe.BalanceTransaction {
  return record(ctx, {
    type: 'adjustment',
    reportingCategory: 'dispute',
    amount: -dispute.amount,
    currency: dispute.currency,
    fee: { amount: DISPUTE_FEE, description: 'Dispute fee' },
    source: dispute.id,
    description: `Chargeback withdrawal for ${chargeIdOf(dispute)}`,
  });
}

/** A won dispute gives the disputed amount back; the dispute fee is not returned. */
export function recordDisputeReinstatement(ctx: OperationContext, dispute: Stripe.Dispute): Stripe.BalanceTransaction {
  return record(ctx, {
    type: 'adjustment',
    reportingCategory: 'dispute_reversal',
    amount: dispute.amount,
    currency: dispute.currency,
    fee: null,
    source: dispute.id,
    description: `Chargeback reversal for ${chargeIdOf(dispute)}`,
  });
}

function chargeIdOf(dispute: Stripe.Dispute): string {
  return typeof dispute.charge === 'string' ? dispute.charge : dispute.charge.id;
}
