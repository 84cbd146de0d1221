import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BalanceLine, PurchaseDispute, Settlement } from '../../../src/shared/books';
import { createBooksService, type BooksService } from '../../../src/main/core/books/books-service';
import { buyerKey, HOST, liveShow, studio, value, type LiveShow, type Studio } from '../queue/services-fixture';

/**
 * The books over real SQLite: purchases are paid through the purchase service exactly as Stripe's
 * observations arrive (with their balance transactions), then summed and exported.
 */
let s: Studio;
let live: LiveShow;
let books: BooksService;
beforeEach(() => {
  s = studio();
  live = liveShow(s);
  books = createBooksService(s.temp.db);
});
afterEach(() => s.cleanup());

let txn = 0;
const line = (category: BalanceLine['category'], amount: number, fee: number, at = '2030-01-01T10:05:00.000Z', currency = 'usd'): BalanceLine => ({
  id: `txn_${String(++txn).padStart(10, '0')}`,
  category,
  amount,
  fee,
  net: amount - fee,
  currency,
  createdAt: at,
});
const fee = (amount: number) => Math.round(amount * 0.029) + 30;
const charge = (amount: number, at?: string) => line('charge', amount, fee(amount), at);

function pay(input: { offerId: string; buyerName?: string; key?: string; amount?: number; message?: string; question?: string; variantId?: string }, settlement: Omit<Settlement, 'chargeId'> | null, type: 'payment_captured' | 'payment_authorized' = 'payment_captured') {
  const { purchase } = value(
    s.purchases.reserve(null, {
      offerId: input.offerId,
      buyerName: input.buyerName ?? 'Ada',
      buyerKey: input.key ?? buyerKey(),
      ...(input.amount ? { amount: input.amount } : {}),
      ...(input.message ? { message: input.message } : {}),
      ...(input.question ? { question: input.question } : {}),
      ...(input.variantId ? { variantId: input.variantId } : {}),
    }),
  );
  const sessionId = `cs_${purchase.id}`;
  value(s.purchases.attachCheckoutSession(purchase.id, sessionId, `https://checkout.test/${sessionId}`));
  observe(purchase.id, type, settlement);
  return purchase.id;
}

function observe(purchaseId: string, type: 'payment_captured' | 'payment_authorized' | 'refund_observed', settlement: Omit<Settlement, 'chargeId'> | null, eventId: string | null = null) {
  return value(
    s.purchases.applyObservation({
      eventId,
      purchaseId,
      observation: {
        type,
        paymentIntentId: `pi_${purchaseId}`,
        buyerEmail: 'buyer@example.com',
        ...(settlement ? { settlement: { chargeId: `ch_${purchaseId}`, ...settlement } } : {}),
      },
    }),
  );
}

const dispute = (status: PurchaseDispute['status'], amount: number): PurchaseDispute => ({
  id: 'dp_0000000001',
  status,
  reason: 'fraudulent',
  amount,
  currency: 'usd',
  openedAt: '2030-01-02T10:00:00.000Z',
  respondBy: status === 'needs_response' ? '2030-01-09T10:00:00.000Z' : null,
});

