import type Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allEvents, DECLINED, sessionParams, startHarness, VISA, type Harness } from './helpers';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

async function paidIntent(captureMethod: 'manual' | 'automatic', amount = 2500): Promise<string> {
  const session = await h.stripe.checkout.sessions.create(
    sessionParams({
      payment_intent_data: { capture_method: captureMethod },
      line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: amount, product_data: { name: 'Item' } } }],
    }),
  );
  const result = await h.server.payCheckoutSession(session.id, { card: VISA, email: 'fan@example.com' });
  if (!result.ok) throw new Error(result.message);
  const paid = await h.stripe.checkout.sessions.retrieve(session.id);
  if (typeof paid.payment_intent !== 'string') throw new Error('no payment intent');
  return paid.payment_intent;
}

async function typesSince(count: number): Promise<string[]> {
  return (await allEvents(h.stripe)).slice(count).map((e) => e.type);
}

function chargeOf(intent: Stripe.PaymentIntent): Stripe.Charge {
  if (typeof intent.latest_charge !== 'object' || intent.latest_charge === null) throw new Error('latest_charge not expanded');
  return intent.latest_charge;
}

describe('capture', () => {
  it('captures an authorization in full: succeeded, charge captured, events emitted', async () => {
    const id = await paidIntent('manual');
    const before = (await allEvents(h.stripe)).length;
    const captured = await h.stripe.paymentIntents.capture(id);
    expect(captured.status).toBe('succeeded');
    expect(captured.amount_received).toBe(2500);
    expect(captured.amount_capturable).toBe(0);
    const charge = chargeOf(await h.stripe.paymentIntents.retrieve(id, { expand: ['latest_charge'] }));
    expect(charge).toMatchObject({ captured: true, amount_captured: 2500, amount_refunded: 0, refunded: false });
    expect(await typesSince(before)).toEqual(['charge.captured', 'payment_intent.succeeded']);
  });

  it('captures part of an authorization and releases the rest', async () => {
    const id = await paidIntent('manual');
    const captured = await h.stripe.paymentIntents.capture(id, { amount_to_capture: 1000 });
    expect(captured.amount_received).toBe(1000);
    const charge = chargeOf(await h.stripe.paymentIntents.retrieve(id, { expand: ['latest_charge'] }));
    expect(charge).toMatchObject({ amount_captured: 1000, amount_refunded: 1500, refunded: false });
  });

  it('refuses to capture more than authorized, and changes nothing', async () => {
    const id = await paidIntent('manual');
    await expect(h.stripe.paymentIntents.capture(id, { amount_to_capture: 2501 })).rejects.toMatchObject({
      statusCode: 400,
      param: 'amount_to_capture',
    });
    expect((await h.stripe.paymentIntents.retrieve(id)).status).toBe('requires_capture');
  });

  it('refuses a second capture with payment_intent_unexpected_state', async () => {
    const id = await paidIntent('manual');
    await h.stripe.paymentIntents.capture(id);
    await expect(h.stripe.paymentIntents.capture(id)).rejects.toMatchObject({
      statusCode: 400,
      code: 'payment_intent_unexpected_state',
      message:
        'This PaymentIntent could not be captured because it has a status of succeeded. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.',
    });
    expect((await allEvents(h.stripe)).filter((e) => e.type === 'charge.captured')).toHaveLength(1);
  });
});

describe('cancel', () => {
  it('cancels an authorization: the hold is released and the buyer pays nothing', async () => {
    const id = await paidIntent('manual');
    const before = (await allEvents(h.stripe)).length;
    const canceled = await h.stripe.paymentIntents.cancel(id, { cancellation_reason: 'abandoned' });
    expect(canceled).toMatchObject({ status: 'canceled', cancellation_reason: 'abandoned', amount_capturable: 0, amount_received: 0 });
    expect(canceled.canceled_at).toEqual(expect.any(Number));
    const charge = chargeOf(await h.stripe.paymentIntents.retrieve(id, { expand: ['latest_charge'] }));
    expect(charge).toMatchObject({ captured: false, amount_captured: 0, refunded: true, amount_refunded: 2500 });
    expect(await typesSince(before)).toEqual(['charge.refunded', 'payment_intent.canceled']);
  });

  it('refuses to cancel after capture, with the real message', async () => {
    const id = await paidIntent('manual');
    await h.stripe.paymentIntents.capture(id);
    await expect(h.stripe.paymentIntents.cancel(id)).rejects.toMatchObject({
      statusCode: 400,
      code: 'payment_intent_unexpected_state',
      message:
        'You cannot cancel this PaymentIntent because it has a status of succeeded. Only a PaymentIntent with one of the following statuses may be canceled: requires_payment_method, requires_capture, requires_confirmation, requires_action, or processing.',
    });
  });

  it('refuses to cancel twice and to capture a canceled intent', async () => {
    const id = await paidIntent('manual');
    await h.stripe.paymentIntents.cancel(id);
    await expect(h.stripe.paymentIntents.cancel(id)).rejects.toMatchObject({ code: 'payment_intent_unexpected_state' });
    await expect(h.stripe.paymentIntents.capture(id)).rejects.toMatchObject({ code: 'payment_intent_unexpected_state' });
  });

  it('refuses to cancel the PaymentIntent of a still-open checkout session', async () => {
    const session = await h.stripe.checkout.sessions.create(sessionParams());
    await h.server.payCheckoutSession(session.id, { card: DECLINED, email: 'fan@example.com' });
    const open = await h.stripe.checkout.sessions.retrieve(session.id);
    if (typeof open.payment_intent !== 'string') throw new Error('no payment intent');
    await expect(h.stripe.paymentIntents.cancel(open.payment_intent)).rejects.toMatchObject({ code: 'payment_intent_unexpected_state' });
  });

  it('answers 404 for an unknown PaymentIntent', async () => {
    await expect(h.stripe.paymentIntents.cancel('pi_missing')).rejects.toMatchObject({ statusCode: 404, code: 'resource_missing', param: 'intent' });
  });
});

