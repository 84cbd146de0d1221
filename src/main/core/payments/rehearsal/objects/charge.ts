import type Stripe from 'stripe';

export interface CardDetails {
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
  funding: 'credit' | 'debit';
  country: string;
  fingerprint: string;
  cvcCheck: 'pass' | 'fail';
}

export interface ChargeOutcome {
  status: 'succeeded' | 'failed';
  failureCode: string | null;
  failureMessage: string | null;
  declineCode: string | null;
}

export interface NewChargeFields {
  id: string;
  created: number;
  intent: Stripe.PaymentIntent;
  paymentMethodId: string;
  card: CardDetails;
  outcome: ChargeOutcome;
  billing: { email: string; name: string | null };
  shipping: Stripe.Charge.Shipping | null;
  /** Manual capture: the hold lasts until then (about 7 days for cards). */
  captureBefore: number | null;
}

/**
 * The charge a card attempt produces: authorized (uncaptured), captured, or declined. A captured
 * charge's `balance_transaction` is filled in by whoever records the money (operations/balance-transactions.ts).
 */
export function buildCharge(f: NewChargeFields): Stripe.Charge {
  const succeeded = f.outcome.status === 'succeeded';
  const captured = succeeded && f.intent.capture_method !== 'manual';
  const card: Stripe.Charge.PaymentMethodDetails.Card = {
    amount_authorized: succeeded ? f.intent.amount : null,
    authorization_code: succeeded ? '123456' : null,
    brand: f.card.brand,
    checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: f.card.cvcCheck },
    country: f.card.country,
    electronic_commerce_indicator: null,
    exp_month: f.card.expMonth,
    exp_year: f.card.expYear,
    extended_authorization: { status: 'disabled' },
    fingerprint: f.card.fingerprint,
    funding: f.card.funding,
    incremental_authorization: { status: 'unavailable' },
    installments: null,
    last4: f.card.last4,
    mandate: null,
    multicapture: { status: 'unavailable' },
    network: f.card.brand,
    network_token: { used: false },
    network_transaction_id: succeeded ? '104102978678771' : null,
    overcapture: { maximum_amount_capturable: f.intent.amount, status: 'unavailable' },
    regulated_status: 'unregulated',
    three_d_secure: null,
    transaction_link_id: null,
    wallet: null,
  };
  if (f.captureBefore !== null) card.capture_before = f.captureBefore;
  return {
    id: f.id,
    object: 'charge',
    amount: f.intent.amount,
    amount_captured: captured ? f.intent.amount : 0,
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction: null,
    billing_details: { address: null, email: f.billing.email, name: f.billing.name, phone: null, tax_id: null },
    calculated_statement_descriptor: 'HOTSEAT REHEARSAL',
    captured,
    created: f.created,
    currency: f.intent.currency,
    customer: null,
    description: f.intent.description,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: f.outcome.failureCode,
    failure_message: f.outcome.failureMessage,
    fraud_details: {},
    livemode: false,
    metadata: f.intent.metadata,
    on_behalf_of: null,
    outcome: outcomeOf(f.outcome),
    paid: succeeded,
    payment_intent: f.intent.id,
    payment_method: f.paymentMethodId,
    payment_method_details: { card, type: 'card' },
    receipt_email: f.intent.receipt_email,
    receipt_number: null,
    receipt_url: null,
    refunded: false,
    refunds: { object: 'list', data: [], has_more: false, url: `/v1/charges/${f.id}/refunds` },
    review: null,
    shipping: f.shipping,
    source: null,
    source_transfer: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: f.outcome.status,
    transfer_data: null,
    transfer_group: null,
  };
}

function outcomeOf(o: ChargeOutcome): Stripe.Charge.Outcome {
  if (o.status === 'succeeded') {
    return {
      advice_code: null,
      network_advice_code: null,
      network_decline_code: null,
      network_status: 'approved_by_network',
      reason: null,
      risk_level: 'normal',
      risk_score: 32,
      seller_message: 'Payment complete.',
      type: 'authorized',
    };
  }
  return {
    advice_code: o.declineCode === 'insufficient_funds' ? 'try_again_later' : 'do_not_try_again',
    network_advice_code: null,
    network_decline_code: null,
    network_status: 'declined_by_network',
    reason: o.declineCode,
    risk_level: 'normal',
    risk_score: 32,
    seller_message: 'The bank did not return any further details with this decline.',
    type: 'issuer_declined',
  };
}

/** Captured money not yet refunded (`amount_refunded` also counts the uncaptured rest released at capture). */
export function unrefundedCaptured(charge: Stripe.Charge): number {
  const refunded = (charge.refunds?.data ?? []).reduce((sum, refund) => sum + refund.amount, 0);
  return charge.amount_captured - refunded;
}
