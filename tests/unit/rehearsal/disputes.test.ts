import type Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allEvents, DISPUTE_INQUIRY, DISPUTED_FRAUDULENT, latestCharge, manualClock, purchase, startHarness, type Harness } from './helpers';

let h: Harness;
let clock: ReturnType<typeof manualClock>;
beforeEach(async () => {
  clock = manualClock();
  h = await startHarness({ now: clock.now, sweepIntervalMs: 3_600_000 });
});
afterEach(async () => {
  await h.close();
});

const SEVEN_DAYS = 7 * 24 * 3600;

async function onlyDispute(filter: Stripe.DisputeListParams): Promise<Stripe.Dispute> {
  const { data } = await h.stripe.disputes.list(filter);
  expect(data).toHaveLength(1);
  const [dispute] = data;
  if (!dispute) throw new Error('no dispute');
  return dispute;
}

async function eventsSince(count: number): Promise<Stripe.Event[]> {
  return (await allEvents(h.stripe)).slice(count);
}

describe('test card 4000000000000259: a fraudulent chargeback', () => {
  it('with automatic capture, opens right after payment and withdraws the money plus the dispute fee', async () => {
    const intentId = await purchase(h, { nowMs: clock.now(), card: DISPUTED_FRAUDULENT, amount: 2500 });
    const charge = await latestCharge(h.stripe, intentId);
    expect(charge).toMatchObject({ status: 'succeeded', captured: true, disputed: true });
    const dispute = await onlyDispute({ payment_intent: intentId });
    const now = Math.floor(clock.now() / 1000);
    expect(dispute).toMatchObject({
      object: 'dispute',
      amount: 2500,
      currency: 'usd',
      charge: charge.id,
      payment_intent: intentId,
      reason: 'fraudulent',
      status: 'needs_response',
      is_charge_refundable: false,
      livemode: false,
      metadata: {},
      created: now,
      evidence_details: { due_by: now + SEVEN_DAYS, has_evidence: false, past_due: false, submission_count: 0, enhanced_eligibility: {} },
      payment_method_details: { card: { brand: 'visa', case_type: 'chargeback', network_reason_code: '10.4', network: 'visa' }, type: 'card' },
      enhanced_eligibility_types: [],
    });
    expect(dispute.id).toMatch(/^dp_/);
    expect(Object.values(dispute.evidence).filter((v) => v !== null)).toEqual([{}]);
    expect(dispute.balance_transactions).toHaveLength(1);
    expect(dispute.balance_transactions[0]).toMatchObject({
      object: 'balance_transaction',
      type: 'adjustment',
      reporting_category: 'dispute',
      amount: -2500,
      fee: 1500,
      net: -4000,
      currency: 'usd',
      source: dispute.id,
      fee_details: [{ amount: 1500, type: 'stripe_fee', currency: 'usd' }],
    });
    const stored = await h.stripe.balanceTransactions.retrieve(dispute.balance_transactions[0]?.id ?? '');
    expect(stored).toMatchObject(dispute.balance_transactions[0] ?? {});

    const events = await allEvents(h.stripe);
    const disputeEvents = events.filter((e) => e.type.startsWith('charge.dispute.'));
    expect(disputeEvents.map((e) => e.type)).toEqual(['charge.dispute.created', 'charge.dispute.funds_withdrawn']);
    expect(events.map((e) => e.type).indexOf('checkout.session.completed')).toBeLessThan(events.indexOf(disputeEvents[0] as Stripe.Event));
    for (const event of disputeEvents) {
      expect((event.data.object as Stripe.Dispute).id).toBe(dispute.id);
      // The bank opens the dispute, not a request of Hotseat's.
      expect(event.request).toEqual({ id: null, idempotency_key: null });
    }
  });

  it('with manual capture, waits for the capture (only captured money can be disputed)', async () => {
    const intentId = await purchase(h, { nowMs: clock.now(), card: DISPUTED_FRAUDULENT, captureMethod: 'manual', amount: 3000 });
    expect((await h.stripe.disputes.list()).data).toEqual([]);
    expect((await latestCharge(h.stripe, intentId)).disputed).toBe(false);
    const before = (await allEvents(h.stripe)).length;
    await h.stripe.paymentIntents.capture(intentId, { amount_to_capture: 2000 });
    expect((await eventsSince(before)).map((e) => e.type)).toEqual([
      'charge.captured',
      'payment_intent.succeeded',
      'charge.dispute.created',
      'charge.dispute.funds_withdrawn',
    ]);
    const dispute = await onlyDispute({ payment_intent: intentId });
    expect(dispute).toMatchObject({ amount: 2000, status: 'needs_response' });
    expect(dispute.balance_transactions[0]).toMatchObject({ amount: -2000, net: -3500 });
  });

  it('a charged-back payment can no longer be refunded', async () => {
    const intentId = await purchase(h, { nowMs: clock.now(), card: DISPUTED_FRAUDULENT });
    // Read first: awaiting inside the matcher's argument would leave the refusal unhandled meanwhile.
    const chargeId = (await latestCharge(h.stripe, intentId)).id;
    await expect(h.stripe.refunds.create({ payment_intent: intentId })).rejects.toMatchObject({
      statusCode: 400,
      code: 'charge_disputed',
      message: `Charge ${chargeId} has been charged back; cannot issue a refund.`,
    });
    expect((await h.stripe.balanceTransactions.list({ type: 'refund' })).data).toEqual([]);
  });
});

