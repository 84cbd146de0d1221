import type Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkoutPageLocale, preferredLanguages } from '../../../src/main/core/payments/rehearsal/page-locale';
import { sessionParams, startHarness, type Harness } from './helpers';

/** The hosted checkout page speaks the session's `locale`, or the browser's when it is `auto` or not set, as Stripe's does. */
let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

function eurSession(overrides: Partial<Stripe.Checkout.SessionCreateParams> = {}): Promise<Stripe.Checkout.Session> {
  const base = sessionParams();
  const [item] = base.line_items ?? [];
  const lineItems = [{ ...item, price_data: { currency: 'eur', unit_amount: 2500, product_data: { name: 'Hot seat <b>Q&A</b>' } } }];
  return h.stripe.checkout.sessions.create({ ...base, line_items: lineItems, ...overrides });
}

async function pageText(url: string, acceptLanguage?: string): Promise<string> {
  const response = await fetch(url, { headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {} });
  expect(response.status).toBe(200);
  return response.text();
}

describe('checkout page language', () => {
  it('keeps the locale on the session, as Stripe returns it', async () => {
    const session = await eurSession({ locale: 'fr' });
    expect(session.locale).toBe('fr');
    expect((await h.stripe.checkout.sessions.retrieve(session.id)).locale).toBe('fr');
    expect((await eurSession()).locale).toBeNull();
    await expect(eurSession({ locale: 'xx' as Stripe.Checkout.SessionCreateParams.Locale })).rejects.toThrow(/Invalid locale/);
  });

  it('renders in French for a French session, money the French way, values still escaped', async () => {
    const session = await eurSession({ locale: 'fr' });
    const html = await pageText(session.url ?? '', 'en-US');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Paiement de répétition — aucun argent réel');
    expect(html).toContain('<label for="card-number">Numéro de carte</label>');
    expect(html).toContain('placeholder="MM / AA"');
    expect(html).toContain('Autoriser 25,00\u00a0€</button>');
    expect(html).toContain('Hot seat &lt;b&gt;Q&amp;A&lt;/b&gt;');
    expect(html).not.toMatch(/Card number|Total due/);
  });

  it('follows the browser when the session says auto or nothing', async () => {
    const auto = await eurSession({ locale: 'auto' });
    expect(await pageText(auto.url ?? '', 'fr-CA,fr;q=0.9,en;q=0.5')).toContain('<html lang="fr">');
    const unset = await eurSession();
    const english = await pageText(unset.url ?? '', 'de-DE,en;q=0.8');
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('<label for="card-expiry">Expiry (MM / YY)</label>');
    expect(english).toContain('Authorize €25.00</button>');
  });

  it('says a missing checkout in the browser’s language', async () => {
    const response = await fetch(`${h.server.url}/checkout/cs_test_missing`, { headers: { 'accept-language': 'fr' } });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Paiement introuvable');
  });

  it('reads Accept-Language by quality', () => {
    expect(preferredLanguages('en;q=0.5, fr-CH, de;q=0, *;q=0.1')).toEqual(['fr-CH', 'en']);
    expect(checkoutPageLocale(null, 'de, fr;q=0.8')).toBe('fr');
    expect(checkoutPageLocale('fr-CA', 'en')).toBe('fr');
    expect(checkoutPageLocale('ja', 'fr')).toBe('en');
  });
});
