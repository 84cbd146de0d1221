import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buyerKey, HOST, LEO, liveShow, MAYA, studio, value, type LiveShow, type Studio } from './services-fixture';

let s: Studio;
let live: LiveShow;
beforeEach(() => {
  s = studio();
  live = liveShow(s);
});
afterEach(() => s.cleanup());

/** A hot seat waiting for review, with its payment authorized. */
function queuedSeat() {
  const { purchase } = value(s.purchases.reserve(null, { offerId: live.seat.id, buyerName: 'Ada', buyerKey: buyerKey(), question: 'Q' }));
  value(s.purchases.attachCheckoutSession(purchase.id, `cs_${purchase.id}`, 'https://checkout.test/x'));
  return value(
    s.purchases.applyObservation({ eventId: null, purchaseId: purchase.id, observation: { type: 'payment_authorized', paymentIntentId: `pi_${purchase.id}` } }),
  ).purchase;
}

function paidOrder(offerId: string, extra: object = {}) {
  const { purchase } = value(s.purchases.reserve(null, { offerId, buyerName: 'Bo', buyerKey: buyerKey(), ...extra }));
  return value(
    s.purchases.applyObservation({ eventId: null, purchaseId: purchase.id, observation: { type: 'payment_captured', paymentIntentId: `pi_${purchase.id}` } }),
  ).purchase;
}

describe('decide', () => {
  it('accepts a queued seat and names who did it', () => {
    const seat = queuedSeat();
    const accepted = value(s.purchases.decide(seat.id, 'accept', MAYA, seat.version));
    expect(accepted).toMatchObject({ status: 'accepted', payment: 'authorized', decidedBy: 'Maya', version: seat.version + 1 });
    expect(s.purchases.moneyActionFor(seat.id)).toEqual([]);
    expect(s.purchases.recentAudit(1)[0]).toMatchObject({ actor: 'Maya', action: 'purchase.accept', purchaseId: seat.id });
  });

  it('refuses a second accept, naming the first moderator', () => {
    const seat = queuedSeat();
    value(s.purchases.decide(seat.id, 'accept', MAYA));
    expect(s.purchases.decide(seat.id, 'accept', LEO)).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'This hot seat was already accepted by Maya',
        reason: { id: 'error.purchases.seatDecidedBy', values: { decision: 'accepted', who: 'named', by: 'Maya' } },
      },
    });
  });

  it('refuses a decision made on a stale view, naming who decided first', () => {
    const seat = queuedSeat();
    value(s.purchases.decide(seat.id, 'accept', MAYA, seat.version));
    expect(s.purchases.decide(seat.id, 'reject', LEO, seat.version)).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'This hot seat was already accepted by Maya',
        reason: { id: 'error.purchases.seatAlreadyDecided', values: { standing: 'acceptedBy', by: 'Maya' } },
      },
    });
    expect(s.purchases.get(seat.id)).toMatchObject({ status: 'accepted', decidedBy: 'Maya' });
    expect(s.purchases.moneyActionFor(seat.id)).toEqual([]);
  });

  it('rejects with the cancel of the hold recorded in the same step, once', () => {
    const seat = queuedSeat();
    const rejected = value(s.purchases.decide(seat.id, 'reject', MAYA, seat.version, 'off topic'));
    expect(rejected).toMatchObject({ status: 'rejected', payment: 'authorized', paymentActionPending: true, decidedBy: 'Maya' });
    expect(s.purchases.moneyActionFor(seat.id)).toEqual([
      expect.objectContaining({ kind: 'cancel', status: 'pending', idempotencyKey: `cancel-${seat.id}` }),
    ]);
    expect(s.purchases.recentAudit(1)[0]?.detail).toContain('reason: off topic');
    expect(s.purchases.decide(seat.id, 'reject', LEO)).toMatchObject({ ok: false, error: { message: 'This hot seat was already rejected by Maya' } });
    expect(s.purchases.moneyActionFor(seat.id)).toHaveLength(1);
  });

  it('refuses to decide on a seat not paid yet, or on something that is not a seat', () => {
    const { purchase } = value(s.purchases.reserve(null, { offerId: live.seat.id, buyerName: 'A', buyerKey: buyerKey(), question: 'Q' }));
    expect(s.purchases.decide(purchase.id, 'accept', MAYA)).toMatchObject({ ok: false, error: { message: 'This hot seat is not paid yet' } });
    const gift = paidOrder(live.gift.id);
    expect(s.purchases.decide(gift.id, 'accept', MAYA)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(s.purchases.decide('pur_doesnotexist1', 'accept', MAYA)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('money actions', () => {
  it('hands out pending actions and applies the confirmed outcome', () => {
    const seat = queuedSeat();
    value(s.purchases.decide(seat.id, 'reject', MAYA));
    const [action] = s.purchases.pendingMoneyActions(10);
    expect(action).toMatchObject({ kind: 'cancel', purchase: { purchaseId: seat.id, stripePaymentIntentId: `pi_${seat.id}` } });
    if (!action) return;
    const done = value(s.purchases.completeMoneyAction(action.id, { payment: 'canceled' }));
    expect(done.purchase).toMatchObject({ status: 'rejected', payment: 'canceled', paymentActionPending: false });
    expect(s.purchases.pendingMoneyActions(10)).toEqual([]);
    expect(value(s.purchases.completeMoneyAction(action.id, { payment: 'canceled' })).changed).toBe(false);
  });

  it('settles a pending action when the provider reports its goal reached', () => {
    const seat = queuedSeat();
    value(s.purchases.decide(seat.id, 'reject', MAYA));
    value(s.purchases.applyObservation({ eventId: 'evt_c', purchaseId: seat.id, observation: { type: 'authorization_canceled' } }));
    expect(s.purchases.moneyActionFor(seat.id)).toEqual([expect.objectContaining({ status: 'done' })]);
    expect(s.purchases.get(seat.id)).toMatchObject({ payment: 'canceled', paymentActionPending: false });
  });

  it('keeps a retryable failure pending and tells the host about a final one', () => {
    const seat = queuedSeat();
    value(s.purchases.decide(seat.id, 'reject', MAYA));
    const [action] = s.purchases.pendingMoneyActions(10);
    if (!action) throw new Error('no action');
    expect(value(s.purchases.failMoneyAction(action.id, 'timeout', true))).toMatchObject({ status: 'pending', attempts: 1 });
    expect(s.purchases.get(seat.id)?.paymentActionPending).toBe(true);

    const failed = value(s.purchases.failMoneyAction(action.id, 'No such payment_intent; key sk_test_abcdefghijkl', false));
    expect(failed).toMatchObject({ status: 'failed', attempts: 2, lastError: 'No such payment_intent; key [redacted]' });
    expect(s.purchases.get(seat.id)?.paymentActionPending).toBe(false);
    expect(s.purchases.recentAudit(1)[0]).toMatchObject({ action: 'money.cancel.failed' });
    expect(s.purchases.recentAudit(1)[0]?.detail).toContain("could not release the buyer's card hold");
  });

  it('never enqueues the same kind twice for a purchase, whatever asks for it', () => {
    const seat = queuedSeat();
    value(s.purchases.decide(seat.id, 'reject', MAYA));
    value(s.purchases.applyObservation({ eventId: 'evt_again', purchaseId: seat.id, observation: { type: 'payment_authorized' } }));
    value(s.catalog.setShowStatus(live.show.id, 'ended', HOST));
    expect(s.purchases.moneyActionFor(seat.id).map((a) => a.kind)).toEqual(['cancel']);
  });

  it('survives a restart: the outbox is on disk with the decision', () => {
    const seat = queuedSeat();
    value(s.purchases.decide(seat.id, 'reject', MAYA));
    s.temp.db.close();
    const reopened = s.temp.connect();
    const row = reopened.prepare(`SELECT kind, status FROM money_actions WHERE purchase_id = ?`).get(seat.id);
    expect(row).toEqual({ kind: 'cancel', status: 'pending' });
  });
});

describe('refunds', () => {
  it('refunds a tip once, through the outbox', () => {
    const tip = paidOrder(live.tip.id, { amount: 1000 });
    const requested = value(s.purchases.requestRefund(tip.id, HOST, tip.version));
    expect(requested).toMatchObject({ status: 'paid', paymentActionPending: true, decidedBy: 'Host' });
    expect(s.purchases.requestRefund(tip.id, MAYA)).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'A refund for this purchase is already on its way (requested by Host)',
        reason: { id: 'error.purchases.refundUnderway', values: { who: 'named', by: 'Host' } },
      },
    });
    const [action] = s.purchases.moneyActionFor(tip.id);
    expect(action).toMatchObject({ kind: 'refund', idempotencyKey: `refund-${tip.id}`, amount: 1000 });
    if (!action) return;
    value(s.purchases.completeMoneyAction(action.id, { payment: 'refunded' }));
    expect(s.purchases.get(tip.id)).toMatchObject({ status: 'refunded', payment: 'refunded', paymentActionPending: false });
    expect(s.purchases.requestRefund(tip.id, HOST)).toMatchObject({ ok: false, error: { message: 'This purchase was already refunded by Host' } });
  });

  it('refuses refunds of gifts and hot seats, saying what to do instead', () => {
    const gift = paidOrder(live.gift.id);
    expect(s.purchases.requestRefund(gift.id, HOST)).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringContaining('already played on stream') as string } });
    const seat = queuedSeat();
    expect(s.purchases.requestRefund(seat.id, HOST)).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringContaining('reject the seat') as string } });
  });

  it('refuses a refund on a stale view', () => {
    const tip = paidOrder(live.tip.id, { amount: 1000 });
    expect(s.purchases.requestRefund(tip.id, HOST, tip.version - 1)).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'This purchase changed since you looked (now paid)' },
    });
  });
});