describe('refunds', () => {
  it('refunds part, then the rest, then refuses more', async () => {
    const id = await paidIntent('automatic');
    const before = (await allEvents(h.stripe)).length;
    const first = await h.stripe.refunds.create({ payment_intent: id, amount: 1000, reason: 'requested_by_customer', metadata: { why: 'late' } });
    expect(first).toMatchObject({ object: 'refund', amount: 1000, status: 'succeeded', payment_intent: id, reason: 'requested_by_customer', metadata: { why: 'late' } });
    let charge = chargeOf(await h.stripe.paymentIntents.retrieve(id, { expand: ['latest_charge'] }));
    expect(charge).toMatchObject({ amount_refunded: 1000, refunded: false });
    expect(first.charge).toBe(charge.id);

    const rest = await h.stripe.refunds.create({ payment_intent: id });
    expect(rest.amount).toBe(1500);
    charge = chargeOf(await h.stripe.paymentIntents.retrieve(id, { expand: ['latest_charge'] }));
    expect(charge).toMatchObject({ amount_refunded: 2500, refunded: true });
    expect(charge.refunds?.data.map((r) => r.id)).toEqual([rest.id, first.id]);

    await expect(h.stripe.refunds.create({ payment_intent: id, amount: 1 })).rejects.toMatchObject({ code: 'charge_already_refunded' });
    expect(await typesSince(before)).toEqual(['refund.created', 'charge.refunded', 'refund.created', 'charge.refunded']);
  });

  it('refuses an over-refund and changes nothing', async () => {
    const id = await paidIntent('automatic');
    await expect(h.stripe.refunds.create({ payment_intent: id, amount: 2501 })).rejects.toMatchObject({
      statusCode: 400,
      param: 'amount',
      message: 'Refund amount ($25.01) is greater than unrefunded amount on charge ($25.00)',
    });
    const charge = chargeOf(await h.stripe.paymentIntents.retrieve(id, { expand: ['latest_charge'] }));
    expect(charge.amount_refunded).toBe(0);
  });

  it('refunds only what was captured after a partial capture', async () => {
    const id = await paidIntent('manual');
    await h.stripe.paymentIntents.capture(id, { amount_to_capture: 1000 });
    await expect(h.stripe.refunds.create({ payment_intent: id, amount: 1001 })).rejects.toMatchObject({ param: 'amount' });
    const refund = await h.stripe.refunds.create({ payment_intent: id });
    expect(refund.amount).toBe(1000);
    const charge = chargeOf(await h.stripe.paymentIntents.retrieve(id, { expand: ['latest_charge'] }));
    expect(charge).toMatchObject({ amount_refunded: 2500, refunded: true });
  });

  it('refuses to refund an authorization that was never captured', async () => {
    const id = await paidIntent('manual');
    await expect(h.stripe.refunds.create({ payment_intent: id })).rejects.toMatchObject({ statusCode: 400, code: 'charge_not_refundable' });
  });

  it('refunds by charge id as well', async () => {
    const id = await paidIntent('automatic');
    const charge = chargeOf(await h.stripe.paymentIntents.retrieve(id, { expand: ['latest_charge'] }));
    const refund = await h.stripe.refunds.create({ charge: charge.id, amount: 500 });
    expect(refund).toMatchObject({ charge: charge.id, payment_intent: id, amount: 500 });
  });

  it('needs a payment_intent or a charge', async () => {
    await expect(h.stripe.refunds.create({})).rejects.toMatchObject({ statusCode: 400, param: 'payment_intent' });
  });
});
