import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repositories, type Repositories } from '../../../src/main/core/store/repositories';
import { lineOf } from '../../../src/shared/line-order';
import { aHotSeatOffer, aMerchOffer, aPurchase, aShow, T0 } from './fixtures';
import { tempDb, type TempDb } from './temp-db';

let temp: TempDb;
let repos: Repositories;
beforeEach(() => {
  temp = tempDb();
  repos = repositories(temp.db);
});
afterEach(() => temp.cleanup());

const later = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();

describe('shows repo', () => {
  it('round-trips a show and finds the live one and the newest draft', () => {
    const older = aShow({ createdAt: later(0) });
    const newer = aShow({ createdAt: later(10) });
    repos.shows.insert(older);
    repos.shows.insert(newer);
    expect(repos.shows.get(older.id)).toEqual(older);
    expect(repos.shows.getBySlug(newer.slug)).toEqual(newer);
    expect(repos.shows.newestDraft()?.id).toBe(newer.id);
    expect(repos.shows.live()).toBeNull();

    const live = { ...older, status: 'live' as const, startedAt: later(20) };
    repos.shows.update(live);
    expect(repos.shows.live()).toEqual(live);
    expect(repos.shows.list().map((s) => s.id)).toEqual([newer.id, older.id]);
  });

  it('returns null for an unknown show', () => {
    expect(repos.shows.get('shw_nothere000')).toBeNull();
    expect(repos.shows.getBySlug('nothere')).toBeNull();
  });
});

describe('offers repo', () => {
  it('keeps kind-specific fields in config and reads back the same offer', () => {
    const show = aShow();
    repos.shows.insert(show);
    const merch = aMerchOffer(show.id);
    repos.offers.insert(merch, T0);
    expect(repos.offers.get(merch.id)).toEqual(merch);

    const edited = { ...merch, title: 'Tour hoodie', active: false };
    repos.offers.update(edited, later(5));
    expect(repos.offers.get(merch.id)).toEqual(edited);
  });

  it('lists offers of one show in display order and counts the next slot', () => {
    const show = aShow();
    repos.shows.insert(show);
    expect(repos.offers.nextSortOrder(show.id)).toBe(0);
    const second = { ...aHotSeatOffer(show.id), sortOrder: 1 };
    const first = { ...aMerchOffer(show.id), sortOrder: 0 };
    repos.offers.insert(second, T0);
    repos.offers.insert(first, T0);
    expect(repos.offers.listForShow(show.id).map((o) => o.id)).toEqual([first.id, second.id]);
    expect(repos.offers.nextSortOrder(show.id)).toBe(2);
  });

  it('fails loudly on a stored config that no longer matches the contract', () => {
    const show = aShow();
    repos.shows.insert(show);
    const merch = aMerchOffer(show.id);
    repos.offers.insert(merch, T0);
    temp.db.prepare(`UPDATE offers SET config = '{"price": -3}' WHERE id = ?`).run(merch.id);
    expect(() => repos.offers.get(merch.id)).toThrow();
  });
});

