import { z } from 'zod';
import { Currency, MinorAmount } from './money';
import { Locale } from './i18n/locale';

export const Id = z.string().regex(/^[a-z]{2,5}_[A-Za-z0-9]{8,40}$/, 'field.badId');

export const ShowStatus = z.enum(['draft', 'live', 'ended']);
export type ShowStatus = z.infer<typeof ShowStatus>;

export const Show = z.object({
  id: Id,
  title: z.string(),
  slug: z.string(),
  currency: Currency,
  status: ShowStatus,
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  /** What the program and overlay write on stream (alerts, countdown, QR caption): the show's audience's language. */
  language: Locale,
});
export type Show = z.infer<typeof Show>;

export const ShowInput = z.object({
  title: z.string().trim().min(1, 'field.required').max(120, 'field.tooLong'),
  slug: z
    .string()
    .trim()
    .min(3, 'field.tooShort')
    .max(48, 'field.tooLong')
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'field.slugCharacters'),
  currency: Currency,
  /** The on-stream language; a new show without one speaks the studio's language. */
  language: Locale.optional(),
});
export type ShowInput = z.infer<typeof ShowInput>;

/** Gift animations shipped in resources/gifts; the overlay plays them by name. */
export const GiftAnimation = z.enum(['confetti', 'hearts', 'rocket', 'crown', 'fireworks']);
export type GiftAnimation = z.infer<typeof GiftAnimation>;

export const HotSeatFormat = z.enum(['qa', 'chat', 'selfie']);
export type HotSeatFormat = z.infer<typeof HotSeatFormat>;

const title = z.string().trim().min(1, 'field.required').max(80, 'field.tooLong');
const description = z.string().trim().max(500, 'field.tooLong').default('');
const messageMaxLength = z.number().int().min(0).max(500, 'field.tooLong');

const TipFields = z.object({
  kind: z.literal('tip'),
  title,
  description,
  minAmount: MinorAmount.min(1, 'field.moreThanZero'),
  maxAmount: MinorAmount,
  messageMaxLength: messageMaxLength.default(200),
  holdMessagesForReview: z.boolean().default(true),
});

const GiftFields = z.object({
  kind: z.literal('gift'),
  title,
  description,
  price: MinorAmount.min(1, 'field.moreThanZero'),
  animation: GiftAnimation,
  messageMaxLength: messageMaxLength.default(120),
  holdMessagesForReview: z.boolean().default(true),
});

export const MerchVariant = z.object({
  id: z.string().trim().min(1).max(32).regex(/^[A-Za-z0-9_-]+$/, 'field.variantIdCharacters'),
  label: z.string().trim().min(1, 'field.required').max(40),
  stock: z.number().int().min(0, 'field.notNegative').max(100_000),
});
export type MerchVariant = z.infer<typeof MerchVariant>;

const MerchFields = z.object({
  kind: z.literal('merch'),
  title,
  description,
  price: MinorAmount.min(1, 'field.moreThanZero'),
  variants: z
    .array(MerchVariant)
    .min(1, 'field.needsVariant')
    .max(30)
    .refine((v) => new Set(v.map((x) => x.id)).size === v.length, 'variant ids must be unique'),
  shippingCountries: z
    .array(z.string().regex(/^[A-Z]{2}$/, 'field.countryCode'))
    .min(1, 'field.needsCountry')
    .max(60),
});

const HotSeatFields = z.object({
  kind: z.literal('hotseat'),
  title,
  description,
  format: HotSeatFormat,
  price: MinorAmount.min(1, 'field.moreThanZero'),
  minutes: z.number().int().min(1, 'field.atLeastMinutes').max(60, 'field.atMostMinutes'),
  perShow: z.number().int().min(1).max(200),
  perBuyer: z.number().int().min(1).max(20),
  questionRequired: z.boolean().default(false),
});

const checkTipRange = (o: { kind: string; minAmount?: number; maxAmount?: number }, ctx: z.RefinementCtx) => {
  if (o.kind === 'tip' && o.minAmount !== undefined && o.maxAmount !== undefined && o.maxAmount < o.minAmount) {
    ctx.addIssue({ code: 'custom', path: ['maxAmount'], message: 'field.atLeastMinimum' });
  }
};

/** What the host submits when creating or editing an offer. */
export const OfferInput = z
  .discriminatedUnion('kind', [TipFields, GiftFields, MerchFields, HotSeatFields])
  .superRefine(checkTipRange);
export type OfferInput = z.infer<typeof OfferInput>;

const Stored = z.object({ id: Id, showId: Id, active: z.boolean(), sortOrder: z.number().int() });

export const TipOffer = TipFields.extend(Stored.shape);
export const GiftOffer = GiftFields.extend(Stored.shape);
export const MerchOffer = MerchFields.extend(Stored.shape);
export const HotSeatOffer = HotSeatFields.extend(Stored.shape);
export const Offer = z.discriminatedUnion('kind', [TipOffer, GiftOffer, MerchOffer, HotSeatOffer]);
export type Offer = z.infer<typeof Offer>;
export type TipOffer = z.infer<typeof TipOffer>;
export type GiftOffer = z.infer<typeof GiftOffer>;
export type MerchOffer = z.infer<typeof MerchOffer>;
export type HotSeatOffer = z.infer<typeof HotSeatOffer>;
export type OfferKind = Offer['kind'];