describe('test card 4000000000001976: an inquiry', () => {
  for (const captureMethod of ['automatic', 'manual'] as const) {
    it(`with ${captureMethod} capture, opens an inquiry once captured, moving no money`, async () => {
      const intentId = await purchase(h, { nowMs: clock.now(), card: DISPUTE_INQUIRY, captureMethod });
      if (captureMethod === 'manual') {
        expect((await h.stripe.disputes.list()).data).toEqual([]);
        await h.stripe.paymentIntents.capture(intentId);
      }
      const dispute = await onlyDispute({ payment_intent: intentId });
      expect(dispute).toMatchObject({
        reason: 'general',
        status: 'warning_needs_response',
        is_charge_refundable: true,
        balance_transactions: [],
        payment_method_details: { card: { case_type: 'inquiry' } },
      });
      expect((await latestCharge(h.stripe, intentId)).disputed).toBe(true);
      const types = (await allEvents(h.stripe)).map((e) => e.type).filter((t) => t.startsWith('charge.dispute.'));
      expect(types).toEqual(['charge.dispute.created']);
      expect((await h.stripe.balanceTransactions.list()).data.map((t) => t.type)).toEqual(['charge']);
      // An inquiry leaves the payment refundable.
      await expect(h.stripe.refunds.create({ payment_intent: intentId, amount: 100 })).resolves.toMatchObject({ amount: 100 });
    });
  }

  it('losing evidence escalates it to a chargeback, which withdraws the money', async () => {
    const intentId = await purchase(h, { nowMs: clock.now(), card: DISPUTE_INQUIRY, amount: 2500 });
    const dispute = await onlyDispute({ payment_intent: intentId });
    const before = (await allEvents(h.stripe)).length;
    const escalated = await h.stripe.disputes.update(dispute.id, { evidence: { uncategorized_text: 'losing_evidence' } });
    expect(escalated).toMatchObject({ status: 'needs_response', is_charge_refundable: false, payment_method_details: { card: { case_type: 'chargeback' } } });
    expect(escalated.balance_transactions.map((t) => t.net)).toEqual([-4000]);
    expect((await eventsSince(before)).map((e) => e.type)).toEqual(['charge.dispute.updated', 'charge.dispute.updated', 'charge.dispute.funds_withdrawn']);
  });

  it('winning evidence or accepting closes it as warning_closed', async () => {
    const won = await onlyDispute({ payment_intent: await purchase(h, { nowMs: clock.now(), card: DISPUTE_INQUIRY }) });
    expect(await h.stripe.disputes.update(won.id, { evidence: { uncategorized_text: 'winning_evidence' } })).toMatchObject({ status: 'warning_closed' });
    const accepted = await onlyDispute({ payment_intent: await purchase(h, { nowMs: clock.now(), card: DISPUTE_INQUIRY }) });
    expect(await h.stripe.disputes.close(accepted.id)).toMatchObject({ status: 'warning_closed', balance_transactions: [] });
  });
});

