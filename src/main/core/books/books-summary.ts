import type { BalanceLine, BooksRange, BooksSummary, CurrencyTotals } from '../../../shared/books';
import { needsResponse } from '../../../shared/books';
import type { Show } from '../../../shared/offers';
import type { Purchase } from '../../../shared/purchases';
import { groupBy, sumLines } from './line-sums';

/**
 * The books of a set of purchases, from their recorded balance transactions: pure, so every sum
 * is tested on its own. Money is summed per currency of the line (what Stripe settled in, by
 * line-sums.ts); a purchase's own price is never mixed in.
 */
export interface BooksInput {
  range: BooksRange;
  shows: readonly Show[];
  /** With the buyer's per-browser key: one supporter who changed their display name is still one. */
  purchases: readonly { purchase: Purchase; buyerKey: string }[];
  lines: readonly (BalanceLine & { purchaseId: string })[];
}

const TOP_SUPPORTERS = 10;
const HOUR_MS = 3_600_000;

type Kind = Purchase['kind'];
const KINDS: readonly Kind[] = ['tip', 'gift', 'merch', 'hotseat'];

export function booksSummary(input: BooksInput): BooksSummary {
  const byId = new Map(input.purchases.map((p) => [p.purchase.id, p]));
  const lines = input.lines.filter((line) => byId.has(line.purchaseId));
  const purchases = input.purchases.map((p) => p.purchase);
  const linesOf = groupBy(lines, (line) => line.purchaseId);
  return {
    range: input.range,
    shows: [...input.shows]
      .sort((a, b) => (a.startedAt ?? a.createdAt).localeCompare(b.startedAt ?? b.createdAt))
      .map((s) => ({ id: s.id, title: s.title, startedAt: s.startedAt, endedAt: s.endedAt })),
    currencies: currencyTotals(lines, (id) => byId.get(id)?.purchase.kind),
    counts: {
      purchases: purchases.filter((p) => p.paidAt !== null).length,
      paid: purchases.filter((p) => (linesOf.get(p.id) ?? []).some((l) => l.category === 'charge')).length,
      refunded: purchases.filter((p) => p.status === 'refunded' || (linesOf.get(p.id) ?? []).some((l) => l.category === 'refund')).length,
      disputed: purchases.filter((p) => p.dispute !== null).length,
      disputesOpen: purchases.filter((p) => needsResponse(p.dispute)).length,
    },
    hotSeats: hotSeatCounts(purchases.filter((p) => p.kind === 'hotseat')),
    merch: {
      orders: purchases.filter((p) => p.kind === 'merch' && p.paidAt !== null).length,
      shipped: purchases.filter((p) => p.kind === 'merch' && p.shipment !== null).length,
    },
    topSupporters: topSupporters(input.purchases, linesOf),
    timeline: timeline(input, lines),
  };
}

function currencyTotals(lines: readonly (BalanceLine & { purchaseId: string })[], kindOf: (purchaseId: string) => Kind | undefined): CurrencyTotals[] {
  return [...groupBy(lines, (line) => line.currency)]
    .map(([currency, own]) => {
      const charges = own.filter((line) => line.category === 'charge');
      const byKind = KINDS.flatMap((kind) => {
        const ofKind = charges.filter((line) => kindOf(line.purchaseId) === kind);
        if (ofKind.length === 0) return [];
        return [{ kind, count: new Set(ofKind.map((l) => l.purchaseId)).size, gross: ofKind.reduce((sum, l) => sum + l.amount, 0) }];
      });
      return { currency, ...sumLines(own), byKind };
    })
    .sort((a, b) => b.gross - a.gross || a.currency.localeCompare(b.currency));
}

function hotSeatCounts(seats: readonly Purchase[]): BooksSummary['hotSeats'] {
  const count = (...statuses: Purchase['status'][]) => seats.filter((p) => statuses.includes(p.status)).length;
  return {
    // Sold: the buyer's money was held, whatever happened next.
    sold: seats.filter((p) => p.paidAt !== null).length,
    aired: count('on_air', 'completed'),
    cancelled: count('cancelled'),
    rejected: count('rejected'),
    noShow: count('no_show'),
  };
}

/** What each buyer paid and kept (refunds and disputes taken off), per currency. */
function topSupporters(
  purchases: BooksInput['purchases'],
  linesOf: Map<string, (BalanceLine & { purchaseId: string })[]>,
): BooksSummary['topSupporters'] {
  const supporters = new Map<string, { name: string; currency: string; total: number; purchases: Set<string>; latest: string }>();
  for (const { purchase, buyerKey } of purchases) {
    for (const line of linesOf.get(purchase.id) ?? []) {
      const key = `${buyerKey}\u0000${line.currency}`;
      const s = supporters.get(key) ?? { name: purchase.buyerName, currency: line.currency, total: 0, purchases: new Set(), latest: '' };
      s.total += line.amount;
      s.purchases.add(purchase.id);
      if (purchase.createdAt > s.latest) {
        s.latest = purchase.createdAt;
        s.name = purchase.buyerName;
      }
      supporters.set(key, s);
    }
  }
  return [...supporters.values()]
    .filter((s) => s.total > 0)
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name))
    .slice(0, TOP_SUPPORTERS)
    .map((s) => ({ name: s.name, currency: s.currency, total: s.total, purchases: s.purchases.size }));
}

function timeline(input: BooksInput, lines: readonly BalanceLine[]): BooksSummary['timeline'] {
  const charges = lines.filter((line) => line.category === 'charge');
  const bucket = bucketFor(input.range, charges);
  const size = { minute: 60_000, hour: HOUR_MS, day: 24 * HOUR_MS }[bucket];
  const points = new Map<string, { at: string; currency: string; gross: number }>();
  for (const line of charges) {
    const at = new Date(Math.floor(Date.parse(line.createdAt) / size) * size).toISOString();
    const key = `${at}\u0000${line.currency}`;
    const point = points.get(key) ?? { at, currency: line.currency, gross: 0 };
    point.gross += line.amount;
    points.set(key, point);
  }
  return { bucket, points: [...points.values()].sort((a, b) => a.at.localeCompare(b.at) || a.currency.localeCompare(b.currency)) };
}

/** Minutes for a show of a few hours, hours for a day or two, days beyond. */
function bucketFor(range: BooksRange, charges: readonly BalanceLine[]): BooksSummary['timeline']['bucket'] {
  let span: number;
  if (range.scope === 'dates') {
    span = Date.parse(range.to) - Date.parse(range.from);
  } else {
    // A show's money comes in while it runs (a hot seat is charged after air): span its charges.
    const times = charges.map((l) => Date.parse(l.createdAt)).sort((a, b) => a - b);
    span = times.length === 0 ? 0 : (times.at(-1) ?? 0) - (times[0] ?? 0);
  }
  if (span <= 6 * HOUR_MS) return 'minute';
  if (span <= 3 * 24 * HOUR_MS) return 'hour';
  return 'day';
}
