import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buyerKey, liveShow, studio, value, type LiveShow, type Studio } from './services-fixture';

let s: Studio;
let live: LiveShow;
beforeEach(() => {
  s = studio();
  live = liveShow(s);
});
afterEach(() => s.cleanup());

function reserveSeat(sessionId = `cs_${buyerKey()}`) {
  const { purchase } = value(s.purchases.reserve(null, { offerId: live.seat.id, buyerName: 'Ada', buyerKey: buyerKey(), question: 'Q' }));
  value(s.purchases.attachCheckoutSession(purchase.id, sessionId, `https://checkout.test/${sessionId}`));
  return purchase.id;
}

const processedEvents = () => (s.temp.db.prepare('SELECT COUNT(*) AS n FROM processed_stripe_events').get() as { n: number }).n;

describe('applyObservation', () => {
  it('puts an authorized hot seat in the queue, with what the provider told us', () => {
    const id = reserveSeat('cs_one');
    const shipping = null;
    const applied = value(
      s.purchases.applyObservation({
        eventId: 'evt_1',
        purchaseId: id,
        observation: { type: 'payment_authorized', paymentIntentId: 'pi_1', buyerEmail: 'ada@example.com', shipping },
      }),
    );
    expect(applied.changed).toBe(true);
    expect(applied.effects).toEqual([]);
    expect(applied.purchase).toMatchObject({
      status: 'pending_review',
      payment: 'authorized',
      buyerEmail: 'ada@example.com',
      version: 2, // reserve 0, attach 1, authorize 2
    });
    expect(applied.purchase.paidAt).not.toBeNull();
    expect(s.purchases.findByPaymentIntent('pi_1')?.id).toBe(id);
    expect(s.purchases.findPaymentRef({ sessionId: 'cs_one' })).toEqual({ purchaseId: id, stripeSessionId: 'cs_one', stripePaymentIntentId: 'pi_1' });
    expect(s.purchases.openCheckoutSessions()).toEqual([]);
  });

  it('applies the same event id once', () => {
    const id = reserveSeat();
    const input = { eventId: 'evt_dup', purchaseId: id, observation: { type: 'payment_authorized' as const, paymentIntentId: 'pi_2' } };
    expect(value(s.purchases.applyObservation(input)).changed).toBe(true);
    const eventsBefore = s.events.length;
    const again = value(s.purchases.applyObservation(input));
    expect(again).toMatchObject({ changed: false, effects: [] });
    expect(again.purchase.version).toBe(2);
    expect(s.events.length).toBe(eventsBefore);
    expect(processedEvents()).toBe(1);
  });

  it('treats the same observation under another event id as nothing new', () => {
    const id = reserveSeat();
    const observation = { type: 'payment_authorized' as const, paymentIntentId: 'pi_3' };
    value(s.purchases.applyObservation({ eventId: 'evt_a', purchaseId: id, observation }));
    const auditBefore = s.purchases.recentAudit(100).length;
    expect(value(s.purchases.applyObservation({ eventId: 'evt_b', purchaseId: id, observation })).changed).toBe(false);
    expect(value(s.purchases.applyObservation({ eventId: null, purchaseId: id, observation })).changed).toBe(false);
    expect(s.purchases.recentAudit(100).length).toBe(auditBefore);
    expect(processedEvents()).toBe(2);
  });

  it('releases an authorization that arrives after the checkout expired, exactly once', () => {
    const id = reserveSeat();
    value(s.purchases.applyObservation({ eventId: 'evt_exp', purchaseId: id, observation: { type: 'checkout_expired' } }));
    expect(s.purchases.get(id)?.status).toBe('expired');

    const late = value(
      s.purchases.applyObservation({ eventId: 'evt_auth', purchaseId: id, observation: { type: 'payment_authorized', paymentIntentId: 'pi_late' } }),
    );
    expect(late.purchase).toMatchObject({ status: 'expired', payment: 'authorized', paymentActionPending: true });
    expect(late.effects).toEqual([
      expect.objectContaining({ kind: 'cancel', idempotencyKey: `cancel-${id}`, purchase: expect.objectContaining({ stripePaymentIntentId: 'pi_late' }) as unknown }),
    ]);
    const again = value(
      s.purchases.applyObservation({ eventId: 'evt_auth2', purchaseId: id, observation: { type: 'payment_authorized', paymentIntentId: 'pi_late' } }),
    );
    expect(again.effects).toEqual([]);
    expect(s.purchases.moneyActionFor(id)).toHaveLength(1);
  });

  it('ignores a stale observation that would move money backwards', () => {
    const id = reserveSeat();
    value(s.purchases.applyObservation({ eventId: 'e1', purchaseId: id, observation: { type: 'payment_authorized', paymentIntentId: 'pi_4' } }));
    value(s.purchases.applyObservation({ eventId: 'e2', purchaseId: id, observation: { type: 'authorization_canceled' } }));
    const stale = value(s.purchases.applyObservation({ eventId: 'e3', purchaseId: id, observation: { type: 'payment_authorized' } }));
    expect(stale.changed).toBe(false);
    expect(stale.purchase).toMatchObject({ status: 'cancelled', payment: 'canceled' });
  });

  it('refuses an unknown purchase and leaves the event unrecorded for a later retry', () => {
    expect(
      s.purchases.applyObservation({ eventId: 'evt_x', purchaseId: 'pur_doesnotexist1', observation: { type: 'payment_captured' } }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(processedEvents()).toBe(0);
  });

  it('sets a tip message for review or straight to the overlay, per offer', () => {
    const reserve = (offerId: string, extra: object) =>
      value(s.purchases.reserve(null, { offerId, buyerName: 'A', buyerKey: buyerKey(), ...extra })).purchase.id;
    const held = reserve(live.tip.id, { amount: 500, message: 'hello' });
    const open = reserve(live.gift.id, { message: 'wow' });
    const silent = reserve(live.tip.id, { amount: 500 });
    const capture = (id: string) =>
      value(s.purchases.applyObservation({ eventId: null, purchaseId: id, observation: { type: 'payment_captured', paymentIntentId: `pi_${id}` } })).purchase;
    expect(capture(held)).toMatchObject({ status: 'paid', payment: 'captured', messageStatus: 'held' });
    expect(capture(open)).toMatchObject({ status: 'paid', messageStatus: 'approved' });
    expect(capture(silent)).toMatchObject({ status: 'paid', messageStatus: 'none' });
  });

  it('keeps the shipping address of a merch order', () => {
    const { purchase } = value(s.purchases.reserve(null, { offerId: live.shirt.id, buyerName: 'A', buyerKey: buyerKey(), variantId: 'M' }));
    const shipping = { name: 'Ada L', line1: '1 Main St', line2: null, city: 'Springfield', state: 'IL', postalCode: '62701', country: 'US' };
    const paid = value(
      s.purchases.applyObservation({ eventId: 'evt_m', purchaseId: purchase.id, observation: { type: 'payment_captured', shipping, buyerEmail: 'a@b.c' } }),
    ).purchase;
    expect(paid).toMatchObject({ status: 'paid', shipping, buyerEmail: 'a@b.c' });
  });
});

describe('checkout sessions', () => {
  it('attaches a session once and refuses a second, different one', () => {
    const id = reserveSeat('cs_first');
    expect(value(s.purchases.attachCheckoutSession(id, 'cs_first', 'https://checkout.test/cs_first')).id).toBe(id);
    expect(s.purchases.attachCheckoutSession(id, 'cs_second', 'https://x')).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(s.purchases.openCheckoutSessions()).toEqual([{ purchaseId: id, sessionId: 'cs_first' }]);
    expect(s.purchases.findByCheckoutSession('cs_first')?.id).toBe(id);
  });
});
