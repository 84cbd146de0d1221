import type Stripe from 'stripe';

/** Card payments settle two days after they are made, Stripe's standard payout timing in the US. */
export const SETTLEMENT_DELAY_SECONDS = 2 * 24 * 60 * 60;

export interface NewBalanceTransactionFields {
  id: string;
  created: number;
  type: 'charge' | 'refund' | 'adjustment';
  reportingCategory: 'charge' | 'refund' | 'dispute' | 'dispute_reversal';
  /** Signed: money in is positive, money out negative. */
  amount: number;
  currency: string;
  /** Stripe's fee for this movement, if any (positive, also on money out: the dispute fee). */
  fee: { amount: number; description: string } | null;
  source: string;
  description: string | null;
}

/** One movement of the creator's Stripe balance, as Stripe records it for the books. */
export function buildBalanceTransaction(f: NewBalanceTransactionFields): Stripe.BalanceTransaction {
  const fee = f.fee?.amount ?? 0;
  const feeDetails: Stripe.BalanceTransaction.FeeDetail[] = f.fee
    ? [{ amount: f.fee.amount, application: null, currency: f.currency, description: f.fee.description, type: 'stripe_fee' }]
    : [];
  return {
    id: f.id,
    object: 'balance_transaction',
    amount: f.amount,
    available_on: f.created + SETTLEMENT_DELAY_SECONDS,
    balance_type: 'payments',
    created: f.created,
    currency: f.currency,
    description: f.description,
    exchange_rate: null,
    fee,
    fee_details: feeDetails,
    net: f.amount - fee,
    reporting_category: f.reportingCategory,
    source: f.source,
    status: 'pending',
    type: f.type,
  };
}
