import type Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allEvents, latestCharge, purchase, startHarness, startWebhookReceiver, waitFor, type Harness } from './helpers';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

async function eventsSince(count: number): Promise<Stripe.Event[]> {
  return (await allEvents(h.stripe)).slice(count);
}

describe('dashboard.refund', () => {
  it('refunds as POST /v1/refunds would, with events from a dashboard request', async () => {
    const intentId = await purchase(h, { amount: 2500 });
    const before = (await allEvents(h.stripe)).length;
    const refund = await h.server.dashboard.refund({ paymentIntent: intentId, amount: 1000 });
    expect(refund).toMatchObject({ object: 'refund', amount: 1000, payment_intent: intentId, status: 'succeeded' });
    const events = await eventsSince(before);
    expect(events.map((e) => e.type)).toEqual(['refund.created', 'charge.refunded']);
    const [first, second] = events;
    expect(first?.request?.id).toMatch(/^req_/);
    expect(first?.request?.idempotency_key).toBeNull();
    expect(second?.request).toEqual(first?.request);
    if (typeof refund.balance_transaction !== 'string') throw new Error('no balance transaction');
    const txn = await h.stripe.balanceTransactions.retrieve(refund.balance_transaction);
    expect(txn).toMatchObject({ type: 'refund', amount: -1000, source: refund.id });

    const charge = await latestCharge(h.stripe, intentId);
    const rest = await h.server.dashboard.refund({ charge: charge.id });
    expect(rest.amount).toBe(1500);
    expect(await latestCharge(h.stripe, intentId)).toMatchObject({ refunded: true, amount_refunded: 2500 });
  });

  it('refunds a hot seat captured after the show', async () => {
    const intentId = await purchase(h, { captureMethod: 'manual' });
    await expect(h.server.dashboard.refund({ paymentIntent: intentId })).rejects.toThrow(/does not have a successful, captured charge/);
    await h.stripe.paymentIntents.capture(intentId);
    await expect(h.server.dashboard.refund({ paymentIntent: intentId })).resolves.toMatchObject({ amount: 2500 });
  });

  it('refuses bad input with a clear error and changes nothing', async () => {
    const intentId = await purchase(h);
    const charge = await latestCharge(h.stripe, intentId);
    const before = (await allEvents(h.stripe)).length;
    await expect(h.server.dashboard.refund({})).rejects.toThrow(/exactly one of paymentIntent or charge/);
    await expect(h.server.dashboard.refund({ paymentIntent: intentId, charge: charge.id })).rejects.toThrow(/exactly one/);
    await expect(h.server.dashboard.refund({ paymentIntent: intentId, amount: 0 })).rejects.toThrow(/positive whole number/);
    await expect(h.server.dashboard.refund({ paymentIntent: intentId, amount: 2501 })).rejects.toThrow(/greater than unrefunded amount/);
    await expect(h.server.dashboard.refund({ paymentIntent: 'pi_missing' })).rejects.toThrow(/No such payment_intent: 'pi_missing'/);
    expect(await eventsSince(before)).toEqual([]);
  });
});

describe('dashboard.dispute', () => {
  it('opens a chargeback on any captured purchase, with its money movement and events', async () => {
    const intentId = await purchase(h, { amount: 4000 });
    const before = (await allEvents(h.stripe)).length;
    const dispute = await h.server.dashboard.dispute({ paymentIntent: intentId, reason: 'product_not_received' });
    expect(dispute).toMatchObject({
      object: 'dispute',
      amount: 4000,
      reason: 'product_not_received',
      status: 'needs_response',
      payment_method_details: { card: { case_type: 'chargeback', network_reason_code: '13.1' } },
    });
    expect(dispute.balance_transactions.map((t) => t.net)).toEqual([-5500]);
    const events = await eventsSince(before);
    expect(events.map((e) => e.type)).toEqual(['charge.dispute.created', 'charge.dispute.funds_withdrawn']);
    expect(events[0]?.request?.id).toMatch(/^req_/);
    expect(events[0]?.request?.idempotency_key).toBeNull();
    expect(await h.stripe.disputes.retrieve(dispute.id)).toMatchObject({ status: 'needs_response' });
    expect((await latestCharge(h.stripe, intentId)).disputed).toBe(true);
  });

  it('disputes what is left after a partial refund; an inquiry by default reason general', async () => {
    const intentId = await purchase(h, { amount: 2500 });
    await h.stripe.refunds.create({ payment_intent: intentId, amount: 1000 });
    const charge = await latestCharge(h.stripe, intentId);
    const inquiry = await h.server.dashboard.dispute({ charge: charge.id, inquiry: true });
    expect(inquiry).toMatchObject({ amount: 1500, reason: 'general', status: 'warning_needs_response', balance_transactions: [] });
  });

  it('refuses an uncaptured, already disputed or fully refunded charge, changing nothing', async () => {
    const held = await purchase(h, { captureMethod: 'manual' });
    const disputed = await purchase(h);
    await h.server.dashboard.dispute({ paymentIntent: disputed });
    const refunded = await purchase(h);
    await h.stripe.refunds.create({ payment_intent: refunded });
    const before = (await allEvents(h.stripe)).length;
    await expect(h.server.dashboard.dispute({ paymentIntent: held })).rejects.toThrow(/has not been captured/);
    await expect(h.server.dashboard.dispute({ paymentIntent: disputed })).rejects.toThrow(/is already disputed \(dp_/);
    await expect(h.server.dashboard.dispute({ paymentIntent: refunded })).rejects.toThrow(/refunded in full/);
    await expect(h.server.dashboard.dispute({ charge: 'ch_missing' })).rejects.toThrow(/No such charge/);
    expect(await eventsSince(before)).toEqual([]);
    expect((await h.stripe.disputes.list()).data).toHaveLength(1);
  });

  it('delivers dispute events by webhook like any other', async () => {
    const receiver = await startWebhookReceiver();
    try {
      h.server.setWebhook({ url: receiver.url, secret: 'whsec_test' });
      const intentId = await purchase(h);
      await h.server.dashboard.dispute({ paymentIntent: intentId });
      await waitFor(() => receiver.received.some((r) => r.body.includes('"charge.dispute.funds_withdrawn"')), 'dispute webhook');
    } finally {
      await receiver.close();
    }
  });
});