describe('message moderation', () => {
  it('approves a held message once', () => {
    const tip = paidOrder(live.tip.id, { amount: 300, message: 'hi there' });
    expect(tip.messageStatus).toBe('held');
    expect(value(s.purchases.moderateMessage(tip.id, 'approve', MAYA, tip.version)).messageStatus).toBe('approved');
    expect(s.purchases.moderateMessage(tip.id, 'reject', LEO)).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'This message was already approved by Maya',
        reason: { id: 'error.purchases.messageAlreadyModerated', values: { decision: 'approved', who: 'named', by: 'Maya' } },
      },
    });
  });

  it('refuses to moderate what has no message, or is not paid', () => {
    const silent = paidOrder(live.tip.id, { amount: 300 });
    expect(s.purchases.moderateMessage(silent.id, 'approve', MAYA)).toMatchObject({ ok: false, error: { message: 'This purchase has no message' } });
    const { purchase } = value(s.purchases.reserve(null, { offerId: live.tip.id, buyerName: 'A', buyerKey: buyerKey(), amount: 300, message: 'x' }));
    expect(s.purchases.moderateMessage(purchase.id, 'approve', MAYA)).toMatchObject({ ok: false, error: { message: 'This message is not paid for yet' } });
    const seat = queuedSeat();
    expect(s.purchases.moderateMessage(seat.id, 'approve', MAYA)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });
});
