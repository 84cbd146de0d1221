import { ActivityDetail } from './activity-detail';
import { Locale } from './i18n/locale';
import { z } from 'zod';
import { Currency, MinorAmount } from './money';
import { PurchaseDispute, Shipment } from './books';
import { HotSeatFormat, Id } from './offers';

/**
 * Where a purchase stands in its lifecycle. Hot seats go pending_payment → pending_review →
 * accepted | rejected, then accepted → on_air → completed (charged per the capture policy), or
 * accepted → no_show (called and never came: not charged); tips, gifts and merch go
 * pending_payment → paid (→ refunded). expired means checkout never completed (nothing was
 * charged); cancelled means an authorization was voided for a reason other than a rejection (show
 * ended, guest dropped before air, payment cancelled at the provider).
 */
export const PurchaseStatus = z.enum([
  'pending_payment',
  'pending_review',
  'accepted',
  'rejected',
  'paid',
  'refunded',
  'expired',
  'cancelled',
  'on_air',
  'completed',
  'no_show',
]);
export type PurchaseStatus = z.infer<typeof PurchaseStatus>;

/** What the money is doing, independent of the queue: the provider-side truth we last observed. */
export const PaymentState = z.enum(['none', 'authorized', 'captured', 'canceled', 'refunded', 'failed']);
export type PaymentState = z.infer<typeof PaymentState>;

export const MessageStatus = z.enum(['none', 'held', 'approved', 'rejected']);
export type MessageStatus = z.infer<typeof MessageStatus>;

export const ShippingAddress = z.object({
  name: z.string(),
  line1: z.string(),
  line2: z.string().nullable(),
  city: z.string(),
  state: z.string().nullable(),
  postalCode: z.string(),
  country: z.string(),
});
export type ShippingAddress = z.infer<typeof ShippingAddress>;

export const Purchase = z.object({
  id: Id,
  showId: Id,
  offerId: Id,
  offerTitle: z.string(),
  kind: z.enum(['tip', 'gift', 'merch', 'hotseat']),
  format: HotSeatFormat.nullable(),
  status: PurchaseStatus,
  payment: PaymentState,
  /** A money action (capture, cancel, refund) is recorded and not yet confirmed by the provider. */
  paymentActionPending: z.boolean(),
  amount: MinorAmount,
  currency: Currency,
  quantity: z.number().int().positive(),
  buyerName: z.string(),
  buyerEmail: z.string().nullable(),
  /** The language the buyer's store page spoke: their Stripe Checkout and their emails speak it too. */
  buyerLocale: Locale,
  message: z.string().nullable(),
  messageStatus: MessageStatus,
  question: z.string().nullable(),
  variantId: z.string().nullable(),
  variantLabel: z.string().nullable(),
  shipping: ShippingAddress.nullable(),
  /** Merch on its way: when, by whom, and the carrier's tracking number. */
  shipment: Shipment.nullable(),
  /** A dispute (chargeback or inquiry) on the charge, as Stripe last reported it. */
  dispute: PurchaseDispute.nullable(),
  version: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
  paidAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
});
export type Purchase = z.infer<typeof Purchase>;

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  purchaseId: Id.nullable(),
  /** In English, always; `said` words it in each page's language where it is set. */
  detail: z.string(),
  said: ActivityDetail.optional(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
