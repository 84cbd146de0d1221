import type Stripe from 'stripe';
import { newId } from '../ids';
import { buildCharge, type CardDetails } from '../objects/charge';
import { customerDetailsOf } from '../objects/checkout-session';
import type { ChargeInternal } from '../object-store';
import { buildPaymentIntent } from '../objects/payment-intent';
import { cardFingerprint, cardVerdict, cvcLength, isPlausibleCardNumber, normalizeCardNumber, type CardVerdict } from '../test-cards';
import { recordCharge } from './balance-transactions';
import { idOf, nowSeconds, type OperationContext } from './context';
import { openPlannedDispute } from './disputes';
import { expireCheckoutSession } from './checkout-sessions';

/** What the buyer types on the hosted checkout page. */
export interface CheckoutPayment {
  card: string;
  /** Defaults to a valid future date, for tests and benchmarks that only care about the card. */
  expMonth?: number;
  expYear?: number;
  cvc?: string;
  email?: string;
  name?: string;
  shipping?: ShippingInput;
}

export interface ShippingInput {
  name: string;
  line1: string;
  line2?: string | null;
  city: string;
  state?: string | null;
  postalCode: string;
  country: string;
}

export type PaymentField = 'email' | 'card' | 'expiry' | 'cvc' | 'name' | `shipping.${keyof ShippingInput}`;

export type PayOutcome =
  | { ok: true; session: Stripe.Checkout.Session }
  | { ok: false; code: string; message: string; field?: PaymentField; declineCode?: string | null };

/** Cards hold an authorization for about seven days; after that the hold lapses. */
export const AUTHORIZATION_HOLD_SECONDS = 7 * 24 * 60 * 60;

/**
 * Submits the checkout form: validates what the buyer typed (nothing changes on bad input), then
 * charges the test card. A decline leaves the session open with a failed charge on its
 * PaymentIntent, exactly as Stripe does; success completes the session. Paying a session that is
 * already complete changes nothing, so a double submit never charges twice.
 */
export function payCheckout(ctx: OperationContext, sessionId: string, payment: CheckoutPayment): PayOutcome {
  let session = ctx.objects.get('checkout.session', sessionId);
  if (!session) return { ok: false, code: 'resource_missing', message: `No such checkout session: '${sessionId}'` };
  const now = nowSeconds(ctx);
  if (session.status === 'open' && session.expires_at <= now) session = expireCheckoutSession(ctx, session);
  if (session.status === 'complete') return { ok: true, session };
  if (session.status !== 'open') return { ok: false, code: 'checkout_session_expired', message: 'This checkout session has expired.' };

  const checked = validate(session, payment, ctx.nowMs());
  if (!checked.ok) return checked;
  const { digits, email, shipping, card } = checked;
  const verdict = cardVerdict(digits);
  const details: CardDetails = { ...card, brand: verdict.profile.brand, funding: verdict.profile.funding, country: verdict.profile.country };

  let intent = currentIntent(ctx, session);
  if (idOf(session.payment_intent) !== intent.id) {
    session = { ...session, payment_intent: intent.id };
    ctx.objects.update(session);
  }
  const paymentMethodId = newId('pm');
  let charge = buildCharge({
    id: newId('ch'),
    created: now,
    intent: { ...intent, shipping },
    paymentMethodId,
    card: details,
    outcome: verdict.approved
      ? { status: 'succeeded', failureCode: null, failureMessage: null, declineCode: null }
      : { status: 'failed', failureCode: verdict.code, failureMessage: verdict.message, declineCode: verdict.declineCode },
    billing: { email, name: payment.name?.trim() || null },
    shipping,
    captureBefore: verdict.approved && intent.capture_method === 'manual' ? now + AUTHORIZATION_HOLD_SECONDS : null,
  });
  if (charge.captured) charge = { ...charge, balance_transaction: recordCharge(ctx, charge).id };
  const internal: ChargeInternal = { plannedDispute: (verdict.approved && verdict.dispute) || null };
  ctx.objects.insert(charge, internal);

  if (!verdict.approved) return decline(ctx, intent, charge, verdict, now);

  const manual = intent.capture_method === 'manual';
  intent = {
    ...intent,
    status: manual ? 'requires_capture' : 'succeeded',
    amount_capturable: manual ? intent.amount : 0,
    amount_received: manual ? 0 : intent.amount,
    last_payment_error: null,
    latest_charge: charge.id,
    payment_method: paymentMethodId,
    shipping,
  };
  ctx.objects.update(intent);
  ctx.events.append('charge.succeeded', charge, now, ctx.request);
  ctx.events.append(manual ? 'payment_intent.amount_capturable_updated' : 'payment_intent.succeeded', intent, now, ctx.request);

  const shippingDetails = shipping?.address && shipping.name ? { name: shipping.name, address: shipping.address } : null;
  const completed: Stripe.Checkout.Session = {
    ...session,
    status: 'complete',
    payment_status: manual ? 'unpaid' : 'paid',
    payment_intent: intent.id,
    customer_details: customerDetailsOf(email, payment.name?.trim() || shipping?.name || null, null),
    collected_information: { business_name: null, individual_name: null, shipping_details: shippingDetails },
    url: null,
  };
  ctx.objects.update(completed);
  ctx.events.append('checkout.session.completed', completed, now, ctx.request);
  openPlannedDispute(ctx, charge);
  return { ok: true, session: completed };
}