describe('responding to a chargeback', () => {
  async function chargeback(): Promise<{ intentId: string; dispute: Stripe.Dispute }> {
    const intentId = await purchase(h, { nowMs: clock.now(), card: DISPUTED_FRAUDULENT, amount: 2500 });
    return { intentId, dispute: await onlyDispute({ payment_intent: intentId }) };
  }

  it('winning evidence wins it: the amount comes back, the dispute fee does not', async () => {
    const { dispute } = await chargeback();
    const before = (await allEvents(h.stripe)).length;
    const won = await h.stripe.disputes.update(dispute.id, { evidence: { uncategorized_text: 'winning_evidence', customer_name: 'Ada' } });
    expect(won).toMatchObject({ status: 'won', evidence: { uncategorized_text: 'winning_evidence', customer_name: 'Ada' } });
    expect(won.evidence_details).toMatchObject({ has_evidence: true, submission_count: 1 });
    expect(won.balance_transactions.map((t) => [t.type, t.reporting_category, t.amount, t.fee, t.net])).toEqual([
      ['adjustment', 'dispute', -2500, 1500, -4000],
      ['adjustment', 'dispute_reversal', 2500, 0, 2500],
    ]);
    const events = await eventsSince(before);
    expect(events.map((e) => e.type)).toEqual(['charge.dispute.updated', 'charge.dispute.closed', 'charge.dispute.funds_reinstated']);
    expect(events.map((e) => (e.data.object as Stripe.Dispute).status)).toEqual(['under_review', 'won', 'won']);
    expect(events[0]?.request?.id).toMatch(/^req_/);
    expect(await h.stripe.disputes.retrieve(dispute.id)).toMatchObject({ status: 'won' });
    const net = (await h.stripe.balanceTransactions.list({ limit: 100 })).data.reduce((sum, t) => sum + t.net, 0);
    expect(net).toBe(2500 - 103 - 1500);
  });

  it('losing evidence loses it: nothing comes back', async () => {
    const { dispute } = await chargeback();
    const before = (await allEvents(h.stripe)).length;
    const lost = await h.stripe.disputes.update(dispute.id, { evidence: { uncategorized_text: 'losing_evidence' } });
    expect(lost).toMatchObject({ status: 'lost' });
    expect(lost.balance_transactions).toHaveLength(1);
    expect((await eventsSince(before)).map((e) => e.type)).toEqual(['charge.dispute.updated', 'charge.dispute.closed']);
  });

  it('other evidence is staged with submit=false and put under review when submitted', async () => {
    const { dispute } = await chargeback();
    const staged = await h.stripe.disputes.update(dispute.id, {
      evidence: { uncategorized_text: 'The buyer was on air for five minutes.' },
      metadata: { case: 'late-night' },
      submit: false,
    });
    expect(staged).toMatchObject({
      status: 'needs_response',
      metadata: { case: 'late-night' },
      evidence: { uncategorized_text: 'The buyer was on air for five minutes.' },
      evidence_details: { has_evidence: true, submission_count: 0 },
    });
    const submitted = await h.stripe.disputes.update(dispute.id, { submit: true });
    expect(submitted).toMatchObject({ status: 'under_review', evidence_details: { submission_count: 1 } });
    await expect(h.stripe.disputes.update(dispute.id, { evidence: { customer_name: 'Ada' } })).rejects.toMatchObject({
      statusCode: 400,
      type: 'StripeInvalidRequestError',
    });
    const types = (await allEvents(h.stripe)).map((e) => e.type).filter((t) => t === 'charge.dispute.updated');
    expect(types).toHaveLength(2);
  });

  it('closing accepts it as lost, once; a second close is refused and changes nothing', async () => {
    const { dispute } = await chargeback();
    const before = (await allEvents(h.stripe)).length;
    expect(await h.stripe.disputes.close(dispute.id)).toMatchObject({ status: 'lost' });
    expect((await eventsSince(before)).map((e) => e.type)).toEqual(['charge.dispute.closed']);
    await expect(h.stripe.disputes.close(dispute.id)).rejects.toMatchObject({
      statusCode: 400,
      type: 'StripeInvalidRequestError',
      message: `This dispute (${dispute.id}) is already closed with status lost and cannot be closed again.`,
    });
    await expect(h.stripe.disputes.update(dispute.id, { evidence: { uncategorized_text: 'winning_evidence' } })).rejects.toMatchObject({ statusCode: 400 });
    expect(await eventsSince(before)).toHaveLength(1);
    expect(await h.stripe.disputes.retrieve(dispute.id)).toMatchObject({ status: 'lost' });
  });

  it('refuses bad updates by name and changes nothing', async () => {
    const { dispute } = await chargeback();
    const before = (await allEvents(h.stripe)).length;
    await expect(h.stripe.disputes.update(dispute.id, { evidence: { receipt: 'file_123' } })).rejects.toMatchObject({ param: 'evidence[receipt]' });
    await expect(h.stripe.disputes.update(dispute.id, { submit: true })).rejects.toMatchObject({ param: 'submit' });
    await expect(h.stripe.disputes.update(dispute.id, { evidence: { nonsense: 'x' } } as Stripe.DisputeUpdateParams)).rejects.toMatchObject({
      param: 'evidence[nonsense]',
      code: 'parameter_unknown',
    });
    expect(await eventsSince(before)).toEqual([]);
    expect(await h.stripe.disputes.retrieve(dispute.id)).toMatchObject({ status: 'needs_response', evidence: { uncategorized_text: null } });
  });
});

