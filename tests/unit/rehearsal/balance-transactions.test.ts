import type Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestCharge, manualClock, purchase, sessionParams, startHarness, VISA, type Harness } from './helpers';

let h: Harness;
let clock: ReturnType<typeof manualClock>;
beforeEach(async () => {
  clock = manualClock();
  h = await startHarness({ now: clock.now, sweepIntervalMs: 3_600_000 });
});
afterEach(async () => {
  await h.close();
});

const TWO_DAYS = 2 * 24 * 3600;

function txnId(value: string | Stripe.BalanceTransaction | null): string {
  if (typeof value !== 'string') throw new Error(`expected a balance transaction id, got ${JSON.stringify(value)}`);
  return value;
}

describe('balance transactions of charges', () => {
  it('records a captured charge with the fee, net and settlement date', async () => {
    const intentId = await purchase(h, { nowMs: clock.now(), amount: 2500, description: 'Hot seat with Ada' });
    const charge = await latestCharge(h.stripe, intentId);
    const txn = await h.stripe.balanceTransactions.retrieve(txnId(charge.balance_transaction));
    expect(txn).toMatchObject({
      object: 'balance_transaction',
      type: 'charge',
      reporting_category: 'charge',
      amount: 2500,
      fee: 103,
      net: 2397,
      currency: 'usd',
      source: charge.id,
      status: 'pending',
      exchange_rate: null,
      description: 'Hot seat with Ada',
      balance_type: 'payments',
      fee_details: [{ amount: 103, application: null, currency: 'usd', description: 'Stripe processing fees', type: 'stripe_fee' }],
    });
    expect(txn.id).toMatch(/^txn_/);
    expect(txn.created).toBe(Math.floor(clock.now() / 1000));
    expect(txn.available_on).toBe(txn.created + TWO_DAYS);
  });

  it('uses the currency of the charge for the fee', async () => {
    const eur = await latestCharge(h.stripe, await purchase(h, { nowMs: clock.now(), amount: 2000, currency: 'eur' }));
    const gbp = await latestCharge(h.stripe, await purchase(h, { nowMs: clock.now(), amount: 2000, currency: 'gbp' }));
    expect(await h.stripe.balanceTransactions.retrieve(txnId(eur.balance_transaction))).toMatchObject({ fee: 55, net: 1945, currency: 'eur' });
    expect(await h.stripe.balanceTransactions.retrieve(txnId(gbp.balance_transaction))).toMatchObject({ fee: 50, net: 1950, currency: 'gbp' });
  });

  it('has none for an authorization until it is captured, then one for the captured amount', async () => {
    const intentId = await purchase(h, { nowMs: clock.now(), captureMethod: 'manual', amount: 2500 });
    expect((await latestCharge(h.stripe, intentId)).balance_transaction).toBeNull();
    expect((await h.stripe.balanceTransactions.list()).data).toEqual([]);
    clock.advance(3600_000);
    await h.stripe.paymentIntents.capture(intentId, { amount_to_capture: 1000 });
    const charge = await latestCharge(h.stripe, intentId);
    const txn = await h.stripe.balanceTransactions.retrieve(txnId(charge.balance_transaction));
    expect(txn).toMatchObject({ type: 'charge', amount: 1000, fee: 59, net: 941, source: charge.id });
    expect(txn.created).toBe(Math.floor(clock.now() / 1000));
  });

  it('has none for a declined or canceled payment', async () => {
    const session = await h.stripe.checkout.sessions.create(sessionParams({}, clock.now()));
    await h.server.payCheckoutSession(session.id, { card: '4000000000000002', email: 'fan@example.com' });
    await h.server.payCheckoutSession(session.id, { card: VISA, email: 'fan@example.com' });
    const paid = await h.stripe.checkout.sessions.retrieve(session.id);
    if (typeof paid.payment_intent !== 'string') throw new Error('no payment intent');
    await h.stripe.paymentIntents.cancel(paid.payment_intent);
    expect((await h.stripe.balanceTransactions.list()).data).toEqual([]);
  });
});

describe('balance transactions of refunds', () => {
  it('records each refund as money out with no fee, and the refund points at it', async () => {
    const intentId = await purchase(h, { nowMs: clock.now(), amount: 2500 });
    const refund = await h.stripe.refunds.create({ payment_intent: intentId, amount: 1000 });
    const txn = await h.stripe.balanceTransactions.retrieve(txnId(refund.balance_transaction));
    expect(txn).toMatchObject({ type: 'refund', reporting_category: 'refund', amount: -1000, fee: 0, net: -1000, fee_details: [], source: refund.id });
    const rest = await h.stripe.refunds.create({ payment_intent: intentId });
    const restTxn = await h.stripe.balanceTransactions.retrieve(txnId(rest.balance_transaction));
    expect(restTxn).toMatchObject({ amount: -1500, net: -1500, source: rest.id });
  });

  it('refunds nothing and records nothing on a refused refund', async () => {
    const intentId = await purchase(h, { nowMs: clock.now(), amount: 2500 });
    await expect(h.stripe.refunds.create({ payment_intent: intentId, amount: 2501 })).rejects.toMatchObject({ param: 'amount' });
    expect((await h.stripe.balanceTransactions.list()).data.map((t) => t.type)).toEqual(['charge']);
  });
});

