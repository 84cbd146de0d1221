import { afterEach, describe, expect, it } from 'vitest';
import type { CheckoutResponse, ReceiptView, StoreView } from '../../../src/shared/store-api';
import { payOnCheckoutPage, postCheckout, startTestStudio, type TestStudio } from '../../support/studio-harness';
import { waitFor } from '../../support/wait-for';

/**
 * The product's core loop through real parts: HTTP checkout, stripe-node over HTTP against the
 * Stripe-compatible server, webhook or polling ingest, SQLite, the host's WebSocket, the money worker.
 */
let running: TestStudio | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

async function liveShow(t: TestStudio) {
  const show = await t.host.command('show.create', { title: 'Friday Night Live', slug: 'friday-night', currency: 'usd' });
  const seat = await t.host.command('offer.create', {
    showId: show.id,
    offer: { kind: 'hotseat', title: 'Hot seat Q&A', format: 'qa', price: 2500, minutes: 5, perShow: 3, perBuyer: 2, questionRequired: true },
  });
  const tip = await t.host.command('offer.create', {
    showId: show.id,
    offer: { kind: 'tip', title: 'Tip', minAmount: 200, maxAmount: 50_000, messageMaxLength: 140, holdMessagesForReview: true },
  });
  const merch = await t.host.command('offer.create', {
    showId: show.id,
    offer: {
      kind: 'merch',
      title: 'Tour T-shirt',
      price: 3000,
      variants: [
        { id: 'm', label: 'M', stock: 2 },
        { id: 'l', label: 'L', stock: 1 },
      ],
      shippingCountries: ['US', 'GB'],
    },
  });
  await t.host.command('show.setStatus', { showId: show.id, status: 'live' });
  return { show, seat, tip, merch };
}

async function checkout(t: TestStudio, fields: Record<string, unknown>): Promise<CheckoutResponse> {
  const { status, body } = await postCheckout(t.studio.url, fields);
  expect(status, body.error?.message).toBe(201);
  return body;
}

async function receipt(t: TestStudio, receiptUrl: string): Promise<ReceiptView> {
  const token = new URL(receiptUrl).hash.replace('#t=', '');
  const response = await fetch(`${t.studio.url}/api/receipt`, { headers: { 'x-receipt-token': token } });
  expect(response.status).toBe(200);
  return (await response.json()) as ReceiptView;
}

async function intentOf(t: TestStudio, purchaseId: string) {
  const sessions = await t.stripe.checkout.sessions.list({ limit: 100 });
  const session = sessions.data.find((s) => s.client_reference_id === purchaseId);
  if (!session?.payment_intent) throw new Error(`no paid session for ${purchaseId}`);
  return t.stripe.paymentIntents.retrieve(session.payment_intent as string);
}

