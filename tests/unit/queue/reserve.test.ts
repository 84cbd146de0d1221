import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buyerKey, HOST, liveShow, studio, value, type LiveShow, type Studio } from './services-fixture';

let s: Studio;
let live: LiveShow;
beforeEach(() => {
  s = studio();
  live = liveShow(s);
  s.events.length = 0;
});
afterEach(() => s.cleanup());

const countPurchases = () => (s.temp.db.prepare('SELECT COUNT(*) AS n FROM purchases').get() as { n: number }).n;

/** A refusal must leave no trace: no purchase, no event. */
function expectRefused(result: ReturnType<Studio['purchases']['reserve']>, code: string, message: string) {
  const before = countPurchases();
  expect(result).toMatchObject({ ok: false, error: { code, message } });
  expect(countPurchases()).toBe(before);
  expect(s.events).toEqual([]);
}

describe('reserve', () => {
  it('reserves a hot seat at the offer price and hands out a receipt token stored only as a hash', () => {
    const reservation = value(
      s.purchases.reserve(null, { offerId: live.seat.id, buyerName: ' Ada ', buyerKey: buyerKey(), question: ' Why? ' }),
    );
    expect(reservation.purchase).toMatchObject({
      kind: 'hotseat',
      format: 'qa',
      status: 'pending_payment',
      payment: 'none',
      amount: 2000,
      currency: 'usd',
      buyerName: 'Ada',
      question: 'Why?',
      version: 0,
      offerTitle: 'Ask me anything',
    });
    expect(reservation.offer.id).toBe(live.seat.id);
    expect(reservation.show.id).toBe(live.show.id);
    expect(reservation.receiptToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const raw = s.temp.db.prepare('SELECT * FROM purchases').all();
    expect(JSON.stringify(raw)).not.toContain(reservation.receiptToken);
    expect(s.events.map((e) => e.type)).toEqual(['purchase.upserted', 'audit.appended']);
  });

  it('reserves by slug as well as for the live show', () => {
    const reservation = value(s.purchases.reserve(live.show.slug, { offerId: live.gift.id, buyerName: 'A', buyerKey: buyerKey() }));
    expect(reservation.purchase.amount).toBe(500);
  });

  it('takes a tip amount within the range, in the currency’s words', () => {
    const tip = (amount?: number) => s.purchases.reserve(null, { offerId: live.tip.id, buyerName: 'A', buyerKey: buyerKey(), amount });
    expectRefused(tip(199), 'bad_request', 'The minimum tip is $2.00');
    expectRefused(tip(50_001), 'bad_request', 'The maximum tip is $500.00');
    expectRefused(tip(), 'bad_request', 'Choose an amount to tip');
    expect(value(tip(200)).purchase.amount).toBe(200);
  });

  it('refuses a message longer than the offer allows, and messages where none are taken', () => {
    expectRefused(
      s.purchases.reserve(null, { offerId: live.tip.id, buyerName: 'A', buyerKey: buyerKey(), amount: 500, message: 'x'.repeat(21) }),
      'bad_request',
      'Messages can be at most 20 characters (yours has 21)',
    );
    expectRefused(
      s.purchases.reserve(null, { offerId: live.seat.id, buyerName: 'A', buyerKey: buyerKey(), question: 'Q', message: 'hi' }),
      'bad_request',
      'Only tips and gifts carry a message',
    );
  });

  it('refuses an amount sent for a fixed-price offer', () => {
    expectRefused(
      s.purchases.reserve(null, { offerId: live.gift.id, buyerName: 'A', buyerKey: buyerKey(), amount: 1 }),
      'bad_request',
      'The price of ‘Rocket’ is set by the creator; do not send an amount',
    );
  });

  it('sells a merch variant until it is gone', () => {
    const shirt = (variantId?: string) =>
      s.purchases.reserve(null, { offerId: live.shirt.id, buyerName: 'A', buyerKey: buyerKey(), variantId });
    expect(value(shirt('S')).purchase).toMatchObject({ variantId: 'S', variantLabel: 'Small', amount: 2500 });
    s.events.length = 0;
    expectRefused(shirt('S'), 'sold_out', 'Small is sold out');
    expectRefused(shirt('XL'), 'bad_request', '‘Tour shirt’ has no variant “XL”');
    expectRefused(shirt(), 'bad_request', 'Choose a size or variant');
  });

  it('holds to the per-show and per-buyer hot seat limits', () => {
    const seat = (key: string) => s.purchases.reserve(null, { offerId: live.seat.id, buyerName: 'A', buyerKey: key, question: 'Q' });
    const repeat = buyerKey();
    const first = value(seat(repeat)).purchase;
    // Paid (held for review): the seat is theirs, a second one is over the per-buyer limit.
    value(s.purchases.applyObservation({ eventId: null, purchaseId: first.id, observation: { type: 'payment_authorized', paymentIntentId: `pi_${first.id}` } }));
    s.events.length = 0;
    expectRefused(seat(repeat), 'limit_reached', 'You can hold one hot seat of ‘Ask me anything’ at a time, and you already do');
    value(seat(buyerKey()));
    value(seat(buyerKey()));
    s.events.length = 0;
    expectRefused(seat(buyerKey()), 'sold_out', 'All 3 hot seats of ‘Ask me anything’ are taken');
  });

  it('gives a seat back to the line when its checkout is abandoned', () => {
    const key = buyerKey();
    const first = value(s.purchases.reserve(null, { offerId: live.seat.id, buyerName: 'A', buyerKey: key, question: 'Q' }));
    value(s.purchases.abandonReservation(first.purchase.id, { id: 'activity.said.because', values: { why: 'checkoutFailed' } }));
    expect(s.purchases.get(first.purchase.id)?.status).toBe('expired');
    expect(value(s.purchases.reserve(null, { offerId: live.seat.id, buyerName: 'A', buyerKey: key, question: 'Q' })).purchase.status).toBe(
      'pending_payment',
    );
  });

  it('releases reservations that never got a payment page, once they are old enough', () => {
    const key = buyerKey();
    const orphan = value(s.purchases.reserve(null, { offerId: live.seat.id, buyerName: 'A', buyerKey: key, question: 'Q' })).purchase;
    const withPage = value(s.purchases.reserve(null, { offerId: live.seat.id, buyerName: 'B', buyerKey: buyerKey(), question: 'Q' })).purchase;
    value(s.purchases.attachCheckoutSession(withPage.id, 'cs_open', 'https://checkout.test/cs_open'));

    expect(s.purchases.expireStaleReservations(60_000)).toBe(0);
    s.clock.advance(61_000);
    expect(s.purchases.expireStaleReservations(60_000)).toBe(1);
    expect(s.purchases.get(orphan.id)).toMatchObject({ status: 'expired', payment: 'none' });
    expect(s.purchases.get(withPage.id)?.status).toBe('pending_payment');
    expect(s.purchases.expireStaleReservations(60_000)).toBe(0);
    // The seat is back: the same buyer may reserve again.
    expect(value(s.purchases.reserve(null, { offerId: live.seat.id, buyerName: 'A', buyerKey: key, question: 'Q' })).purchase.status).toBe(
      'pending_payment',
    );
  });

  it('requires a question when the offer does', () => {
    expectRefused(
      s.purchases.reserve(null, { offerId: live.seat.id, buyerName: 'A', buyerKey: buyerKey(), question: '   ' }),
      'bad_request',
      'Write the question you want to ask on air',
    );
  });

  it('refuses an inactive offer, an unknown offer, and an offer of another show', () => {
    value(s.catalog.setOfferActive(live.gift.id, false, HOST));
    s.events.length = 0;
    expectRefused(
      s.purchases.reserve(null, { offerId: live.gift.id, buyerName: 'A', buyerKey: buyerKey() }),
      'conflict',
      '‘Rocket’ is not available right now',
    );
    expectRefused(
      s.purchases.reserve(null, { offerId: 'off_doesnotexist', buyerName: 'A', buyerKey: buyerKey() }),
      'not_found',
      'This offer is not part of ‘Friday Q&A’',
    );
    const other = value(s.catalog.createShow({ title: 'Other', slug: 'other', currency: 'usd' }, HOST));
    const foreign = value(s.catalog.createOffer(other.id, { kind: 'gift', title: 'G', price: 100, animation: 'hearts' }, HOST));
    s.events.length = 0;
    expectRefused(
      s.purchases.reserve(null, { offerId: foreign.id, buyerName: 'A', buyerKey: buyerKey() }),
      'not_found',
      'This offer is not part of ‘Friday Q&A’',
    );
    expectRefused(
      s.purchases.reserve('other', { offerId: foreign.id, buyerName: 'A', buyerKey: buyerKey() }),
      'show_not_live',
      '‘Other’ is not live right now',
    );
  });

  it('refuses when no show is live', () => {
    value(s.catalog.setShowStatus(live.show.id, 'ended', HOST));
    s.events.length = 0;
    expectRefused(
      s.purchases.reserve(null, { offerId: live.gift.id, buyerName: 'A', buyerKey: buyerKey() }),
      'show_not_live',
      'No show is live right now',
    );
  });

  it('refuses a malformed request with the fields at fault', () => {
    const result = s.purchases.reserve(null, { offerId: live.gift.id, buyerName: '', buyerKey: 'short' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request', details: { buyerName: 'is required', buyerKey: 'is not a valid buyer key' } } });
    expect(countPurchases()).toBe(0);
  });
});

describe('receipts', () => {
  it('finds a purchase by its token and by nothing else', () => {
    const { receiptToken, purchase } = value(
      s.purchases.reserve(null, { offerId: live.seat.id, buyerName: 'Ada', buyerKey: buyerKey(), question: 'Why?' }),
    );
    expect(value(s.purchases.receiptByToken(receiptToken))).toMatchObject({
      purchaseId: purchase.id,
      showTitle: 'Friday Q&A',
      offerTitle: 'Ask me anything',
      kind: 'hotseat',
      status: 'pending_payment',
      charged: false,
      minutes: 3,
      question: 'Why?',
      joinUrl: null,
    });
    const notFound = {
      ok: false,
      error: { code: 'not_found', message: 'This receipt link is not valid. Open the full link from your confirmation.', reason: { id: 'error.purchases.receiptNotFound' } },
    };
    const flipped = (receiptToken[0] === 'A' ? 'B' : 'A') + receiptToken.slice(1);
    expect(s.purchases.receiptByToken(flipped)).toEqual(notFound);
    expect(s.purchases.receiptByToken('')).toEqual(notFound);
    expect(s.purchases.receiptByToken(`${receiptToken}x`)).toEqual(notFound);
  });
});
