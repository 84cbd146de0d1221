import { describe, expect, it } from 'vitest';
import { buildCheckoutRequest, emptyOrderFields, type OrderConversion } from '../../../src/renderer/lib/checkout-form';
import { receiptTokenFromHash, storeApiPath } from '../../../src/renderer/lib/page-address';
import type { Locale } from '../../../src/shared/i18n/locale';
import { createTranslator } from '../../../src/shared/i18n/messages';
import type { StoreOffer } from '../../../src/shared/store-api';

const KEY = 'bk_0123456789abcdef';
const tip: StoreOffer = { kind: 'tip', id: 'off_tip0000001', title: 'Tip', description: '', minAmount: 100, maxAmount: 50_000, messageMaxLength: 10 };
const merch: StoreOffer = {
  kind: 'merch',
  id: 'off_merch00001',
  title: 'Shirt',
  description: '',
  price: 3000,
  variants: [
    { id: 's', label: 'Small', available: 0 },
    { id: 'm', label: 'Medium', available: 2 },
  ],
  shippingCountries: ['US'],
};
const seat: StoreOffer = {
  kind: 'hotseat',
  id: 'off_seat000001',
  title: 'Q&A',
  description: '',
  format: 'qa',
  price: 2500,
  minutes: 3,
  remaining: 4,
  perBuyer: 1,
  questionRequired: true,
};

/** The form's errors as the page shows them, in the given language. */
function said(result: OrderConversion, locale: Locale = 'en'): OrderConversion | { ok: false; errors: Record<string, string> } {
  if (result.ok) return result;
  const t = createTranslator(locale);
  return { ok: false, errors: Object.fromEntries(Object.entries(result.errors).map(([key, m]) => [key, t(m.id, m.values)])) };
}

describe('checkout form', () => {
  it('builds a tip request with the typed amount in minor units', () => {
    const result = buildCheckoutRequest(tip, { ...emptyOrderFields(tip), buyerName: ' Ada ', amount: '12.50', message: ' Hi! ' }, 'usd', KEY);
    expect(result).toEqual({ ok: true, value: { offerId: 'off_tip0000001', buyerName: 'Ada', buyerKey: KEY, amount: 1250, message: 'Hi!' } });
  });

  it('explains amounts outside the range or not amounts at all', () => {
    const fields = { ...emptyOrderFields(tip), buyerName: 'Ada' };
    expect(said(buildCheckoutRequest(tip, { ...fields, amount: '0.50' }, 'usd', KEY))).toEqual({ ok: false, errors: { amount: 'The minimum is $1.00' } });
    expect(said(buildCheckoutRequest(tip, { ...fields, amount: '501' }, 'usd', KEY))).toEqual({ ok: false, errors: { amount: 'The maximum is $500.00' } });
    expect(said(buildCheckoutRequest(tip, { ...fields, amount: 'lots' }, 'usd', KEY))).toEqual({ ok: false, errors: { amount: 'Enter an amount like 1.00' } });
  });

  it('requires a name and keeps messages within the limit', () => {
    const result = buildCheckoutRequest(tip, { ...emptyOrderFields(tip), amount: '5', message: 'x'.repeat(11) }, 'usd', KEY);
    expect(said(result)).toEqual({ ok: false, errors: { buyerName: 'Your name is required', message: 'Keep it to 10 characters' } });
  });

  it('preselects the first variant in stock and refuses a sold-out one', () => {
    expect(emptyOrderFields(merch).variantId).toBe('m');
    const soldOut = buildCheckoutRequest(merch, { ...emptyOrderFields(merch), buyerName: 'Ada', variantId: 's' }, 'usd', KEY);
    expect(said(soldOut)).toEqual({ ok: false, errors: { variantId: 'That one is sold out' } });
  });

  it('sends the page language along when the page says it', () => {
    const fields = { ...emptyOrderFields(seat), buyerName: 'Ada', question: 'Pourquoi ?' };
    expect(buildCheckoutRequest(seat, fields, 'eur', KEY, 'fr')).toMatchObject({ ok: true, value: { locale: 'fr' } });
  });

  it('reads French amounts and explains in French, with French money', () => {
    const fields = { ...emptyOrderFields(tip), buyerName: 'Ada' };
    expect(buildCheckoutRequest(tip, { ...fields, amount: '12,50' }, 'eur', KEY, 'fr')).toMatchObject({ ok: true, value: { amount: 1250 } });
    expect(buildCheckoutRequest(tip, { ...fields, amount: '12.50' }, 'eur', KEY, 'fr')).toMatchObject({ ok: true, value: { amount: 1250 } });
    expect(said(buildCheckoutRequest(tip, { ...fields, amount: '0,50' }, 'eur', KEY, 'fr'), 'fr')).toEqual({ ok: false, errors: { amount: 'Le minimum est de 1,00\u00a0€' } });
    expect(said(buildCheckoutRequest(tip, { ...fields, amount: 'beaucoup' }, 'eur', KEY, 'fr'), 'fr')).toEqual({
      ok: false,
      errors: { amount: 'Saisissez un montant comme 1,00' },
    });
    const unnamed = buildCheckoutRequest(tip, { ...emptyOrderFields(tip), amount: '5' }, 'eur', KEY, 'fr');
    expect(said(unnamed, 'fr')).toEqual({ ok: false, errors: { buyerName: 'Votre nom est obligatoire' } });
  });

  it('asks for the question when the hot seat requires one', () => {
    const result = buildCheckoutRequest(seat, { ...emptyOrderFields(seat), buyerName: 'Ada', question: '   ' }, 'usd', KEY);
    expect(said(result)).toEqual({ ok: false, errors: { question: 'Tell the host what you want to ask' } });
    const ok = buildCheckoutRequest(seat, { ...emptyOrderFields(seat), buyerName: 'Ada', question: 'Why?' }, 'usd', KEY);
    expect(ok).toMatchObject({ ok: true, value: { question: 'Why?' } });
  });
});

describe('page addresses', () => {
  it('maps the store address to its API path', () => {
    expect(storeApiPath('/store')).toBe('/api/store');
    expect(storeApiPath('/s/friday-night')).toBe('/api/store/friday-night');
    expect(storeApiPath('/s/friday-night/')).toBe('/api/store/friday-night');
    expect(storeApiPath('/s/a%2Fb')).toBe('/api/store/a%2Fb');
    expect(storeApiPath('/s/%E0%A4%A')).toBe('/api/store/%25E0%25A4%25A');
  });

  it('reads the receipt token from the fragment only', () => {
    expect(receiptTokenFromHash('#t=rct_abc')).toBe('rct_abc');
    expect(receiptTokenFromHash('')).toBeNull();
    expect(receiptTokenFromHash(`#t=${'x'.repeat(201)}`)).toBeNull();
  });
});