describe('purchases repo', () => {
  function setup() {
    const show = aShow();
    repos.shows.insert(show);
    const merch = aMerchOffer(show.id);
    const seat = aHotSeatOffer(show.id);
    repos.offers.insert(merch, T0);
    repos.offers.insert(seat, T0);
    return { show, merch, seat };
  }

  it('round-trips a purchase with its private fields', () => {
    const { merch } = setup();
    const shipping = { name: 'Ada', line1: '1 Main St', line2: null, city: 'X', state: null, postalCode: '1', country: 'US' };
    const record = { ...aPurchase(merch, { shipping }), checkoutSessionId: 'cs_1', checkoutUrl: 'https://pay/cs_1' };
    repos.purchases.insert(record);
    const { receiptTokenHash, ...stored } = record;
    expect(repos.purchases.get(record.purchase.id)).toEqual(stored);
    expect(repos.purchases.findByCheckoutSession('cs_1')?.purchase.id).toBe(record.purchase.id);
    expect(repos.purchases.findByReceiptHash(receiptTokenHash)?.record.purchase.id).toBe(record.purchase.id);
    expect(repos.purchases.findByReceiptHash('nope')).toBeNull();
    expect(repos.purchases.openCheckoutSessions()).toEqual([{ purchaseId: record.purchase.id, sessionId: 'cs_1' }]);
  });

  it('bumps the version on update and refuses a write based on a stale version', () => {
    const { merch } = setup();
    const record = aPurchase(merch);
    repos.purchases.insert(record);
    const read = repos.purchases.get(record.purchase.id);
    if (!read) throw new Error('missing');
    repos.purchases.update({ ...read, purchase: { ...read.purchase, status: 'paid', payment: 'captured' } });
    const after = repos.purchases.get(record.purchase.id);
    expect(after?.purchase).toMatchObject({ status: 'paid', payment: 'captured', version: 1 });
    expect(() => repos.purchases.update({ ...read, purchase: { ...read.purchase, status: 'expired' } })).toThrow(
      /changed underneath version 0/,
    );
    expect(repos.purchases.get(record.purchase.id)?.purchase.status).toBe('paid');
  });

  it('gives purchases no place in line of their own: the line is the hand-placed order, then payment order', () => {
    const { seat, show } = setup();
    const first = aPurchase(seat, { status: 'accepted', payment: 'authorized', paidAt: later(10) });
    const second = aPurchase(seat, { status: 'accepted', payment: 'authorized', paidAt: later(20) });
    const third = aPurchase(seat, { status: 'accepted', payment: 'authorized', paidAt: later(30) });
    for (const p of [first, second, third]) repos.purchases.insert(p);
    // A moderator moved the last payer to the front.
    repos.moderation.setLine(show.id, [third.purchase.id]);
    const accepted = repos.purchases.listForShow(show.id).map((r) => r.purchase);
    for (const purchase of accepted) expect(purchase).not.toHaveProperty('queuePosition');
    expect(lineOf(accepted, repos.moderation.rankedSeats(show.id)).map((p) => p.id)).toEqual([third.purchase.id, first.purchase.id, second.purchase.id]);
  });

  it('counts held units per variant and per buyer, only in holding statuses', () => {
    const { merch, seat, show } = setup();
    repos.purchases.insert(aPurchase(merch, { variantId: 'S', status: 'pending_payment' }));
    repos.purchases.insert(aPurchase(merch, { variantId: 'S', status: 'paid' }));
    repos.purchases.insert(aPurchase(merch, { variantId: 'S', status: 'expired' }));
    repos.purchases.insert(aPurchase(merch, { variantId: 'M', status: 'refunded' }));
    repos.purchases.insert(aPurchase(seat, { status: 'accepted' }, 'buyer-key-0000000002'));
    repos.purchases.insert(aPurchase(seat, { status: 'rejected' }, 'buyer-key-0000000002'));

    expect(repos.purchases.heldForOffer(merch.id)).toEqual([{ offerId: merch.id, variantId: 'S', quantity: 2 }]);
    expect(repos.purchases.heldForShow(show.id)).toEqual(
      expect.arrayContaining([
        { offerId: merch.id, variantId: 'S', quantity: 2 },
        { offerId: seat.id, variantId: null, quantity: 1 },
      ]),
    );
    expect(repos.purchases.heldForBuyer(seat.id, 'buyer-key-0000000002')).toBe(1);
    expect(repos.purchases.heldForBuyer(seat.id, 'buyer-key-0000000003')).toBe(0);
  });

  it('shows a pending money action on the purchase', () => {
    const { seat } = setup();
    const record = aPurchase(seat, { status: 'rejected', payment: 'authorized' });
    repos.purchases.insert(record);
    const { action } = repos.moneyActions.enqueue(record.purchase.id, 'cancel', T0);
    expect(repos.purchases.get(record.purchase.id)?.purchase.paymentActionPending).toBe(true);
    repos.moneyActions.markDone(action.id, later(1));
    expect(repos.purchases.get(record.purchase.id)?.purchase.paymentActionPending).toBe(false);
  });
});

