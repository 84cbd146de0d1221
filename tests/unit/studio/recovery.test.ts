import { afterEach, describe, expect, it } from 'vitest';
import type { CheckoutResponse, StoreView } from '../../../src/shared/store-api';
import { payOnCheckoutPage, postCheckout, startTestStudio, type TestStudio } from '../../support/studio-harness';
import { waitFor } from '../../support/wait-for';

/** Nothing is lost while the studio is down, abandoned checkouts give stock back, refunds happen once. */
let running: TestStudio | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

async function setUp(t: TestStudio) {
  const show = await t.host.command('show.create', { title: 'Late Show', slug: 'late-show', currency: 'eur' });
  const seat = await t.host.command('offer.create', {
    showId: show.id,
    offer: { kind: 'hotseat', title: 'Selfie', format: 'selfie', price: 1000, minutes: 1, perShow: 1, perBuyer: 1 },
  });
  const tip = await t.host.command('offer.create', { showId: show.id, offer: { kind: 'tip', title: 'Tip', minAmount: 100, maxAmount: 10_000 } });
  await t.host.command('show.setStatus', { showId: show.id, status: 'live' });
  return { show, seat, tip };
}

async function order(t: TestStudio, fields: Record<string, unknown>): Promise<CheckoutResponse> {
  const { status, body } = await postCheckout(t.studio.url, fields);
  expect(status, body.error?.message).toBe(201);
  return body;
}

const remainingSeats = async (t: TestStudio, offerId: string) => {
  const view = (await (await fetch(`${t.studio.url}/api/store`)).json()) as StoreView;
  const offer = view.offers.find((o) => o.id === offerId);
  return offer?.kind === 'hotseat' ? offer.remaining : -1;
};

describe('recovery', () => {
  it('catches up on a payment made while the studio was down (no webhook can reach it then)', async () => {
    const t = (running = await startTestStudio({ webhooks: true }));
    const { seat } = await setUp(t);
    const bought = await order(t, { offerId: seat.id, buyerName: 'Nia' });
    await t.stop();
    expect((await payOnCheckoutPage(bought.checkoutUrl)).status).toBe(303);
    await t.start();
    const seen = await waitFor('payment found after restart', async () => {
      const snapshot = await t.host.command('studio.snapshot', {});
      return snapshot.purchases.find((p) => p.id === bought.purchaseId && p.status === 'pending_review');
    });
    expect(seen).toMatchObject({ buyerName: 'Nia', payment: 'authorized' });
  });

  it('gives a seat back when its checkout expires, and sells it again', async () => {
    const t = (running = await startTestStudio({ webhooks: true }));
    const { seat } = await setUp(t);
    const first = await order(t, { offerId: seat.id, buyerName: 'Abandoner' });
    expect(await remainingSeats(t, seat.id)).toBe(0);
    expect((await postCheckout(t.studio.url, { offerId: seat.id, buyerName: 'Second' })).status).toBe(409);

    const sessions = await t.stripe.checkout.sessions.list({ limit: 10 });
    const session = sessions.data.find((s) => s.client_reference_id === first.purchaseId);
    await t.stripe.checkout.sessions.expire(session?.id ?? '');
    await waitFor('reservation released', () => t.host.purchase(first.purchaseId)?.status === 'expired');
    expect(await remainingSeats(t, seat.id)).toBe(1);
    await order(t, { offerId: seat.id, buyerName: 'Second' });
  });

  it('refunds a tip exactly once, even when the host clicks twice', async () => {
    const t = (running = await startTestStudio({ webhooks: true }));
    const { tip } = await setUp(t);
    const bought = await order(t, { offerId: tip.id, buyerName: 'Ola', amount: 700 });
    await payOnCheckoutPage(bought.checkoutUrl);
    const paid = await waitFor('tip paid', () => t.host.purchase(bought.purchaseId)?.status === 'paid' && t.host.purchase(bought.purchaseId));

    const [a, b] = await Promise.all([
      t.host.client.command('purchase.refund', { purchaseId: paid.id, expectedVersion: paid.version }),
      t.host.client.command('purchase.refund', { purchaseId: paid.id, expectedVersion: paid.version }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    await waitFor('refunded', () => t.host.purchase(paid.id)?.status === 'refunded');
    const refunds = await t.stripe.events.list({ type: 'refund.created', limit: 100 });
    expect(refunds.data).toHaveLength(1);
    expect((refunds.data[0]?.data.object as { amount: number }).amount).toBe(700);
  });
});