describe('expansion', () => {
  it('expands the balance transaction through a session, an intent, a charge and a refund', async () => {
    const intentId = await purchase(h, { nowMs: clock.now() });
    const [session] = (await h.stripe.checkout.sessions.list({ payment_intent: intentId })).data;
    const deep = await h.stripe.checkout.sessions.retrieve(session?.id ?? '', { expand: ['payment_intent.latest_charge.balance_transaction'] });
    const intent = deep.payment_intent as Stripe.PaymentIntent;
    const charge = intent.latest_charge as Stripe.Charge;
    const txn = charge.balance_transaction as Stripe.BalanceTransaction;
    expect(txn).toMatchObject({ object: 'balance_transaction', source: charge.id, amount: 2500 });

    const viaIntent = await h.stripe.paymentIntents.retrieve(intentId, { expand: ['latest_charge.balance_transaction'] });
    expect(((viaIntent.latest_charge as Stripe.Charge).balance_transaction as Stripe.BalanceTransaction).id).toBe(txn.id);

    const refund = await h.stripe.refunds.create({ payment_intent: intentId, amount: 500, expand: ['balance_transaction', 'charge'] });
    expect(refund.balance_transaction).toMatchObject({ object: 'balance_transaction', amount: -500 });
    expect(refund.charge).toMatchObject({ object: 'charge', id: charge.id });

    const withSource = await h.stripe.balanceTransactions.retrieve(txn.id, { expand: ['source'] });
    expect(withSource.source).toMatchObject({ object: 'charge', id: charge.id });
    const listed = await h.stripe.balanceTransactions.list({ expand: ['data.source'] });
    expect(listed.data.map((t) => (t.source as { object: string }).object)).toEqual(['refund', 'charge']);
  });

  it('refuses to expand what Stripe does not expand', async () => {
    const intentId = await purchase(h, { nowMs: clock.now() });
    const txn = txnId((await latestCharge(h.stripe, intentId)).balance_transaction);
    await expect(h.stripe.balanceTransactions.retrieve(txn, { expand: ['fee_details'] })).rejects.toMatchObject({ statusCode: 400, param: 'expand' });
  });
});

describe('GET /v1/balance_transactions', () => {
  it('lists newest first, filters by source and type, and pages both ways', async () => {
    const first = await purchase(h, { nowMs: clock.now(), amount: 1000 });
    clock.advance(1000);
    const second = await purchase(h, { nowMs: clock.now(), amount: 2000 });
    const refund = await h.stripe.refunds.create({ payment_intent: first, amount: 300 });
    const all = (await h.stripe.balanceTransactions.list({ limit: 100 })).data;
    expect(all.map((t) => [t.type, t.amount])).toEqual([
      ['refund', -300],
      ['charge', 2000],
      ['charge', 1000],
    ]);

    const firstCharge = await latestCharge(h.stripe, first);
    expect((await h.stripe.balanceTransactions.list({ source: firstCharge.id })).data.map((t) => t.amount)).toEqual([1000]);
    expect((await h.stripe.balanceTransactions.list({ source: refund.id })).data.map((t) => t.amount)).toEqual([-300]);
    expect((await h.stripe.balanceTransactions.list({ type: 'charge' })).data.map((t) => t.amount)).toEqual([2000, 1000]);
    expect((await h.stripe.balanceTransactions.list({ currency: 'eur' })).data).toEqual([]);

    const page1 = await h.stripe.balanceTransactions.list({ limit: 2 });
    expect(page1.has_more).toBe(true);
    const page2 = await h.stripe.balanceTransactions.list({ limit: 2, starting_after: page1.data[1]?.id ?? '' });
    expect(page2.data.map((t) => t.id)).toEqual([all[2]?.id]);
    expect(page2.has_more).toBe(false);
    const back = await h.stripe.balanceTransactions.list({ limit: 1, ending_before: all[2]?.id ?? '' });
    expect(back.data.map((t) => t.id)).toEqual([all[1]?.id]);
    expect(back.has_more).toBe(true);

    const seen: string[] = [];
    for await (const t of h.stripe.balanceTransactions.list({ limit: 1 })) seen.push(t.id);
    expect(seen).toEqual(all.map((t) => t.id));
    expect((await latestCharge(h.stripe, second)).balance_transaction).toBe(all[1]?.id);
  });

  it('answers resource_missing for an unknown id or cursor, and refuses unknown parameters', async () => {
    await expect(h.stripe.balanceTransactions.retrieve('txn_missing')).rejects.toMatchObject({ statusCode: 404, code: 'resource_missing' });
    await expect(h.stripe.balanceTransactions.list({ starting_after: 'txn_missing' })).rejects.toMatchObject({
      statusCode: 404,
      param: 'starting_after',
    });
    await expect(h.stripe.balanceTransactions.list({ payout: 'po_123' })).rejects.toMatchObject({ statusCode: 400, param: 'payout' });
  });
});
