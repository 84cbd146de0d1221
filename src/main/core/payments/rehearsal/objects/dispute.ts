import type Stripe from 'stripe';

/** The reasons Stripe gives a dispute (stripe-node types `reason` as a plain string). */
export const DISPUTE_REASONS = [
  'bank_cannot_process',
  'check_returned',
  'credit_not_processed',
  'customer_initiated',
  'debit_not_authorized',
  'duplicate',
  'fraudulent',
  'general',
  'incorrect_account_details',
  'insufficient_funds',
  'noncompliant',
  'product_not_received',
  'product_unacceptable',
  'subscription_canceled',
  'unrecognized',
] as const;
export type DisputeReason = (typeof DISPUTE_REASONS)[number];

/** The buyer has this long to be answered; Stripe's card disputes are due in about a week. */
export const EVIDENCE_WINDOW_SECONDS = 7 * 24 * 60 * 60;

/** The statuses after which a dispute never changes again. */
export const CLOSED_STATUSES: readonly Stripe.Dispute.Status[] = ['won', 'lost', 'warning_closed', 'prevented'];

/**
 * The card network's own code for a reason, as the bank reports it; Stripe shows it in
 * `payment_method_details.card.network_reason_code`. Null where a network has no single code.
 */
const NETWORK_REASON_CODES: Record<string, Partial<Record<DisputeReason, string>>> = {
  visa: {
    fraudulent: '10.4',
    product_not_received: '13.1',
    duplicate: '12.6.1',
    credit_not_processed: '13.6',
    product_unacceptable: '13.3',
    subscription_canceled: '13.2',
  },
  mastercard: {
    fraudulent: '4837',
    product_not_received: '4855',
    duplicate: '4834',
    credit_not_processed: '4860',
    product_unacceptable: '4853',
    subscription_canceled: '4841',
  },
  amex: {
    fraudulent: 'F29',
    product_not_received: 'C08',
    duplicate: 'P08',
    credit_not_processed: 'C02',
    product_unacceptable: 'C31',
    subscription_canceled: 'C28',
  },
};

export interface NewDisputeFields {
  id: string;
  created: number;
  charge: Stripe.Charge;
  amount: number;
  reason: DisputeReason;
  inquiry: boolean;
}

/** A card dispute as Stripe opens it: nothing answered yet, no money moved yet. */
export function buildDispute(f: NewDisputeFields): Stripe.Dispute {
  const card = f.charge.payment_method_details?.card;
  const brand = card?.brand ?? 'visa';
  return {
    id: f.id,
    object: 'dispute',
    amount: f.amount,
    balance_transactions: [],
    charge: f.charge.id,
    created: f.created,
    currency: f.charge.currency,
    enhanced_eligibility_types: [],
    evidence: emptyEvidence(),
    evidence_details: {
      due_by: f.created + EVIDENCE_WINDOW_SECONDS,
      enhanced_eligibility: {},
      has_evidence: false,
      past_due: false,
      submission_count: 0,
      submission_method: 'not_submitted',
    },
    intended_submission_method: null,
    is_charge_refundable: true,
    livemode: false,
    metadata: {},
    payment_intent: typeof f.charge.payment_intent === 'string' ? f.charge.payment_intent : (f.charge.payment_intent?.id ?? null),
    payment_method_details: {
      card: {
        brand,
        case_type: f.inquiry ? 'inquiry' : 'chargeback',
        network: card?.network ?? brand,
        network_reason_code: NETWORK_REASON_CODES[brand]?.[f.reason] ?? null,
      },
      type: 'card',
    },
    reason: f.reason,
    status: f.inquiry ? 'warning_needs_response' : 'needs_response',
  };
}

function emptyEvidence(): Stripe.Dispute.Evidence {
  return {
    access_activity_log: null,
    billing_address: null,
    cancellation_policy: null,
    cancellation_policy_disclosure: null,
    cancellation_rebuttal: null,
    customer_communication: null,
    customer_email_address: null,
    customer_name: null,
    customer_purchase_ip: null,
    customer_signature: null,
    duplicate_charge_documentation: null,
    duplicate_charge_explanation: null,
    duplicate_charge_id: null,
    enhanced_evidence: {},
    product_description: null,
    receipt: null,
    refund_policy: null,
    refund_policy_disclosure: null,
    refund_refusal_explanation: null,
    service_date: null,
    service_documentation: null,
    shipping_address: null,
    shipping_carrier: null,
    shipping_date: null,
    shipping_documentation: null,
    shipping_tracking_number: null,
    uncategorized_file: null,
    uncategorized_text: null,
  };
}
