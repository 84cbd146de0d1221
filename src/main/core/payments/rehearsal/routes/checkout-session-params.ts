import type Stripe from 'stripe';
import { formatMoney } from '../../../../../shared/money';
import { toSeconds } from '../clock';
import { invalidParam, invalidRequest } from '../errors';
import type { CreateSessionInput } from '../operations/checkout-sessions';
import type { ParamReader } from '../params';

type AllowedCountry = Stripe.Checkout.Session.ShippingAddressCollection.AllowedCountry;

const MIN_LIFETIME_SECONDS = 30 * 60;
const MAX_LIFETIME_SECONDS = 24 * 60 * 60;
const MAX_AMOUNT = 99_999_999;

/** Stripe's minimum charge per currency, in minor units (https://docs.stripe.com/currencies#minimum-and-maximum-charge-amounts). */
const MINIMUM_CHARGE: Record<string, number> = {
  usd: 50, aud: 50, brl: 50, cad: 50, chf: 50, czk: 1500, dkk: 250, eur: 50, gbp: 30, hkd: 400, huf: 17500,
  inr: 50, jpy: 50, mxn: 1000, myr: 200, nok: 300, nzd: 50, pln: 200, ron: 200, sek: 300, sgd: 50, thb: 1000,
};

/** Countries Stripe Checkout does not ship to (sanctions and unsupported territories). */
const NOT_SHIPPABLE = new Set(['AS', 'CU', 'IR', 'KP', 'MH', 'FM', 'MP', 'PW', 'SD', 'SY', 'UM', 'VI']);
const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** The languages Stripe Checkout accepts in `locale` (stripe-node's SessionCreateParams.Locale). */
const CHECKOUT_LOCALES = [
  'auto', 'bg', 'cs', 'da', 'de', 'el', 'en', 'en-GB', 'es', 'es-419', 'et', 'fi', 'fil', 'fr', 'fr-CA', 'hi-IN', 'hr', 'hu', 'id',
  'it', 'ja', 'ko', 'lt', 'lv', 'ms', 'mt', 'nb', 'nl', 'pl', 'pt', 'pt-BR', 'ro', 'ru', 'sk', 'sl', 'sv', 'th', 'tr', 'vi', 'zh',
  'zh-HK', 'zh-TW',
] as const;

/** Reads `POST /v1/checkout/sessions` the way Stripe validates it, for the hosted payment mode. */
export function readCreateSession(params: ParamReader, nowMs: number): CreateSessionInput {
  const mode = params.requiredString('mode');
  if (mode !== 'payment') {
    throw invalidParam('mode', `The rehearsal Stripe server supports only mode=payment (got ${mode}).`);
  }
  const paymentMethodTypes = params.stringArray('payment_method_types');
  if (paymentMethodTypes && paymentMethodTypes.some((t) => t !== 'card')) {
    throw invalidParam('payment_method_types', 'The rehearsal Stripe server supports only card payments.');
  }
  params.oneOf('ui_mode', ['hosted'] as const);
  const { currency, lineItems } = readLineItems(params);
  const amount = lineItems.reduce((sum, item) => sum + item.unitAmount * item.quantity, 0);
  const minimum = MINIMUM_CHARGE[currency] ?? 1;
  if (amount < minimum) {
    throw invalidRequest(
      `The Checkout Session's total amount due must add up to at least ${formatMoney(minimum, currency)} ${currency}`,
      { param: 'line_items' },
    );
  }
  if (amount > MAX_AMOUNT) throw invalidRequest('The Checkout Session total amount due is too large.', { param: 'line_items' });

  const intentParams = params.object('payment_intent_data');
  const captureMethod = intentParams?.oneOf('capture_method', ['automatic', 'automatic_async', 'manual'] as const) ?? 'automatic';
  const paymentIntentData: CreateSessionInput['paymentIntentData'] = {
    captureMethod: captureMethod === 'manual' ? 'manual' : 'automatic',
    metadata: intentParams?.metadata('metadata') ?? {},
    description: intentParams?.string('description', { maxLength: 1000 }) ?? null,
    receiptEmail: intentParams ? readEmail(intentParams, 'receipt_email') : null,
  };

  const now = toSeconds(nowMs);
  const expiresAt = params.int('expires_at') ?? now + MAX_LIFETIME_SECONDS;
  if (expiresAt < now + MIN_LIFETIME_SECONDS) {
    throw invalidParam('expires_at', 'The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.');
  }
  if (expiresAt > now + MAX_LIFETIME_SECONDS) {
    throw invalidParam('expires_at', 'The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.');
  }

  return {
    currency,
    lineItems,
    paymentIntentData,
    metadata: params.metadata('metadata') ?? {},
    clientReferenceId: params.string('client_reference_id', { maxLength: 200 }) ?? null,
    customerEmail: readEmail(params, 'customer_email'),
    expiresAt,
    successUrl: readUrl(params, 'success_url'),
    cancelUrl: readUrl(params, 'cancel_url'),
    allowedCountries: readAllowedCountries(params),
    locale: params.oneOf('locale', CHECKOUT_LOCALES) ?? null,
  };
}

function readLineItems(params: ParamReader): { currency: string; lineItems: CreateSessionInput['lineItems'] } {
  const items = params.objectArray('line_items');
  if (!items || items.length === 0) throw invalidRequest('Missing required param: line_items.', { param: 'line_items', code: 'parameter_missing' });
  if (items.length > 100) throw invalidParam('line_items', 'A Checkout Session can have at most 100 line items.');
  let currency: string | null = null;
  const lineItems = items.map((item) => {
    if (item.has('price')) {
      throw invalidParam(item.name('price'), 'The rehearsal Stripe server has no Prices: pass price_data instead of price.');
    }
    const priceData = item.requiredObject('price_data');
    const itemCurrency = priceData.requiredString('currency').toLowerCase();
    if (!/^[a-z]{3}$/.test(itemCurrency) || !Intl.supportedValuesOf('currency').includes(itemCurrency.toUpperCase())) {
      throw invalidParam(priceData.name('currency'), `Invalid currency: ${itemCurrency}.`);
    }
    if (currency !== null && currency !== itemCurrency) {
      throw invalidParam(priceData.name('currency'), 'All line items must use the same currency.');
    }
    currency = itemCurrency;
    const unitAmount = priceData.requiredInt('unit_amount', { min: 0, max: MAX_AMOUNT });
    const product = priceData.requiredObject('product_data');
    const name = product.requiredString('name', { maxLength: 250 }).trim();
    if (!name) throw invalidParam(product.name('name'), 'A product name cannot be blank.');
    const description = product.string('description', { maxLength: 1000 })?.trim() || null;
    product.metadata('metadata');
    const quantity = item.requiredInt('quantity', { min: 1, max: 999_999 });
    return { name, description, unitAmount, quantity };
  });
  return { currency: currency ?? 'usd', lineItems };
}

function readEmail(params: ParamReader, key: string): string | null {
  const value = params.string(key, { maxLength: 512 })?.trim();
  if (value === undefined || value === '') return null;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) throw invalidParam(params.name(key), `Invalid email address: ${value}`, 'email_invalid');
  return value;
}

function readUrl(params: ParamReader, key: string): string | null {
  const value = params.string(key, { maxLength: 5000 });
  if (value === undefined) return null;
  // Stripe keeps the `{CHECKOUT_SESSION_ID}` template literally; it is filled in on redirect.
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw invalidParam(key, 'Not a valid URL', 'url_invalid');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw invalidParam(key, 'Not a valid URL', 'url_invalid');
  return value;
}

function readAllowedCountries(params: ParamReader): AllowedCountry[] | null {
  const collection = params.object('shipping_address_collection');
  if (!collection) return null;
  const countries = collection.stringArray('allowed_countries');
  if (!countries || countries.length === 0) throw invalidRequest('Missing required param: shipping_address_collection[allowed_countries].', {
    param: 'shipping_address_collection[allowed_countries]',
    code: 'parameter_missing',
  });
  return countries.map((code, index) => {
    if (!/^[A-Z]{2}$/.test(code) || !REGION_NAMES.of(code) || NOT_SHIPPABLE.has(code)) {
      throw invalidParam(`shipping_address_collection[allowed_countries][${index}]`, `Invalid country for shipping: ${code}`);
    }
    return code;
  });
}
