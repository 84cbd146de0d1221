import Stripe from 'stripe';

/** The events this server emits, with the object each one carries in `data.object`. */
export interface EmittedEventObjects {
  'checkout.session.completed': Stripe.Checkout.Session;
  'checkout.session.expired': Stripe.Checkout.Session;
  'payment_intent.created': Stripe.PaymentIntent;
  'payment_intent.amount_capturable_updated': Stripe.PaymentIntent;
  'payment_intent.succeeded': Stripe.PaymentIntent;
  'payment_intent.canceled': Stripe.PaymentIntent;
  'payment_intent.payment_failed': Stripe.PaymentIntent;
  'charge.succeeded': Stripe.Charge;
  'charge.failed': Stripe.Charge;
  'charge.captured': Stripe.Charge;
  'charge.refunded': Stripe.Charge;
  'charge.expired': Stripe.Charge;
  'refund.created': Stripe.Refund;
  'charge.dispute.created': Stripe.Dispute;
  'charge.dispute.updated': Stripe.Dispute;
  'charge.dispute.closed': Stripe.Dispute;
  'charge.dispute.funds_withdrawn': Stripe.Dispute;
  'charge.dispute.funds_reinstated': Stripe.Dispute;
}
export type EmittedEventType = keyof EmittedEventObjects;

type StripeEventOf<T extends EmittedEventType> = Extract<Stripe.Event, { type: T }>;

/** Compile-time proof that each emitted type carries the object stripe-node expects for it. */
type MatchesStripe = {
  [T in EmittedEventType]: EmittedEventObjects[T] extends StripeEventOf<T>['data']['object'] ? true : false;
};
const matchesStripe: MatchesStripe = {
  'checkout.session.completed': true,
  'checkout.session.expired': true,
  'payment_intent.created': true,
  'payment_intent.amount_capturable_updated': true,
  'payment_intent.succeeded': true,
  'payment_intent.canceled': true,
  'payment_intent.payment_failed': true,
  'charge.succeeded': true,
  'charge.failed': true,
  'charge.captured': true,
  'charge.refunded': true,
  'charge.expired': true,
  'refund.created': true,
  'charge.dispute.created': true,
  'charge.dispute.updated': true,
  'charge.dispute.closed': true,
  'charge.dispute.funds_withdrawn': true,
  'charge.dispute.funds_reinstated': true,
};
export const EMITTED_EVENT_TYPES = Object.keys(matchesStripe) as EmittedEventType[];

/** The API version this server's objects follow: the one the installed stripe-node speaks. */
export const API_VERSION: string = Stripe.API_VERSION;

export interface EventFields<T extends EmittedEventType> {
  id: string;
  type: T;
  object: EmittedEventObjects[T];
  created: number;
  pendingWebhooks: number;
  request: Stripe.Event.Request;
}

export function buildEvent<T extends EmittedEventType>(fields: EventFields<T>): StripeEventOf<T> {
  const event: Stripe.EventBase & { data: { object: EmittedEventObjects[T] } } = {
    id: fields.id,
    object: 'event',
    api_version: API_VERSION,
    created: fields.created,
    // A snapshot: later changes to the object must not show through an old event.
    data: { object: structuredClone(fields.object) },
    livemode: false,
    pending_webhooks: fields.pendingWebhooks,
    request: fields.request,
    type: fields.type,
  };
  // TypeScript cannot narrow the generic union member; MatchesStripe above checks the pairing.
  return event as StripeEventOf<T>;
}