function currentIntent(ctx: OperationContext, session: Stripe.Checkout.Session): Stripe.PaymentIntent {
  const existingId = idOf(session.payment_intent);
  const existing = existingId ? ctx.objects.get('payment_intent', existingId) : null;
  if (existing) return existing;
  const internal = ctx.objects.sessionInternal(session.id);
  if (!internal) throw new Error(`checkout session ${session.id} has lost its line items`);
  const intent = buildPaymentIntent({
    id: newId('pi'),
    created: nowSeconds(ctx),
    amount: session.amount_total ?? 0,
    currency: session.currency ?? 'usd',
    captureMethod: internal.paymentIntentData.captureMethod,
    metadata: internal.paymentIntentData.metadata,
    description: internal.paymentIntentData.description,
    receiptEmail: internal.paymentIntentData.receiptEmail,
  });
  ctx.objects.insert(intent);
  ctx.events.append('payment_intent.created', intent, intent.created, ctx.request);
  return intent;
}

function decline(
  ctx: OperationContext,
  intent: Stripe.PaymentIntent,
  charge: Stripe.Charge,
  verdict: Extract<CardVerdict, { approved: false }>,
  now: number,
): PayOutcome {
  const error: Stripe.PaymentIntent.LastPaymentError = {
    type: 'card_error',
    code: verdict.code,
    message: verdict.message,
    charge: charge.id,
    doc_url: `https://stripe.com/docs/error-codes/${verdict.code.replace(/_/g, '-')}`,
    payment_method_type: 'card',
  };
  if (verdict.declineCode) error.decline_code = verdict.declineCode;
  const failed: Stripe.PaymentIntent = {
    ...intent,
    status: 'requires_payment_method',
    last_payment_error: error,
    latest_charge: charge.id,
    payment_method: null,
  };
  ctx.objects.update(failed);
  ctx.events.append('charge.failed', charge, now, ctx.request);
  ctx.events.append('payment_intent.payment_failed', failed, now, ctx.request);
  return { ok: false, code: verdict.code, declineCode: verdict.declineCode, message: verdict.message, field: 'card' };
}

