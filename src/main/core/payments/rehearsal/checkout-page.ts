import type Stripe from 'stripe';
import type { Locale } from '../../../../shared/i18n/locale';
import { createTranslator, type Translate } from '../../../../shared/i18n/messages';
import { formatMoney } from '../../../../shared/money';
import type { SessionInternal } from './object-store';
import type { PaymentField } from './operations/pay-checkout';

/**
 * The hosted checkout page, rendered on the server: no script at all, every value escaped, one
 * column on a phone and two on a wide screen. It always says it is a rehearsal. Words come from the
 * `checkout.*` catalog in the page's language (see page-locale.ts), escaped like every other value.
 */
export interface CheckoutFormValues {
  email: string;
  name: string;
  shippingName: string;
  line1: string;
  line2: string;
  city: string;
  state: string;
  postalCode: string;
  country: string;
}

export const EMPTY_FORM: CheckoutFormValues = {
  email: '',
  name: '',
  shippingName: '',
  line1: '',
  line2: '',
  city: '',
  state: '',
  postalCode: '',
  country: '',
};

export interface CheckoutPageView {
  session: Stripe.Checkout.Session;
  internal: SessionInternal;
  actionUrl: string;
  values: CheckoutFormValues;
  error: { message: string; field: PaymentField | null } | null;
  nonce: string;
  locale: Locale;
}

/** The page's words, each escaped for HTML: catalog text is ours, but the values in it are not. */
type Say = (...args: Parameters<Translate>) => string;

