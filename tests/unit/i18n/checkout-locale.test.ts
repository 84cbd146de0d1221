import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postCheckout, startTestStudio, type TestStudio } from '../../support/studio-harness';

/** The store page's language rides with the checkout: it is kept on the purchase and given to Stripe Checkout. */
let t: TestStudio;
let tipId: string;

beforeAll(async () => {
  t = await startTestStudio({ webhooks: false });
  const show = await t.host.command('show.create', { title: 'Soirée live', slug: 'soiree-live', currency: 'eur' });
  tipId = (await t.host.command('offer.create', { showId: show.id, offer: { kind: 'tip', title: 'Pourboire', minAmount: 200, maxAmount: 5000, messageMaxLength: 200 } })).id;
  await t.host.command('show.setStatus', { showId: show.id, status: 'live' });
});
afterAll(() => t?.close());

const sessionOf = async (purchaseId: string) => (await t.stripe.checkout.sessions.list({ limit: 100 })).data.find((s) => s.client_reference_id === purchaseId);

describe('the buyer’s language at checkout', () => {
  it('keeps a French store page’s language on the purchase and opens Stripe Checkout in French', async () => {
    const { status, body } = await postCheckout(t.studio.url, { offerId: tipId, buyerName: 'Léa', amount: 500, locale: 'fr' });
    expect(status, body.error?.message).toBe(201);
    expect(t.host.purchase(body.purchaseId)?.buyerLocale).toBe('fr');
    expect((await sessionOf(body.purchaseId))?.locale).toBe('fr');
    // The line item the core writes speaks French too (the rehearsal checkout page shows it).
    const page = await (await fetch(body.checkoutUrl)).text();
    expect(page).toContain('Un pourboire pour Soirée live');
    expect(page).not.toContain('A tip for');
  });

  it('speaks English to a store page that does not say', async () => {
    const { body } = await postCheckout(t.studio.url, { offerId: tipId, buyerName: 'Ann', amount: 500 });
    expect(t.host.purchase(body.purchaseId)?.buyerLocale).toBe('en');
    expect(await (await fetch(body.checkoutUrl)).text()).toContain('A tip for Soirée live');
  });

  it('refuses a language Hotseat does not speak, naming the field, and reserves nothing', async () => {
    const { status, body } = await postCheckout(t.studio.url, { offerId: tipId, buyerName: 'Kai', amount: 500, locale: 'tlh' });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'bad_request' });
    expect(JSON.stringify(body.error)).toContain('locale');
  });
});
