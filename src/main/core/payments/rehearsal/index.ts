/**
 * The rehearsal Stripe server: a Stripe-compatible API, hosted checkout page and webhook sender,
 * so Hotseat runs the very same stripe-node code path when no Stripe key is set.
 */
export { startRehearsalStripe, REHEARSAL_API_KEY } from './server';
export type { RehearsalStripe, RehearsalStripeOptions, PayCheckoutResult } from './server';
export type { CheckoutPayment, ShippingInput } from './operations/pay-checkout';
export type { WebhookTarget, WebhookRetry } from './webhooks';
export type { Faults, ApiFaultRule, ApiFaultKind } from './faults';
export type { Dashboard, DashboardRefund, DashboardDispute, PaymentRef } from './dashboard';
export type { DisputeReason } from './objects/dispute';
