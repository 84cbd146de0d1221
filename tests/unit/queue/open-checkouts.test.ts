import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOpenCheckoutTracker } from '../../../src/main/core/queue/open-checkouts';
import { buyerKey, liveShow, studio, value, type LiveShow, type Studio } from './services-fixture';

/**
 * One client cannot hold stock hostage with unpaid checkouts: a buyer starting again releases
 * their previous unpaid checkout of the offer (stock back, payment page closed through the
 * outbox), and one client address holds at most N unpaid checkouts per limited offer.
 */
let s: Studio;
let live: LiveShow;
beforeEach(() => {
  s = studio();
  live = liveShow(s);
});
afterEach(() => s.cleanup());

const statusOf = (id: string) => s.purchases.get(id)?.status;

describe('a buyer starting a new checkout', () => {
  it('releases their unpaid checkout of the same hot seat offer and closes its payment page once', () => {
    const key = buyerKey();
    const first = value(s.purchases.reserve(null, { offerId: live.seat.id, buyerName: 'Ada', buyerKey: key, question: 'Q' }));
    value(s.purchases.attachCheckoutSession(first.purchase.id, 'cs_first', 'https://pay.example/cs_first'));
    const second = value(s.purchases.reserve(null, { offerId: live.seat.id, buyerName: 'Ada', buyerKey: key, question: 'Q again' }));
    expect(second.released).toEqual([first.purchase.id]);
    expect(statusOf(first.purchase.id)).toBe('expired');
    expect(s.purchases.moneyActionFor(first.purchase.id).map((a) => a.kind)).toEqual(['expire_checkout']);
    // A third time: the second is released; the first is not touched again (one action, one key).
    const third = value(s.purchases.reserve(null, { offerId: live.seat.id, buyerName: 'Ada', buyerKey: key, question: 'Q3' }));
    expect(third.released).toEqual([second.purchase.id]);
    expect(s.purchases.moneyActionFor(first.purchase.id)).toHaveLength(1);
    expect(s.purchases.moneyActionFor(second.purchase.id)).toEqual([]); // it never had a payment page
  });

  it('releases the merch unit at once, so stock is back for the retry', () => {
    const key = buyerKey();
    const shirt = () => s.purchases.reserve(null, { offerId: live.shirt.id, buyerName: 'Ben', buyerKey: key, variantId: 'S' });
    // Small has one unit: without the release, the buyer's own retry would find it sold out.
    const first = value(shirt());
    const retry = value(shirt());
    expect(retry.released).toEqual([first.purchase.id]);
    expect(statusOf(first.purchase.id)).toBe('expired');
  });

  it('leaves tips alone: two tabs, two tips', () => {
    const key = buyerKey();
    const a = value(s.purchases.reserve(null, { offerId: live.tip.id, buyerName: 'Cy', buyerKey: key, amount: 500 }));
    const b = value(s.purchases.reserve(null, { offerId: live.tip.id, buyerName: 'Cy', buyerKey: key, amount: 700 }));
    expect(b.released).toEqual([]);
    expect(statusOf(a.purchase.id)).toBe('pending_payment');
  });

  it('never releases a paid seat', () => {
    const key = buyerKey();
    const first = value(s.purchases.reserve(null, { offerId: live.seat.id, buyerName: 'Di', buyerKey: key, question: 'Q' })).purchase;
    value(s.purchases.applyObservation({ eventId: null, purchaseId: first.id, observation: { type: 'payment_authorized', paymentIntentId: `pi_${first.id}` } }));
    const again = s.purchases.reserve(null, { offerId: live.seat.id, buyerName: 'Di', buyerKey: key, question: 'Q' });
    expect(again.ok).toBe(false);
    expect(statusOf(first.id)).toBe('pending_review');
  });
});

describe('one client address', () => {
  it('holds at most N unpaid checkouts per limited offer, whatever buyer keys it makes up', () => {
    const tracker = createOpenCheckoutTracker((id) => statusOf(id) === 'pending_payment');
    const attempt = (offerId: string, extra: Record<string, unknown>) => {
      const result = s.purchases.reserve(null, { offerId, buyerName: 'Hoarder', buyerKey: buyerKey(), ...extra }, tracker.forClient('203.0.113.9', 2));
      if (result.ok) tracker.remember('203.0.113.9', result.value.purchase.id);
      return result;
    };
    expect(attempt(live.seat.id, { question: 'Q' }).ok).toBe(true);
    expect(attempt(live.seat.id, { question: 'Q' }).ok).toBe(true);
    const third = attempt(live.seat.id, { question: 'Q' });
    expect(third).toMatchObject({ ok: false, error: { code: 'limit_reached', message: expect.stringMatching(/Finish or cancel your open checkout first/) as unknown } });
    // Another client is not affected; neither are tips from this one.
    expect(s.purchases.reserve(null, { offerId: live.shirt.id, buyerName: 'Fan', buyerKey: buyerKey(), variantId: 'M' }, tracker.forClient('198.51.100.7', 2)).ok).toBe(true);
    for (let i = 0; i < 5; i += 1) expect(attempt(live.tip.id, { amount: 300 }).ok).toBe(true);
    // Once one of the client's checkouts is paid, it may open another.
    const [paid] = tracker.forClient('203.0.113.9', 2).openIds();
    value(s.purchases.applyObservation({ eventId: null, purchaseId: paid ?? '', observation: { type: 'payment_authorized', paymentIntentId: 'pi_paid' } }));
    expect(attempt(live.seat.id, { question: 'Q' }).ok).toBe(true);
    tracker.prune();
    expect(tracker.size()).toBe(2 + 5);
  });
});