describe('GET /v1/disputes', () => {
  it('lists newest first, filters by charge and payment_intent, pages, and expands', async () => {
    const first = await purchase(h, { nowMs: clock.now(), card: DISPUTED_FRAUDULENT });
    const second = await purchase(h, { nowMs: clock.now(), card: DISPUTE_INQUIRY });
    await purchase(h, { nowMs: clock.now() });
    const all = (await h.stripe.disputes.list()).data;
    expect(all.map((d) => d.payment_intent)).toEqual([second, first]);
    const firstCharge = await latestCharge(h.stripe, first);
    expect((await h.stripe.disputes.list({ charge: firstCharge.id })).data.map((d) => d.id)).toEqual([all[1]?.id]);
    const page = await h.stripe.disputes.list({ limit: 1 });
    expect(page).toMatchObject({ has_more: true, url: '/v1/disputes' });
    const next = await h.stripe.disputes.list({ limit: 1, starting_after: page.data[0]?.id ?? '' });
    expect(next.data.map((d) => d.id)).toEqual([all[1]?.id]);
    expect(next.has_more).toBe(false);
    const expanded = await h.stripe.disputes.retrieve(all[1]?.id ?? '', { expand: ['charge', 'payment_intent'] });
    expect(expanded.charge).toMatchObject({ object: 'charge', id: firstCharge.id, disputed: true });
    expect(expanded.payment_intent).toMatchObject({ object: 'payment_intent', id: first });
  });

  it('answers resource_missing for an unknown dispute', async () => {
    await expect(h.stripe.disputes.retrieve('dp_missing')).rejects.toMatchObject({ statusCode: 404, code: 'resource_missing', param: 'dispute' });
    await expect(h.stripe.disputes.close('dp_missing')).rejects.toMatchObject({ statusCode: 404, code: 'resource_missing' });
    await expect(h.stripe.disputes.update('dp_missing', { metadata: { a: 'b' } })).rejects.toMatchObject({ statusCode: 404 });
  });
});
