import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buyerKey, HOST, liveShow, MAYA, studio, value, type LiveShow, type Studio } from './services-fixture';

let s: Studio;
let live: LiveShow;
beforeEach(() => {
  s = studio();
  live = liveShow(s);
});
afterEach(() => s.cleanup());

function reserve(offerId: string, extra: object) {
  return value(s.purchases.reserve(null, { offerId, buyerName: 'A', buyerKey: buyerKey(), ...extra })).purchase.id;
}
const attach = (id: string) => value(s.purchases.attachCheckoutSession(id, `cs_${id}`, `https://checkout.test/${id}`));
const observe = (id: string, type: 'payment_authorized' | 'payment_captured') =>
  value(s.purchases.applyObservation({ eventId: null, purchaseId: id, observation: { type, paymentIntentId: `pi_${id}` } }));

function openPurchases() {
  const checkingOut = reserve(live.seat.id, { question: 'Q1' });
  attach(checkingOut);
  const queued = reserve(live.seat.id, { question: 'Q2' });
  attach(queued);
  observe(queued, 'payment_authorized');
  const accepted = reserve(live.seat.id, { question: 'Q3' });
  attach(accepted);
  observe(accepted, 'payment_authorized');
  value(s.purchases.decide(accepted, 'accept', MAYA));
  const paidTip = reserve(live.tip.id, { amount: 500 });
  attach(paidTip);
  observe(paidTip, 'payment_captured');
  const noSessionYet = reserve(live.shirt.id, { variantId: 'M' });
  return { checkingOut, queued, accepted, paidTip, noSessionYet };
}

const actionsOf = (id: string) => s.purchases.moneyActionFor(id).map((a) => a.kind);

describe('ending a show', () => {
  it('closes everything open and records the money actions with it', () => {
    const p = openPurchases();
    s.events.length = 0;
    value(s.catalog.setShowStatus(live.show.id, 'ended', HOST));

    expect(s.purchases.get(p.checkingOut)).toMatchObject({ status: 'expired', payment: 'none' });
    expect(actionsOf(p.checkingOut)).toEqual(['expire_checkout']);
    expect(s.purchases.get(p.queued)).toMatchObject({ status: 'cancelled', payment: 'authorized', paymentActionPending: true });
    expect(actionsOf(p.queued)).toEqual(['cancel']);
    expect(s.purchases.get(p.accepted)).toMatchObject({ status: 'cancelled', decidedBy: 'Maya' });
    expect(actionsOf(p.accepted)).toEqual(['cancel']);
    expect(s.purchases.get(p.paidTip)).toMatchObject({ status: 'paid', payment: 'captured' });
    expect(actionsOf(p.paidTip)).toEqual([]);
    expect(s.purchases.get(p.noSessionYet)).toMatchObject({ status: 'expired' });
    expect(actionsOf(p.noSessionYet)).toEqual([]);

    const types = s.events.map((e) => e.type);
    expect(types.filter((t) => t === 'purchase.upserted')).toHaveLength(4);
    expect(types).toContain('show.upserted');
    expect(s.purchases.recentAudit(1)[0]).toMatchObject({ action: 'show.ended', detail: '‘Friday Q&A’ has ended; 4 open purchases closed' });
  });

  it('expires a checkout session that arrives after the show ended, and says so', () => {
    const { noSessionYet } = openPurchases();
    value(s.catalog.setShowStatus(live.show.id, 'ended', HOST));
    expect(s.purchases.attachCheckoutSession(noSessionYet, 'cs_late', 'https://checkout.test/late')).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'This reservation is expired; nothing was charged. Please start again.',
        reason: { id: 'error.purchases.reservationClosed', values: { standing: 'expired', by: '' } },
      },
    });
    expect(s.purchases.moneyActionFor(noSessionYet)).toEqual([
      expect.objectContaining({ kind: 'expire_checkout', purchase: expect.objectContaining({ stripeSessionId: 'cs_late' }) as unknown }),
    ]);
    expect(s.purchases.openCheckoutSessions()).toEqual([]);
  });

  it('is all or nothing: a failure half-way leaves the show live and every purchase as it was', () => {
    const p = openPurchases();
    const before = s.purchases.listForShow(live.show.id);
    s.temp.db.exec(`
      CREATE TEMP TRIGGER fail_midway BEFORE UPDATE ON purchases WHEN OLD.id = '${p.accepted}'
      BEGIN SELECT RAISE(ABORT, 'disk full'); END;
    `);
    s.events.length = 0;
    expect(() => s.catalog.setShowStatus(live.show.id, 'ended', HOST)).toThrow('disk full');
    expect(s.catalog.getShow(live.show.id)?.status).toBe('live');
    expect(s.purchases.listForShow(live.show.id)).toEqual(before);
    expect(s.purchases.pendingMoneyActions(100)).toEqual([]);
    expect(s.events).toEqual([]);
  });
});