describe('the books of a show', () => {
  it('sums gross, fees, refunds and disputes per kind so that they add up to the net, and counts every outcome', () => {
    const tipCharge = charge(1000);
    pay({ offerId: live.tip.id, amount: 1000, buyerName: 'Ada', key: 'buyer-key-ada000000001' }, { lines: [tipCharge], dispute: null });
    const gift = pay({ offerId: live.gift.id, buyerName: 'Bo' }, { lines: [charge(500)], dispute: null });
    const shirt = pay({ offerId: live.shirt.id, variantId: 'M', buyerName: 'Cy' }, { lines: [charge(2500)], dispute: null });
    // A refund made later in the Stripe dashboard.
    const refundLine = line('refund', -2500, 0, '2030-01-01T11:00:00.000Z');
    observe(shirt, 'refund_observed', { lines: [charge(2500), refundLine].slice(1), dispute: null });
    // A hot seat: authorized (no money yet), then captured after air.
    const seat = pay({ offerId: live.seat.id, question: 'Q?', buyerName: 'Ada', key: 'buyer-key-ada000000001' }, null, 'payment_authorized');
    value(s.purchases.decide(seat, 'accept', HOST));
    const seatCharge = charge(2000, '2030-01-01T10:30:00.000Z');
    observe(seat, 'payment_captured', { lines: [seatCharge], dispute: null });
    // The gift is disputed: amount and the 15.00 fee withdrawn.
    const withdrawal = line('dispute', -500, 1500, '2030-01-02T10:00:00.000Z');
    observe(gift, 'payment_captured', { lines: [charge(500), withdrawal].slice(1), dispute: dispute('needs_response', 500) });
    // A rejected seat never moved money.
    const rejected = pay({ offerId: live.seat.id, question: 'Q?', buyerName: 'Di' }, null, 'payment_authorized');
    value(s.purchases.decide(rejected, 'reject', HOST));

    const summary = value(books.summary({ scope: 'show', showId: live.show.id }));
    expect(summary.currencies).toHaveLength(1);
    const usd = summary.currencies[0]!;
    const fees = fee(1000) + fee(500) + fee(2500) + fee(2000);
    expect(usd).toMatchObject({ currency: 'usd', gross: 6000, fees, refunds: 2500, disputes: 2000 });
    expect(usd.net).toBe(usd.gross - usd.fees - usd.refunds - usd.disputes);
    expect(usd.byKind).toEqual([
      { kind: 'tip', count: 1, gross: 1000 },
      { kind: 'gift', count: 1, gross: 500 },
      { kind: 'merch', count: 1, gross: 2500 },
      { kind: 'hotseat', count: 1, gross: 2000 },
    ]);
    expect(summary.counts).toEqual({ purchases: 5, paid: 4, refunded: 1, disputed: 1, disputesOpen: 1 });
    expect(summary.hotSeats).toEqual({ sold: 2, aired: 0, cancelled: 0, rejected: 1, noShow: 0 });
    expect(summary.merch).toEqual({ orders: 1, shipped: 0 });
    // One buyer under one browser key, whatever the purchase: 10.00 tip + 20.00 seat.
    expect(summary.topSupporters[0]).toEqual({ name: 'Ada', currency: 'usd', total: 3000, purchases: 2 });
    // Refunded and disputed money is not support.
    expect(summary.topSupporters.map((t) => t.name)).not.toContain('Cy');
    expect(summary.topSupporters.map((t) => t.name)).not.toContain('Bo');
    expect(summary.timeline.bucket).toBe('minute');
    expect(summary.timeline.points).toEqual([
      { at: '2030-01-01T10:05:00.000Z', currency: 'usd', gross: 4000 },
      { at: '2030-01-01T10:30:00.000Z', currency: 'usd', gross: 2000 },
    ]);
    expect(summary.shows.map((show) => show.id)).toEqual([live.show.id]);
  });

  it('records a balance line read twice (webhook and poller, or out of order) once', () => {
    const lines = [charge(1000)];
    const tip = pay({ offerId: live.tip.id, amount: 1000 }, { lines, dispute: null });
    const again = observe(tip, 'payment_captured', { lines, dispute: null }, 'evt_again');
    expect(again.changed).toBe(false);
    const usd = value(books.summary({ scope: 'show', showId: live.show.id })).currencies[0];
    expect(usd?.gross).toBe(1000);
  });

  it('never adds one currency to another', () => {
    pay({ offerId: live.tip.id, amount: 1000 }, { lines: [line('charge', 1000, 59)], dispute: null });
    // The creator's account settles a second purchase in euros (Stripe converted it).
    pay({ offerId: live.tip.id, amount: 1000 }, { lines: [line('charge', 920, 40, undefined, 'eur')], dispute: null });
    const summary = value(books.summary({ scope: 'show', showId: live.show.id }));
    expect(summary.currencies.map((c) => [c.currency, c.gross, c.fees, c.net])).toEqual([
      ['usd', 1000, 59, 941],
      ['eur', 920, 40, 880],
    ]);
  });

  it('follows a dispute to its end: a won dispute gives the amount back, not the fee', () => {
    const tip = pay({ offerId: live.tip.id, amount: 1000 }, { lines: [charge(1000)], dispute: null });
    const withdrawn = line('dispute', -1000, 1500, '2030-01-02T10:00:00.000Z');
    const opened = observe(tip, 'payment_captured', { lines: [withdrawn], dispute: dispute('needs_response', 1000) });
    expect(opened.purchase.dispute?.status).toBe('needs_response');
    expect(s.events.filter((e) => e.type === 'audit.appended').at(-1)).toMatchObject({ entry: { detail: expect.stringMatching(/dispute opened \(fraudulent\)/) as unknown } });
    const reinstated = line('dispute_reversal', 1000, 0, '2030-01-20T10:00:00.000Z');
    const won = observe(tip, 'payment_captured', { lines: [withdrawn, reinstated], dispute: dispute('won', 1000) });
    expect(won.purchase.dispute).toMatchObject({ status: 'won', respondBy: null });
    const usd = value(books.summary({ scope: 'show', showId: live.show.id })).currencies[0]!;
    expect(usd).toMatchObject({ gross: 1000, fees: fee(1000), disputes: 1500, net: 1000 - fee(1000) - 1500 });
    expect(value(books.summary({ scope: 'show', showId: live.show.id })).counts.disputesOpen).toBe(0);
  });

  it('covers every show of a date range, and refuses an unknown show', () => {
    pay({ offerId: live.tip.id, amount: 1000 }, { lines: [charge(1000)], dispute: null });
    const range = { scope: 'dates' as const, from: '2030-01-01T00:00:00+01:00', to: '2030-01-02T00:00:00+01:00' };
    const day = value(books.summary(range));
    expect(day.counts.purchases).toBe(1);
    expect(day.shows.map((show) => show.title)).toEqual(['Friday Q&A']);
    expect(value(books.summary({ ...range, from: '2030-01-02T00:00:00+01:00', to: '2030-01-03T00:00:00+01:00' })).counts.purchases).toBe(0);
    expect(books.summary({ scope: 'show', showId: 'shw_doesnotexist' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('exports', () => {
  it('writes every purchase with its money, parses back to the same totals, and neutralises formulas in what buyers typed', () => {
    pay({ offerId: live.tip.id, amount: 1234, buyerName: '=HYPERLINK("http://evil.test","click")', message: '+1 great' }, { lines: [charge(1234)], dispute: null });
    pay({ offerId: live.shirt.id, variantId: 'S', buyerName: '@Bo' }, { lines: [charge(2500)], dispute: null });
    const exported = value(books.export({ scope: 'show', showId: live.show.id }, 'purchases'));
    expect(exported.fileName).toMatch(/^hotseat-purchases-friday-qa(-\d{4}-\d{2}-\d{2})?\.csv$/);
    expect(exported.rows).toBe(2);
    const rows = parse<Record<string, string>>(exported.csv, { columns: true, bom: true });
    expect(rows.map((r) => r.buyer_name)).toEqual(['\'=HYPERLINK("http://evil.test","click")', "'@Bo"]);
    const summary = value(books.summary({ scope: 'show', showId: live.show.id })).currencies[0]!;
    const total = (column: string) => Math.round(rows.reduce((sum, r) => sum + Number(r[column]), 0) * 100);
    expect(total('charged')).toBe(summary.gross);
    expect(total('fee')).toBe(summary.fees);
    expect(total('net')).toBe(summary.net);
    expect(rows[0]).toMatchObject({ kind: 'tip', price: '12.34', price_currency: 'USD', balance_currency: 'USD', buyer_email: 'buyer@example.com', status: 'paid' });
    expect(rows[0]?.stripe_charge).toMatch(/^ch_/);
  });

  it('lists paid merch to pack with its address, and leaves out what was refunded', () => {
    const shirt = pay({ offerId: live.shirt.id, variantId: 'M', buyerName: 'Cy' }, { lines: [charge(2500)], dispute: null });
    value(s.purchases.markShipped([shirt], 'TRACK-1', HOST));
    const packing = parse<Record<string, string>>(value(books.export({ scope: 'show', showId: live.show.id }, 'packing')).csv, { columns: true, bom: true });
    expect(packing).toHaveLength(1);
    expect(packing[0]).toMatchObject({ item: 'Tour shirt', variant: 'size M', quantity: '1', tracking_number: 'TRACK-1' });
  });
});