type Validated =
  | { ok: true; digits: string; email: string; shipping: Stripe.PaymentIntent.Shipping | null; card: Omit<CardDetails, 'brand' | 'funding' | 'country'> }
  | Extract<PayOutcome, { ok: false }>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function validate(session: Stripe.Checkout.Session, payment: CheckoutPayment, nowMs: number): Validated {
  const invalid = (field: PaymentField, code: string, message: string): Validated => ({ ok: false, code, message, field });
  const email = (session.customer_email ?? payment.email ?? '').trim();
  if (!email) return invalid('email', 'email_invalid', 'Enter your email address.');
  if (email.length > 254 || !EMAIL.test(email)) return invalid('email', 'email_invalid', 'Your email address is invalid.');

  const digits = normalizeCardNumber(payment.card);
  if (!digits) return invalid('card', 'incomplete_number', 'Your card number is incomplete.');
  if (!isPlausibleCardNumber(digits)) return invalid('card', 'invalid_number', 'Your card number is invalid.');

  const today = new Date(nowMs);
  const expMonth = payment.expMonth ?? 12;
  const expYear = payment.expYear ?? today.getUTCFullYear() + 3;
  if (!Number.isInteger(expMonth) || !Number.isInteger(expYear)) {
    return invalid('expiry', 'incomplete_expiry', "Your card's expiration date is incomplete.");
  }
  if (expMonth < 1 || expMonth > 12) {
    return invalid('expiry', 'invalid_expiry_month', "Your card's expiration month is invalid.");
  }
  const thisMonth = today.getUTCFullYear() * 12 + today.getUTCMonth();
  if (expYear * 12 + (expMonth - 1) < thisMonth) {
    return invalid('expiry', 'invalid_expiry_year_past', "Your card's expiration year is in the past.");
  }
  if (expYear > today.getUTCFullYear() + 50) return invalid('expiry', 'invalid_expiry_year', "Your card's expiration year is invalid.");

  const brand = cardVerdict(digits).profile.brand;
  const cvc = payment.cvc ?? '1'.repeat(cvcLength(brand));
  if (!new RegExp(`^\\d{${cvcLength(brand)}}$`).test(cvc.trim())) {
    return invalid('cvc', 'incomplete_cvc', "Your card's security code is incomplete.");
  }

  const shipping = validateShipping(session, payment.shipping);
  if (shipping && 'ok' in shipping) return shipping;
  return {
    ok: true,
    digits,
    email,
    shipping,
    card: { last4: digits.slice(-4), expMonth, expYear, fingerprint: cardFingerprint(digits), cvcCheck: 'pass' },
  };
}

function validateShipping(
  session: Stripe.Checkout.Session,
  input: ShippingInput | undefined,
): Stripe.PaymentIntent.Shipping | null | Extract<PayOutcome, { ok: false }> {
  const allowed: readonly string[] | undefined = session.shipping_address_collection?.allowed_countries;
  if (!allowed) return null;
  const missing = (field: keyof ShippingInput, what: string) =>
    ({ ok: false, code: 'shipping_incomplete', message: `Enter the ${what} for shipping.`, field: `shipping.${field}` }) as const;
  if (!input) return missing('name', 'full name');
  const value = (v: string | null | undefined) => (v ?? '').trim();
  if (!value(input.name)) return missing('name', 'full name');
  if (!value(input.line1)) return missing('line1', 'street address');
  if (!value(input.city)) return missing('city', 'city');
  if (!value(input.postalCode)) return missing('postalCode', 'postal code');
  const country = value(input.country).toUpperCase();
  if (!allowed.includes(country)) {
    return { ok: false, code: 'shipping_country_unsupported', message: 'We cannot ship to this country.', field: 'shipping.country' };
  }
  const tooLong = Object.entries(input).find(([, v]) => typeof v === 'string' && v.length > 200);
  if (tooLong) return { ok: false, code: 'shipping_invalid', message: 'This address line is too long.', field: `shipping.${tooLong[0] as keyof ShippingInput}` };
  return {
    name: value(input.name),
    address: {
      line1: value(input.line1),
      line2: value(input.line2) || null,
      city: value(input.city),
      state: value(input.state) || null,
      postal_code: value(input.postalCode),
      country,
    },
    carrier: null,
    phone: null,
    tracking_number: null,
  };
}
