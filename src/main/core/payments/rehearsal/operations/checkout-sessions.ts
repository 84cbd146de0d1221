import type Stripe from 'stripe';
import { invalidRequest } from '../errors';
import { newCheckoutSessionId } from '../ids';
import { buildCheckoutSession } from '../objects/checkout-session';
import type { SessionInternal } from '../object-store';
import { idOf, nowSeconds, type OperationContext } from './context';
import { cancelIntent } from './payment-intents';

export interface CreateSessionInput {
  currency: string;
  lineItems: SessionInternal['lineItems'];
  paymentIntentData: SessionInternal['paymentIntentData'];
  metadata: Record<string, string>;
  clientReferenceId: string | null;
  customerEmail: string | null;
  /** Already checked against Stripe's 30 minutes to 24 hours window. */
  expiresAt: number;
  successUrl: string | null;
  cancelUrl: string | null;
  allowedCountries: Stripe.Checkout.Session.ShippingAddressCollection.AllowedCountry[] | null;
  /** What the page speaks: a language tag, 'auto' (the browser's) or null (not set: the browser's too). */
  locale: Stripe.Checkout.Session.Locale | null;
}

export function createCheckoutSession(
  ctx: OperationContext,
  input: CreateSessionInput,
  checkoutUrl: (sessionId: string) => string,
): Stripe.Checkout.Session {
  const id = newCheckoutSessionId();
  const amount = input.lineItems.reduce((sum, item) => sum + item.unitAmount * item.quantity, 0);
  const session = buildCheckoutSession({
    id,
    created: nowSeconds(ctx),
    expiresAt: input.expiresAt,
    url: checkoutUrl(id),
    currency: input.currency,
    amountSubtotal: amount,
    amountTotal: amount,
    metadata: input.metadata,
    clientReferenceId: input.clientReferenceId,
    customerEmail: input.customerEmail,
    successUrl: input.successUrl,
    cancelUrl: input.cancelUrl,
    allowedCountries: input.allowedCountries,
    locale: input.locale,
  });
  const internal: SessionInternal = { lineItems: input.lineItems, paymentIntentData: input.paymentIntentData };
  ctx.objects.insert(session, internal);
  return session;
}

/**
 * Ends an open session: by the API (`/expire`) or because `expires_at` passed. A PaymentIntent left
 * behind by a declined attempt is canceled with it, as Stripe does.
 */
export function expireCheckoutSession(ctx: OperationContext, session: Stripe.Checkout.Session): Stripe.Checkout.Session {
  if (session.status !== 'open') {
    throw invalidRequest(
      `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${session.status ?? 'unknown'}".`,
      { code: 'checkout_session_unexpected_state' },
    );
  }
  const intentId = idOf(session.payment_intent);
  if (intentId) {
    const intent = ctx.objects.get('payment_intent', intentId);
    if (intent && intent.status !== 'canceled' && intent.status !== 'succeeded') cancelIntent(ctx, intent, 'abandoned');
  }
  const expired: Stripe.Checkout.Session = { ...session, status: 'expired', url: null };
  ctx.objects.update(expired);
  ctx.events.append('checkout.session.expired', expired, nowSeconds(ctx), ctx.request);
  return expired;
}
