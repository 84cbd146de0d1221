import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEventBus } from '../../../src/main/core/bus';
import { createModerationService, type ModerationService } from '../../../src/main/core/moderation/moderation-service';
import { buyerKey, HOST, liveShow, MAYA, studio, value, type LiveShow, type Studio } from '../queue/services-fixture';

/**
 * A buyer blocked while already on the payment page completes the payment afterwards: through the
 * real purchase and moderation services over a real SQLite file.
 */
let s: Studio;
let live: LiveShow;
let moderation: ModerationService;
beforeEach(() => {
  s = studio();
  live = liveShow(s);
  const bus = createEventBus((error) => {
    throw error;
  });
  moderation = createModerationService(s.temp.db, bus, s.clock);
});
afterEach(() => s.cleanup());

/** The troll's earlier, paid seat (what a moderator blocks them from), and their key. */
function blockedTroll(): string {
  const key = buyerKey();
  const { purchase } = value(s.purchases.reserve(null, { offerId: live.seat.id, buyerName: 'Troll', buyerKey: key, question: 'Q' }));
  value(s.purchases.applyObservation({ eventId: null, purchaseId: purchase.id, observation: { type: 'payment_authorized', paymentIntentId: 'pi_first' } }));
  return key;
}

describe("a blocked buyer's late payment", () => {
  it('turns a hot seat away at once: rejected, the hold released by a cancel, never charged, audited as a blocked buyer', () => {
    const key = buyerKey();
    // On the payment page before the block…
    const { purchase } = value(s.purchases.reserve(null, { offerId: live.seat.id, buyerName: 'Troll', buyerKey: key, question: 'Q' }));
    const earlier = value(s.purchases.reserve(null, { offerId: live.tip.id, buyerName: 'Troll', buyerKey: key, amount: 300 })).purchase;
    value(s.purchases.applyObservation({ eventId: null, purchaseId: earlier.id, observation: { type: 'payment_captured', paymentIntentId: 'pi_t' } }));
    value(moderation.block(earlier.id, 'abusive', MAYA));
    // …and paying after it.
    const applied = value(
      s.purchases.applyObservation({ eventId: 'evt_late', purchaseId: purchase.id, observation: { type: 'payment_authorized', paymentIntentId: 'pi_late' } }),
    );
    expect(applied.purchase).toMatchObject({ status: 'rejected', payment: 'authorized', decidedBy: 'Block list', paymentActionPending: true });
    expect(applied.effects.map((a) => a.kind)).toEqual(['cancel']);
    expect(s.purchases.get(purchase.id)?.status).toBe('rejected');
    expect(s.purchases.moneyActionFor(purchase.id)).toEqual([expect.objectContaining({ kind: 'cancel', status: 'pending', idempotencyKey: `cancel-${purchase.id}` })]);
    const entry = s.purchases.recentAudit(1)[0];
    expect(entry).toMatchObject({ actor: 'Block list', action: 'purchase.reject', purchaseId: purchase.id });
    expect(entry?.detail).toContain('reason: blocked buyer');
    // The host cannot accept it any more (it never was in the queue): "already rejected by".
    expect(s.purchases.decide(purchase.id, 'accept', HOST, applied.purchase.version - 1)).toMatchObject({
      ok: false,
      error: { message: 'This hot seat was already rejected by Block list' },
    });

    // The money worker releases the hold: canceled, never captured.
    const [action] = s.purchases.pendingMoneyActions(10);
    expect(action).toMatchObject({ kind: 'cancel', purchase: { purchaseId: purchase.id, stripePaymentIntentId: 'pi_late' } });
    if (!action) return;
    value(s.purchases.completeMoneyAction(action.id, { payment: 'canceled' }));
    expect(s.purchases.get(purchase.id)).toMatchObject({ status: 'rejected', payment: 'canceled', paymentActionPending: false });
    expect(s.purchases.moneyActionFor(purchase.id).map((a) => a.kind)).toEqual(['cancel']);

    // The same Stripe event again (webhook and poller both) changes nothing and adds no action.
    const again = value(
      s.purchases.applyObservation({ eventId: 'evt_late', purchaseId: purchase.id, observation: { type: 'payment_authorized', paymentIntentId: 'pi_late' } }),
    );
    expect(again.changed).toBe(false);
    expect(s.purchases.moneyActionFor(purchase.id)).toHaveLength(1);
  });

  it('keeps the money of a tip or gift but hides its message, even where messages skip review', () => {
    const key = blockedTroll();
    const troll = s.purchases.listForShow(live.show.id).find((p) => p.buyerName === 'Troll');
    if (!troll) throw new Error('no seat');
    const tip = value(s.purchases.reserve(null, { offerId: live.tip.id, buyerName: 'Troll', buyerKey: key, amount: 500, message: 'spam' })).purchase;
    const gift = value(s.purchases.reserve(null, { offerId: live.gift.id, buyerName: 'Troll', buyerKey: key, message: 'more spam' })).purchase;
    value(moderation.block(troll.id, undefined, HOST));

    for (const [p, pi] of [[tip, 'pi_tip'], [gift, 'pi_gift']] as const) {
      const applied = value(s.purchases.applyObservation({ eventId: null, purchaseId: p.id, observation: { type: 'payment_captured', paymentIntentId: pi } }));
      expect(applied.purchase).toMatchObject({ status: 'paid', payment: 'captured', messageStatus: 'rejected' });
      expect(applied.effects).toEqual([]);
      expect(s.purchases.moneyActionFor(p.id)).toEqual([]);
      expect(s.purchases.recentAudit(1)[0]?.detail).toContain('message hidden (blocked buyer)');
      // Nobody approves it by accident later: "already rejected by Block list".
      expect(s.purchases.moderateMessage(p.id, 'approve', MAYA)).toMatchObject({ ok: false, error: { message: 'This message was already rejected by Block list' } });
    }
  });

  it('leaves everyone else alone: another buyer paying after the block enters the queue, their message as usual', () => {
    blockedTroll();
    const seat = s.purchases.listForShow(live.show.id)[0];
    if (!seat) throw new Error('no seat');
    value(moderation.block(seat.id, undefined, HOST));
    const { purchase } = value(s.purchases.reserve(null, { offerId: live.seat.id, buyerName: 'Ada', buyerKey: buyerKey(), question: 'Q' }));
    const applied = value(s.purchases.applyObservation({ eventId: null, purchaseId: purchase.id, observation: { type: 'payment_authorized', paymentIntentId: 'pi_ada' } }));
    expect(applied.purchase).toMatchObject({ status: 'pending_review', paymentActionPending: false });
    expect(s.purchases.moneyActionFor(purchase.id)).toEqual([]);
    const gift = value(s.purchases.reserve(null, { offerId: live.gift.id, buyerName: 'Ben', buyerKey: buyerKey(), message: 'hi' })).purchase;
    const paid = value(s.purchases.applyObservation({ eventId: null, purchaseId: gift.id, observation: { type: 'payment_captured', paymentIntentId: 'pi_ben' } }));
    expect(paid.purchase.messageStatus).toBe('approved');
  });
});