function sayer(locale: Locale): Say {
  const t = createTranslator(locale);
  return (id, values) => escapeHtml(t(id, values));
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

export function renderCheckoutPage(view: CheckoutPageView): string {
  const { session, internal, locale } = view;
  const say = sayer(locale);
  const currency = session.currency ?? 'usd';
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const total = money(session.amount_total ?? 0);
  const manual = internal.paymentIntentData.captureMethod === 'manual';
  const items = internal.lineItems
    .map(
      (item) => `<li class="item">
        <div><p class="item-name">${escapeHtml(item.name)}</p>
        ${item.description ? `<p class="muted">${escapeHtml(item.description)}</p>` : ''}
        <p class="muted">${say('checkout.summary.quantity', { quantity: String(item.quantity), unitPrice: money(item.unitAmount) })}</p></div>
        <p class="amount">${escapeHtml(money(item.unitAmount * item.quantity))}</p>
      </li>`,
    )
    .join('');
  const body = `
  <main class="layout">
    <section class="summary" aria-labelledby="summary-title">
      <h1 id="summary-title"><span class="muted small">${say('checkout.summary.pay')}</span> ${escapeHtml(total)}</h1>
      <ul class="items">${items}</ul>
      <p class="total"><span>${say('checkout.summary.totalDue')}</span> <strong>${escapeHtml(total)}</strong></p>
      ${manual ? `<p class="note">${say('checkout.summary.authorizeNote')}</p>` : ''}
    </section>
    <section class="pay" aria-labelledby="pay-title">
      <h2 id="pay-title">${say('checkout.form.title')}</h2>
      ${view.error ? `<div class="error-summary" role="alert" id="form-error"><p>${escapeHtml(view.error.message)}</p></div>` : ''}
      <form method="post" action="${escapeHtml(view.actionUrl)}">
        ${contactFields(view, say)}
        ${session.shipping_address_collection ? shippingFields(view, say, session.shipping_address_collection.allowed_countries) : ''}
        ${cardFields(view, say)}
        <button type="submit" class="pay-button">${say('checkout.form.submit', { capture: manual ? 'manual' : 'automatic', total })}</button>
      </form>
      <details class="hint"><summary>${say('checkout.form.testCards')}</summary>
        <p>${say('checkout.form.testCardsHelp')}</p>
      </details>
      ${session.cancel_url ? `<p class="cancel"><a href="${escapeHtml(session.cancel_url)}">${say('checkout.form.cancel')}</a></p>` : ''}
    </section>
  </main>`;
  return page(createTranslator(locale)('checkout.summary.payTotal', { total }), body, view.nonce, locale);
}

/** A page in place of the form; its words are already in the page's language. */
export function renderMessagePage(options: {
  title: string;
  message: string;
  link?: { href: string; label: string } | null;
  nonce: string;
  locale: Locale;
}): string {
  const link = options.link ? `<p><a class="button-link" href="${escapeHtml(options.link.href)}">${escapeHtml(options.link.label)}</a></p>` : '';
  const body = `<main class="layout single"><section class="pay" aria-labelledby="msg-title">
    <h1 id="msg-title">${escapeHtml(options.title)}</h1><p>${escapeHtml(options.message)}</p>${link}</section></main>`;
  return page(options.title, body, options.nonce, options.locale);
}

function contactFields(view: CheckoutPageView, say: Say): string {
  const fixed = view.session.customer_email;
  return `<fieldset><legend>${say('checkout.form.contact')}</legend>
    ${input(view, { id: 'email', name: 'email', label: say('checkout.form.email'), type: 'email', autocomplete: 'email', value: fixed ?? view.values.email, field: 'email', readonly: fixed !== null })}
  </fieldset>`;
}

function shippingFields(view: CheckoutPageView, say: Say, countries: readonly string[]): string {
  const v = view.values;
  const regionNames = new Intl.DisplayNames([view.locale], { type: 'region' });
  const options = countries
    .map((code) => `<option value="${escapeHtml(code)}"${v.country === code ? ' selected' : ''}>${escapeHtml(regionNames.of(code) ?? code)}</option>`)
    .join('');
  const countryInvalid = view.error?.field === 'shipping.country';
  return `<fieldset><legend>${say('checkout.form.shipping')}</legend>
    ${input(view, { id: 'shipping-name', name: 'shipping_name', label: say('checkout.form.fullName'), autocomplete: 'shipping name', value: v.shippingName, field: 'shipping.name' })}
    <div class="field"><label for="shipping-country">${say('checkout.form.country')}</label>
      <select id="shipping-country" name="shipping_country" autocomplete="shipping country" required${countryInvalid ? ' aria-invalid="true" aria-describedby="form-error"' : ''}>${options}</select></div>
    ${input(view, { id: 'shipping-line1', name: 'shipping_line1', label: say('checkout.form.line1'), autocomplete: 'shipping address-line1', value: v.line1, field: 'shipping.line1' })}
    ${input(view, { id: 'shipping-line2', name: 'shipping_line2', label: say('checkout.form.line2'), autocomplete: 'shipping address-line2', value: v.line2, field: 'shipping.line2', optional: true })}
    <div class="row">
      ${input(view, { id: 'shipping-city', name: 'shipping_city', label: say('checkout.form.city'), autocomplete: 'shipping address-level2', value: v.city, field: 'shipping.city' })}
      ${input(view, { id: 'shipping-postal', name: 'shipping_postal_code', label: say('checkout.form.postalCode'), autocomplete: 'shipping postal-code', value: v.postalCode, field: 'shipping.postalCode' })}
    </div>
    ${input(view, { id: 'shipping-state', name: 'shipping_state', label: say('checkout.form.state'), autocomplete: 'shipping address-level1', value: v.state, field: 'shipping.state', optional: true })}
  </fieldset>`;
}

function cardFields(view: CheckoutPageView, say: Say): string {
  // Card data is never echoed back: after a decline the buyer types it again, as on Stripe.
  return `<fieldset><legend>${say('checkout.form.card')}</legend>
    ${input(view, { id: 'card-number', name: 'card_number', label: say('checkout.form.cardNumber'), autocomplete: 'cc-number', inputmode: 'numeric', value: '', field: 'card', placeholder: '1234 1234 1234 1234' })}
    <div class="row">
      ${input(view, { id: 'card-expiry', name: 'card_expiry', label: say('checkout.form.expiry'), autocomplete: 'cc-exp', inputmode: 'numeric', value: '', field: 'expiry', placeholder: say('checkout.form.expiryPlaceholder') })}
      ${input(view, { id: 'card-cvc', name: 'card_cvc', label: say('checkout.form.cvc'), autocomplete: 'cc-csc', inputmode: 'numeric', value: '', field: 'cvc', placeholder: '123' })}
    </div>
    ${input(view, { id: 'card-name', name: 'card_name', label: say('checkout.form.nameOnCard'), autocomplete: 'cc-name', value: view.values.name, field: 'name', optional: true })}
  </fieldset>`;
}

interface InputSpec {
  id: string;
  name: string;
  /** Already escaped (from `say`). */
  label: string;
  value: string;
  field: PaymentField;
  type?: string;
  autocomplete: string;
  inputmode?: string;
  /** Already escaped, like the label. */
  placeholder?: string;
  optional?: boolean;
  readonly?: boolean;
}

function input(view: CheckoutPageView, spec: InputSpec): string {
  const invalid = view.error?.field === spec.field;
  const attrs = [
    `id="${spec.id}"`,
    `name="${spec.name}"`,
    `type="${spec.type ?? 'text'}"`,
    `autocomplete="${spec.autocomplete}"`,
    `value="${escapeHtml(spec.value)}"`,
    spec.inputmode ? `inputmode="${spec.inputmode}"` : '',
    spec.placeholder ? `placeholder="${spec.placeholder}"` : '',
    spec.optional ? '' : 'required',
    spec.readonly ? 'readonly' : '',
    invalid ? 'aria-invalid="true" aria-describedby="form-error"' : '',
  ].filter(Boolean);
  return `<div class="field"><label for="${spec.id}">${spec.label}</label><input ${attrs.join(' ')}></div>`;
}

function page(title: string, body: string, nonce: string, locale: Locale): string {
  const say = sayer(locale);
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${say('checkout.documentTitle', { title })}</title>
<style nonce="${escapeHtml(nonce)}">${STYLES}</style>
</head>
<body>
<div class="banner" role="note"><strong>${say('checkout.banner.title')}</strong> <span>${say('checkout.banner.body')}</span></div>
${body}
</body>
</html>`;
}

const STYLES = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1f36;background:#f6f8fa}
.banner{background:#fff4d6;border-bottom:2px solid #c98a00;color:#4d3500;padding:.6rem 1rem;text-align:center}
.banner span{display:block;font-size:.9rem}
.layout{display:grid;gap:1.5rem;max-width:960px;margin:0 auto;padding:1.5rem 1rem 3rem}
.layout.single{max-width:560px}
@media (min-width:800px){.layout:not(.single){grid-template-columns:1fr 1fr;gap:3rem;padding-top:3rem}}
h1{font-size:2rem;margin:0 0 1rem;line-height:1.2}
h2{font-size:1.25rem;margin:0 0 1rem}
.small{font-size:1rem;display:block;font-weight:500}
.muted{color:#4f566b;margin:0;font-size:.9rem}
.items{list-style:none;margin:0;padding:0}
.item{display:flex;justify-content:space-between;gap:1rem;padding:.75rem 0;border-bottom:1px solid #e3e8ee}
.item-name{margin:0;font-weight:600}
.amount{margin:0;font-weight:600;white-space:nowrap}
.total{display:flex;justify-content:space-between;font-size:1.1rem;margin:1rem 0}
.note{background:#eef4ff;border-left:4px solid #3a5bd9;padding:.6rem .8rem;margin:1rem 0}
.pay{background:#fff;border:1px solid #e3e8ee;border-radius:12px;padding:1.25rem}
fieldset{border:0;margin:0 0 1rem;padding:0}
legend{font-weight:600;margin-bottom:.5rem}
.field{margin-bottom:.75rem}
.row{display:grid;grid-template-columns:1fr 1fr;gap:.75rem}
label{display:block;font-size:.9rem;margin-bottom:.25rem}
input,select{width:100%;font:inherit;padding:.65rem .75rem;border:1px solid #8792a2;border-radius:8px;background:#fff;color:inherit;min-height:44px}
input[readonly]{background:#f0f2f5}
input:focus-visible,select:focus-visible,button:focus-visible,a:focus-visible,summary:focus-visible{outline:3px solid #3a5bd9;outline-offset:2px}
[aria-invalid="true"]{border-color:#c0123c;border-width:2px}
.error-summary{background:#fde8ec;border:2px solid #c0123c;color:#7a0b26;border-radius:8px;padding:.5rem .9rem;margin-bottom:1rem}
.error-summary p{margin:0}
.pay-button,.button-link{display:block;width:100%;text-align:center;font:inherit;font-weight:600;color:#fff;background:#3a4bd9;border:0;border-radius:8px;padding:.8rem;min-height:48px;cursor:pointer;text-decoration:none}
.pay-button:hover,.button-link:hover{background:#2d3bb0}
.hint{margin-top:1rem;font-size:.9rem;color:#4f566b}
.cancel{text-align:center;margin:1rem 0 0}
a{color:#2d3bb0}
`;