describe('paid hot seats: a rejected buyer pays nothing, an accepted one stays authorized', () => {
  it('runs purchase → review → reject/accept with webhooks, and the Stripe ledger agrees', async () => {
    const t = (running = await startTestStudio({ webhooks: true }));
    const { seat } = await liveShow(t);

    const first = await checkout(t, { offerId: seat.id, buyerName: 'Maya', question: 'What inspired the album?' });
    expect((await payOnCheckoutPage(first.checkoutUrl)).status).toBe(303);
    const pending = await waitFor('seat in review', () => t.host.purchase(first.purchaseId)?.status === 'pending_review' && t.host.purchase(first.purchaseId));
    expect(pending).toMatchObject({ buyerName: 'Maya', question: 'What inspired the album?', amount: 2500, payment: 'authorized', format: 'qa' });
    expect((await intentOf(t, first.purchaseId)).status).toBe('requires_capture');

    const rejected = await t.host.command('queue.reject', { purchaseId: first.purchaseId, expectedVersion: pending.version });
    expect(rejected.status).toBe('rejected');
    await waitFor('authorization cancelled', () => t.host.purchase(first.purchaseId)?.payment === 'canceled');
    const cancelled = await intentOf(t, first.purchaseId);
    expect(cancelled.status).toBe('canceled');
    expect(cancelled.amount_received).toBe(0);
    const rejectedReceipt = await receipt(t, first.receiptUrl);
    expect(rejectedReceipt).toMatchObject({ status: 'rejected', charged: false });

    // A second click on the same seat (here: accept after reject) is refused and moves no money.
    const again = await t.host.client.command('queue.accept', { purchaseId: first.purchaseId });
    expect(again.ok).toBe(false);

    const second = await checkout(t, { offerId: seat.id, buyerName: 'Leo', question: 'Favourite song?' });
    await payOnCheckoutPage(second.checkoutUrl);
    await waitFor('second seat in review', () => t.host.purchase(second.purchaseId)?.status === 'pending_review');
    const accepted = await t.host.command('queue.accept', { purchaseId: second.purchaseId });
    expect(accepted).toMatchObject({ status: 'accepted', payment: 'authorized' });
    expect((await intentOf(t, second.purchaseId)).status).toBe('requires_capture');
    expect(await receipt(t, second.receiptUrl)).toMatchObject({ status: 'accepted', charged: false });

    // Nothing was charged: Stripe saw no capture at all.
    const captures = await t.stripe.events.list({ types: ['charge.captured', 'payment_intent.succeeded'], limit: 100 });
    expect(captures.data).toHaveLength(0);
  });

  it('finds payments by polling the Events API when no webhook can reach the studio', async () => {
    const t = (running = await startTestStudio({ webhooks: false, pollIntervalMs: 50 }));
    const { seat } = await liveShow(t);
    const order = await checkout(t, { offerId: seat.id, buyerName: 'Ana', question: 'Hello?' });
    await payOnCheckoutPage(order.checkoutUrl);
    await waitFor('seat in review by polling', () => t.host.purchase(order.purchaseId)?.status === 'pending_review');
  });

  it('keeps a reject owed to Stripe through Stripe outages and cancels exactly once', async () => {
    const t = (running = await startTestStudio({ webhooks: true }));
    const { seat } = await liveShow(t);
    const order = await checkout(t, { offerId: seat.id, buyerName: 'Kim', question: 'Why?' });
    await payOnCheckoutPage(order.checkoutUrl);
    await waitFor('in review', () => t.host.purchase(order.purchaseId)?.status === 'pending_review');

    t.stripeServer.faults.failNext({ kind: 'http500', method: 'POST', pathPrefix: '/v1/payment_intents/', times: 4 });
    await t.host.command('queue.reject', { purchaseId: order.purchaseId });
    await waitFor('cancelled after the outage', () => t.host.purchase(order.purchaseId)?.payment === 'canceled', { timeoutMs: 15_000 });
    const intent = await intentOf(t, order.purchaseId);
    expect(intent.status).toBe('canceled');
    const events = await t.stripe.events.list({ type: 'payment_intent.canceled', limit: 100 });
    expect(events.data.filter((e) => (e.data.object as { id: string }).id === intent.id)).toHaveLength(1);
  });
});

describe('tips, gifts and merch are charged at checkout', () => {
  it('holds a tip message for review and decrements merch stock, with the shipping address kept', async () => {
    const t = (running = await startTestStudio({ webhooks: true }));
    const { tip, merch } = await liveShow(t);

    const tipOrder = await checkout(t, { offerId: tip.id, buyerName: 'Sam', amount: 500, message: 'Love the show!' });
    await payOnCheckoutPage(tipOrder.checkoutUrl);
    const paidTip = await waitFor('tip paid', () => t.host.purchase(tipOrder.purchaseId)?.status === 'paid' && t.host.purchase(tipOrder.purchaseId));
    expect(paidTip).toMatchObject({ amount: 500, message: 'Love the show!', messageStatus: 'held', payment: 'captured' });
    const approved = await t.host.command('message.approve', { purchaseId: tipOrder.purchaseId });
    expect(approved.messageStatus).toBe('approved');

    const before = (await (await fetch(`${t.studio.url}/api/store`)).json()) as StoreView;
    const shirt = before.offers.find((o) => o.id === merch.id);
    expect(shirt?.kind === 'merch' && shirt.variants.find((v) => v.id === 'l')?.available).toBe(1);

    const shirtOrder = await checkout(t, { offerId: merch.id, buyerName: 'Jo', variantId: 'l' });
    const shipping = { shipping_name: 'Jo Doe', shipping_country: 'GB', shipping_line1: '1 High St', shipping_city: 'London', shipping_postal_code: 'N1 1AA' };
    expect((await payOnCheckoutPage(shirtOrder.checkoutUrl, { shipping })).status).toBe(303);
    const paidShirt = await waitFor('shirt paid', () => t.host.purchase(shirtOrder.purchaseId)?.status === 'paid' && t.host.purchase(shirtOrder.purchaseId));
    expect(paidShirt.shipping).toMatchObject({ name: 'Jo Doe', line1: '1 High St', city: 'London', postalCode: 'N1 1AA', country: 'GB' });
    expect(paidShirt.variantLabel).toBe('L');

    const after = (await (await fetch(`${t.studio.url}/api/store`)).json()) as StoreView;
    const shirtAfter = after.offers.find((o) => o.id === merch.id);
    expect(shirtAfter?.kind === 'merch' && shirtAfter.variants.find((v) => v.id === 'l')?.available).toBe(0);
    const soldOut = await postCheckout(t.studio.url, { offerId: merch.id, buyerName: 'Late', variantId: 'l' });
    expect(soldOut.status).toBe(409);
    expect(soldOut.body.error?.code).toBe('sold_out');
  });
});
