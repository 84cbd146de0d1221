import type Stripe from 'stripe';

export interface NewRefundFields {
  id: string;
  created: number;
  amount: number;
  charge: Stripe.Charge;
  reason: Stripe.Refund.Reason | null;
  metadata: Record<string, string>;
  balanceTransaction: string;
}

/** A card refund; in test mode card refunds succeed at once. */
export function buildRefund(f: NewRefundFields): Stripe.Refund {
  return {
    id: f.id,
    object: 'refund',
    amount: f.amount,
    balance_transaction: f.balanceTransaction,
    charge: f.charge.id,
    created: f.created,
    currency: f.charge.currency,
    customer: null,
    customer_account: null,
    destination_details: { card: { reference_status: 'pending', reference_type: 'acquirer_reference_number', type: 'refund' }, type: 'card' },
    metadata: f.metadata,
    payment_intent: typeof f.charge.payment_intent === 'string' ? f.charge.payment_intent : (f.charge.payment_intent?.id ?? null),
    payment_method: f.charge.payment_method,
    reason: f.reason,
    receipt_number: null,
    source_transfer_reversal: null,
    status: 'succeeded',
    transfer_reversal: null,
  };
}
