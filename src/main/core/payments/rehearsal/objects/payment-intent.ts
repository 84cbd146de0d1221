import type Stripe from 'stripe';
import { randomToken } from '../ids';

export interface NewPaymentIntentFields {
  id: string;
  created: number;
  amount: number;
  currency: string;
  captureMethod: 'automatic' | 'manual';
  metadata: Record<string, string>;
  description: string | null;
  receiptEmail: string | null;
}

/** A card PaymentIntent as Checkout creates it when the buyer first submits the form. */
export function buildPaymentIntent(f: NewPaymentIntentFields): Stripe.PaymentIntent {
  return {
    id: f.id,
    object: 'payment_intent',
    allowed_payment_method_types: null,
    amount: f.amount,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: 0,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: f.captureMethod,
    client_secret: `${f.id}_secret_${randomToken(25)}`,
    confirmation_method: 'automatic',
    created: f.created,
    currency: f.currency,
    customer: null,
    customer_account: null,
    description: f.description,
    excluded_payment_method_types: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    managed_payments: null,
    metadata: f.metadata,
    next_action: null,
    on_behalf_of: null,
    payment_method: null,
    payment_method_configuration_details: null,
    payment_method_options: {
      card: { installments: null, mandate_options: null, network: null, request_three_d_secure: 'automatic' },
    },
    payment_method_types: ['card'],
    payment_record: null,
    processing: null,
    receipt_email: f.receiptEmail,
    review: null,
    setup_future_usage: null,
    shipping: null,
    source: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: 'requires_payment_method',
    transfer_data: null,
    transfer_group: null,
  };
}
