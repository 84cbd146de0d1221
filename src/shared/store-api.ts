import { z } from 'zod';
import { Locale } from './i18n/locale';
import { Currency, MinorAmount } from './money';
import { GiftAnimation, HotSeatFormat, Id, ShowStatus } from './offers';
import { MessageStatus, PurchaseStatus } from './purchases';
import { ReceiptSelfie } from './selfies';
import { hasControlCharacters } from './text';

/** Public HTTP API of the store page and the receipt page (anonymous viewers). */

export const StoreOffer = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('tip'),
    id: Id,
    title: z.string(),
    description: z.string(),
    minAmount: MinorAmount,
    maxAmount: MinorAmount,
    messageMaxLength: z.number().int(),
  }),
  z.object({
    kind: z.literal('gift'),
    id: Id,
    title: z.string(),
    description: z.string(),
    price: MinorAmount,
    animation: GiftAnimation,
    messageMaxLength: z.number().int(),
  }),
  z.object({
    kind: z.literal('merch'),
    id: Id,
    title: z.string(),
    description: z.string(),
    price: MinorAmount,
    variants: z.array(z.object({ id: z.string(), label: z.string(), available: z.number().int() })),
    shippingCountries: z.array(z.string()),
  }),
  z.object({
    kind: z.literal('hotseat'),
    id: Id,
    title: z.string(),
    description: z.string(),
    format: HotSeatFormat,
    price: MinorAmount,
    minutes: z.number().int(),
    remaining: z.number().int(),
    perBuyer: z.number().int(),
    questionRequired: z.boolean(),
  }),
]);
export type StoreOffer = z.infer<typeof StoreOffer>;

export const StoreView = z.object({
  show: z.object({ id: Id, title: z.string(), slug: z.string(), currency: Currency, status: ShowStatus }),
  offers: z.array(StoreOffer),
});
export type StoreView = z.infer<typeof StoreView>;

const buyerName = z
  .string()
  .trim()
  .min(1, 'field.required')
  .max(60, 'field.tooLong')
  .refine((s) => !hasControlCharacters(s), 'field.noControlCharacters');

const freeText = z
  .string()
  .trim()
  .max(500, 'field.tooLong')
  .refine((s) => !hasControlCharacters(s, { allowNewlines: true }), 'field.noControlCharacters');

/** The viewer's order. Prices come from the offer on the server, never from this body. */
export const CheckoutRequest = z.object({
  offerId: Id,
  buyerName,
  /** A stable per-browser id so per-buyer limits hold without accounts. */
  buyerKey: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'field.badBuyerKey'),
  amount: MinorAmount.optional(),
  message: freeText.optional(),
  question: freeText.optional(),
  variantId: z.string().max(32).optional(),
  /** The store page's language: Stripe Checkout and the buyer's emails speak it; English when left out. */
  locale: Locale.optional(),
});
export type CheckoutRequest = z.infer<typeof CheckoutRequest>;

export const CheckoutResponse = z.object({
  purchaseId: Id,
  checkoutUrl: z.string().url(),
  receiptUrl: z.string().url(),
});
export type CheckoutResponse = z.infer<typeof CheckoutResponse>;

/** What a viewer sees of their own purchase; reachable only with its private receipt token. */
export const ReceiptView = z.object({
  purchaseId: Id,
  showTitle: z.string(),
  offerTitle: z.string(),
  kind: z.enum(['tip', 'gift', 'merch', 'hotseat']),
  format: HotSeatFormat.nullable(),
  status: PurchaseStatus,
  amount: MinorAmount,
  currency: Currency,
  charged: z.boolean(),
  buyerName: z.string(),
  message: z.string().nullable(),
  messageStatus: MessageStatus,
  question: z.string().nullable(),
  variantLabel: z.string().nullable(),
  minutes: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Private link to join as a guest once a hot seat is accepted (guest issue); null until then. */
  joinUrl: z.string().nullable(),
  /** Selfies taken during the buyer's selfie seat (download with the receipt token). */
  selfies: z.array(ReceiptSelfie),
  /** Merch on its way (who marked it is the host's business, not the buyer's). */
  shipment: z.object({ shippedAt: z.string(), trackingNumber: z.string().nullable() }).nullable(),
});
export type ReceiptView = z.infer<typeof ReceiptView>;

export const Health = z.object({
  ok: z.boolean(),
  db: z.enum(['ok', 'error']),
  payments: z.enum(['rehearsal', 'stripe']),
  version: z.string(),
  /**
   * Random for each run of the studio: the studio fetches its own public address and compares, so a
   * tunnel or proxy that lands on another studio (a port mix-up on a shared server) is caught.
   */
  studio: z.string().optional(),
});
export type Health = z.infer<typeof Health>;