describe('money actions repo', () => {
  function purchase() {
    const show = aShow();
    repos.shows.insert(show);
    const seat = aHotSeatOffer(show.id);
    repos.offers.insert(seat, T0);
    const record = { ...aPurchase(seat), paymentIntentId: 'pi_1', checkoutSessionId: 'cs_9' };
    repos.purchases.insert(record);
    return record.purchase.id;
  }

  it('enqueues one action per purchase and kind, whatever the number of calls', () => {
    const id = purchase();
    const first = repos.moneyActions.enqueue(id, 'cancel', T0);
    const again = repos.moneyActions.enqueue(id, 'cancel', later(1));
    expect(first.armed).toBe(true);
    expect(again.armed).toBe(false);
    expect(again.action.id).toBe(first.action.id);
    expect(first.action).toMatchObject({
      kind: 'cancel',
      idempotencyKey: `cancel-${id}`,
      status: 'pending',
      purchase: { purchaseId: id, stripePaymentIntentId: 'pi_1', stripeSessionId: 'cs_9' },
      amount: 2000,
      currency: 'usd',
    });
    expect(repos.moneyActions.forPurchase(id)).toHaveLength(1);
    const count = temp.db.prepare('SELECT COUNT(*) AS n FROM money_actions').get() as { n: number };
    expect(count.n).toBe(1);
  });

  it('keeps a retryable failure pending, gives up on a final one, and re-arms on demand', () => {
    const id = purchase();
    const { action } = repos.moneyActions.enqueue(id, 'cancel', T0);
    expect(repos.moneyActions.pending(10).map((a) => a.id)).toEqual([action.id]);

    repos.moneyActions.recordFailure(action.id, 'timeout', true, later(1));
    expect(repos.moneyActions.pending(10)).toEqual([
      expect.objectContaining({ id: action.id, attempts: 1, lastError: 'timeout', status: 'pending' }),
    ]);

    repos.moneyActions.recordFailure(action.id, 'card declined', false, later(2));
    expect(repos.moneyActions.get(action.id)).toMatchObject({ status: 'failed', attempts: 2, lastError: 'card declined' });
    expect(repos.moneyActions.pending(10)).toEqual([]);

    const rearmed = repos.moneyActions.enqueue(id, 'cancel', later(100));
    expect(rearmed.armed).toBe(true);
    expect(rearmed.action).toMatchObject({ id: action.id, status: 'pending', updatedAt: later(100) });
  });

  it('never re-arms an action that is done', () => {
    const id = purchase();
    const { action } = repos.moneyActions.enqueue(id, 'refund', T0);
    repos.moneyActions.markDone(action.id, later(1));
    expect(repos.moneyActions.enqueue(id, 'refund', later(2))).toMatchObject({ armed: false, action: { status: 'done' } });
  });
});

describe('audit, settings and stripe events repos', () => {
  it('appends audit entries and reads them newest first', () => {
    const one = { parts: [{ id: 'activity.said.showCreated', values: { title: 'One', slug: 'one' } }] };
    const a = repos.audit.append({ at: T0, actor: 'Host', action: 'show.created', purchaseId: null, said: one });
    const b = repos.audit.append({ at: later(1), actor: 'Maya', action: 'show.live', purchaseId: null, said: { parts: [{ id: 'activity.said.showStatus', values: { title: 'One', status: 'live' } }] } });
    expect(a).toMatchObject({ detail: 'Created ‘One’ at “one”', said: one });
    expect(b.id).toBeGreaterThan(a.id);
    expect(repos.audit.recent(10)).toEqual([b, a]);
    expect(repos.audit.recent(1)).toEqual([b]);
  });

  it('stores, overwrites and deletes settings', () => {
    expect(repos.settings.get('network')).toBeNull();
    repos.settings.set('network', '{"a":1}');
    repos.settings.set('network', '{"a":2}');
    expect(repos.settings.get('network')).toBe('{"a":2}');
    repos.settings.delete('network');
    expect(repos.settings.get('network')).toBeNull();
  });

  it('records an event id once and keeps one cursor', () => {
    expect(repos.stripeEvents.markProcessed('evt_1', null, T0)).toBe(true);
    expect(repos.stripeEvents.markProcessed('evt_1', null, later(1))).toBe(false);
    expect(repos.stripeEvents.isProcessed('evt_1')).toBe(true);
    expect(repos.stripeEvents.isProcessed('evt_2')).toBe(false);
    expect(repos.stripeEvents.cursor()).toBeNull();
    repos.stripeEvents.setCursor('evt_1', T0);
    repos.stripeEvents.setCursor('evt_5', later(1));
    expect(repos.stripeEvents.cursor()).toBe('evt_5');
  });
});
