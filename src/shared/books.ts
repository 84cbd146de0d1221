import { z } from 'zod';
import { Currency, MinorAmount } from './money';
import { Id } from './offers';

/**
 * The creator's books: what Stripe moved for each purchase (its balance transactions: the charge
 * with its fee, refunds, dispute withdrawals and reinstatements), summed per show or date range.
 * Amounts are in minor units of each line's currency and never summed across currencies.
 */

/** The dispute on a purchase's charge, as Stripe last reported it. */
export const DisputeStatus = z.enum([
  'warning_needs_response',
  'warning_under_review',
  'warning_closed',
  'needs_response',
  'under_review',
  'won',
  'lost',
  'prevented',
]);
export type DisputeStatus = z.infer<typeof DisputeStatus>;

export const PurchaseDispute = z.object({
  id: z.string(),
  status: DisputeStatus,
  reason: z.string(),
  amount: MinorAmount,
  currency: Currency,
  openedAt: z.string(),
  /** The last moment to answer it in the Stripe dashboard (null once closed). */
  respondBy: z.string().nullable(),
});
export type PurchaseDispute = z.infer<typeof PurchaseDispute>;

/** A dispute the host still has to answer in their Stripe dashboard. */
export const needsResponse = (dispute: PurchaseDispute | null): boolean =>
  dispute !== null && (dispute.status === 'needs_response' || dispute.status === 'warning_needs_response');

/** A merch order on its way to the buyer. */
export const Shipment = z.object({
  shippedAt: z.string(),
  trackingNumber: z.string().nullable(),
  shippedBy: z.string(),
});
export type Shipment = z.infer<typeof Shipment>;

export const TRACKING_NUMBER_MAX = 64;
export const TrackingNumber = z
  .string()
  .trim()
  .min(1, 'field.trackingEmpty')
  .max(TRACKING_NUMBER_MAX, `A tracking number has at most ${TRACKING_NUMBER_MAX} characters`)
  .regex(/^[A-Za-z0-9 ._/-]+$/, 'field.trackingCharacters');

/** One balance transaction of a purchase's charge, as recorded from Stripe. */
export const BalanceLineCategory = z.enum(['charge', 'refund', 'dispute', 'dispute_reversal', 'other']);
export type BalanceLineCategory = z.infer<typeof BalanceLineCategory>;

export const BalanceLine = z.object({
  id: z.string(),
  category: BalanceLineCategory,
  amount: z.number().int(),
  fee: z.number().int(),
  net: z.number().int(),
  currency: Currency,
  createdAt: z.string(),
});
export type BalanceLine = z.infer<typeof BalanceLine>;

/**
 * What Stripe moved for one purchase's charge, as last read (core-internal: the books are built from
 * it). Re-reading always yields the same lines with the same ids, so recording them is idempotent.
 */
export interface Settlement {
  chargeId: string;
  lines: BalanceLine[];
  dispute: PurchaseDispute | null;
}

const MAX_RANGE_DAYS = 3660;

/** Which purchases the books cover: one show, or every show between two instants (from inclusive, to exclusive). */
export const BooksRange = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('show'), showId: Id }),
  z
    .object({
      scope: z.literal('dates'),
      from: z.iso.datetime({ offset: true, message: 'field.startNotDate' }),
      to: z.iso.datetime({ offset: true, message: 'field.endNotDate' }),
    })
    .refine((r) => Date.parse(r.from) < Date.parse(r.to), { message: 'field.startAfterEnd', path: ['to'] })
    .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= MAX_RANGE_DAYS * 86_400_000, {
      message: 'field.rangeTooLong',
      path: ['to'],
    }),
]);
export type BooksRange = z.infer<typeof BooksRange>;

export const PurchaseKindName = z.enum(['tip', 'gift', 'merch', 'hotseat']);

/** Money per currency. gross − fees − refunds − disputes (+ reinstated) = net, as Stripe pays out. */
export const CurrencyTotals = z.object({
  currency: Currency,
  gross: z.number().int(),
  fees: z.number().int(),
  refunds: z.number().int(),
  /** Withdrawn for disputes (the amount and the dispute fee), less what won disputes gave back. */
  disputes: z.number().int(),
  net: z.number().int(),
  byKind: z.array(z.object({ kind: PurchaseKindName, count: z.number().int(), gross: z.number().int() })),
});
export type CurrencyTotals = z.infer<typeof CurrencyTotals>;

export const BooksSummary = z.object({
  range: BooksRange,
  /** The shows the range covers, oldest first. */
  shows: z.array(z.object({ id: Id, title: z.string(), startedAt: z.string().nullable(), endedAt: z.string().nullable() })),
  currencies: z.array(CurrencyTotals),
  counts: z.object({
    purchases: z.number().int(),
    paid: z.number().int(),
    refunded: z.number().int(),
    disputed: z.number().int(),
    disputesOpen: z.number().int(),
  }),
  hotSeats: z.object({
    sold: z.number().int(),
    aired: z.number().int(),
    cancelled: z.number().int(),
    rejected: z.number().int(),
    noShow: z.number().int(),
  }),
  merch: z.object({ orders: z.number().int(), shipped: z.number().int() }),
  topSupporters: z.array(z.object({ name: z.string(), currency: Currency, total: z.number().int(), purchases: z.number().int() })),
  /** Gross charged over time, per currency: one point per bucket with money in it. */
  timeline: z.object({
    bucket: z.enum(['minute', 'hour', 'day']),
    points: z.array(z.object({ at: z.string(), currency: Currency, gross: z.number().int() })),
  }),
});
export type BooksSummary = z.infer<typeof BooksSummary>;

export const BooksExportKind = z.enum(['purchases', 'packing']);
export type BooksExportKind = z.infer<typeof BooksExportKind>;

export const BooksExport = z.object({ fileName: z.string(), csv: z.string(), rows: z.number().int().nonnegative() });
export type BooksExport = z.infer<typeof BooksExport>;

export const ShipOrders = z.object({
  purchaseIds: z.array(Id).min(1, 'field.noOrderChosen').max(200, 'field.tooManyOrders'),
  trackingNumber: TrackingNumber.nullable(),
});
export type ShipOrders = z.infer<typeof ShipOrders>;
