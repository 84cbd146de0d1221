import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStudio, type TestStudio } from '../../support/studio-harness';
import { localizeError } from '../../../src/shared/i18n/localize-error';
import { AppErrorShape } from '../../../src/shared/result';

/** Bad orders get a clear, specific error and change nothing: no purchase, no Stripe session. */
let t: TestStudio;
let tipId = '';
let seatId = '';
beforeAll(async () => {
  t = await startTestStudio({ webhooks: false });
  const show = await t.host.command('show.create', { title: 'Bad Input Show', slug: 'bad-input', currency: 'usd' });
  tipId = (await t.host.command('offer.create', { showId: show.id, offer: { kind: 'tip', title: 'Tip', minAmount: 200, maxAmount: 1000, messageMaxLength: 10 } })).id;
  seatId = (await t.host.command('offer.create', {
    showId: show.id,
    offer: { kind: 'hotseat', title: 'Seat', format: 'chat', price: 900, minutes: 2, perShow: 1, perBuyer: 1, questionRequired: true },
  })).id;
  await t.host.command('show.setStatus', { showId: show.id, status: 'live' });
});
afterAll(async () => {
  await t.close();
});

async function post(body: string, contentType = 'application/json') {
  const response = await fetch(`${t.studio.url}/api/checkout`, { method: 'POST', headers: { 'content-type': contentType }, body });
  return { status: response.status, error: ((await response.json()) as { error: { code: string; message: string; details?: Record<string, string> } }).error };
}
const order = (fields: Record<string, unknown>) => post(JSON.stringify({ buyerName: 'Eve', buyerKey: 'buyer-eve-00000000000', ...fields }));

describe('POST /api/checkout refuses bad orders clearly', () => {
  it.each([
    ['a tip under the minimum', () => order({ offerId: tipId, amount: 100 }), 400, /minimum tip is \$2\.00/i],
    ['a tip over the maximum', () => order({ offerId: tipId, amount: 5000 }), 400, /\$10\.00/],
    ['a message over the offer’s limit', () => order({ offerId: tipId, amount: 300, message: 'x'.repeat(11) }), 400, /10/],
    ['a price sent for a fixed-price seat', () => order({ offerId: seatId, amount: 1, question: 'Hi?' }), 400, /price/i],
    ['a seat without its required question', () => order({ offerId: seatId }), 400, /question/i],
    ['an unknown offer', () => order({ offerId: 'off_doesnotexist1', amount: 300 }), 404, /offer/i],
    ['a malformed id', () => order({ offerId: "1' OR 1=1 --", amount: 300 }), 400, /offerId/],
    ['invalid JSON', () => post('{"offerId": '), 400, /not valid JSON/],
    ['a non-JSON body', () => post('offerId=x', 'application/x-www-form-urlencoded'), 400, /JSON/],
    ['an oversized body', () => post(JSON.stringify({ pad: 'x'.repeat(20_000) })), 413, /too large/],
    ['a JSON array', () => post('[1,2,3]'), 400, /must be an object/i],
  ])('%s', async (_label, send, status, message) => {
    const { status: got, error } = await send();
    expect(got, error.message).toBe(status);
    expect(error.message).toMatch(message);
  });

  it('left no purchase behind and opened no checkout session', async () => {
    const snapshot = await t.host.command('studio.snapshot', {});
    expect(snapshot.purchases).toHaveLength(0);
    const sessions = await t.stripe.checkout.sessions.list({ limit: 10 });
    expect(sessions.data).toHaveLength(0);
  });

  it('answers unknown routes and bad receipt tokens with JSON errors', async () => {
    const missing = await fetch(`${t.studio.url}/api/nope`);
    expect(missing.status).toBe(404);
    const receipt = await fetch(`${t.studio.url}/api/receipt`, { headers: { 'x-receipt-token': 'hsr_forged' } });
    expect([401, 404]).toContain(receipt.status);
    expect(((await receipt.json()) as { error: { message: string } }).error.message.length).toBeGreaterThan(10);
  });
});

describe('the store’s and receipt’s errors travel as reasons, worded in the page’s language', () => {
  it('a refused order over HTTP: the reason and each field’s, in French with French money', async () => {
    const { status, error } = await order({ offerId: tipId, amount: 5000 });
    expect(status).toBe(400);
    const parsed = AppErrorShape.parse(error);
    expect(parsed.reason).toEqual({ id: 'error.purchases.tipMax', values: { amount: { amount: 1000, currency: 'usd' } } });
    const french = localizeError(parsed, 'fr');
    expect(french.message).toBe('Le pourboire maximum est de 10,00\u00a0$US');
    expect(french.details).toEqual({ amount: 'doit être de 10,00\u00a0$US au plus' });
  });

  it('the HTTP layer’s own refusals (bad JSON, too large, nothing here), in French', async () => {
    const badJson = await post('{"offerId": ');
    expect(badJson.status).toBe(400);
    const invalid = AppErrorShape.parse(badJson.error);
    expect(invalid.reason).toEqual({ id: 'error.http.invalidJson' });
    expect(localizeError(invalid, 'fr').message).toBe('Le corps de la requête n’est pas du JSON valide.');
    const tooLarge = AppErrorShape.parse((await post(JSON.stringify({ pad: 'x'.repeat(20_000) }))).error);
    expect(localizeError(tooLarge, 'fr').message).toBe('Le corps de la requête est trop volumineux.');
    const missing = await fetch(`${t.studio.url}/api/nope`);
    const nothing = AppErrorShape.parse(((await missing.json()) as { error: unknown }).error);
    expect(nothing).toEqual({ code: 'not_found', message: 'There is nothing here.', reason: { id: 'error.http.nothingHere' } });
    expect(localizeError(nothing, 'fr').message).toBe('Il n’y a rien ici.');
  });

  it('a receipt asked for without its token', async () => {
    const response = await fetch(`${t.studio.url}/api/receipt`);
    expect(response.status).toBe(401);
    const error = AppErrorShape.parse(((await response.json()) as { error: unknown }).error);
    expect(error).toEqual({
      code: 'unauthorized',
      message: 'This receipt link is incomplete. Open the full link from your confirmation.',
      reason: { id: 'error.purchases.receiptLinkIncomplete' },
    });
    expect(localizeError(error, 'fr').message).toBe('Ce lien de reçu est incomplet. Ouvrez le lien complet de votre confirmation.');
  });
});
