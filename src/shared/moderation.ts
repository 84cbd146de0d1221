import { z } from 'zod';
import { Id, Offer, Show } from './offers';
import { AuditEntry, Purchase } from './purchases';
import { hasControlCharacters } from './text';
import { Locale } from './i18n/locale';

/**
 * Moderators and the shared queue console: invites the host hands out, the state host and
 * moderators share about the live queue (line order, notes on seats, buyers blocked for the show),
 * and the redacted view a moderator gets of the studio.
 */

const personName = z
  .string()
  .trim()
  .min(1, 'field.required')
  .max(40, 'field.tooLong')
  .refine((s) => !hasControlCharacters(s), 'field.noControlCharacters');

/** A moderator invite as the host sees it. The token itself is shown once, at creation. */
export const ModeratorInvite = z.object({
  id: Id,
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  /** Open moderator pages right now (the studio counts live connections). */
  connections: z.number().int().nonnegative(),
});
export type ModeratorInvite = z.infer<typeof ModeratorInvite>;

/** Longest invite: a show rarely runs longer than a day; two weeks covers a season's rehearsals. */
export const MAX_INVITE_HOURS = 24 * 14;

export const ModeratorInviteInput = z.object({
  name: personName,
  expiresInHours: z
    .number()
    .int('field.wholeHours')
    .min(1, 'field.atLeastHours')
    .max(MAX_INVITE_HOURS, `must be at most ${MAX_INVITE_HOURS} hours (two weeks)`),
});
export type ModeratorInviteInput = z.infer<typeof ModeratorInviteInput>;

export const CreatedModeratorInvite = z.object({
  invite: ModeratorInvite,
  /** `<base>/moderator#token=…`: give it to the moderator; it is not shown again. */
  link: z.string(),
});
export type CreatedModeratorInvite = z.infer<typeof CreatedModeratorInvite>;

/** A note on a hot seat, visible to the host and every moderator. Append-only. */
export const SeatNote = z.object({
  id: z.number().int(),
  purchaseId: Id,
  author: z.string(),
  text: z.string(),
  at: z.string(),
});
export type SeatNote = z.infer<typeof SeatNote>;

export const SeatNoteInput = z.object({
  purchaseId: Id,
  text: z
    .string()
    .trim()
    .min(1, 'field.required')
    .max(280, 'field.tooLong')
    .refine((s) => !hasControlCharacters(s, { allowNewlines: true }), 'field.noControlCharacters'),
});

/** A buyer blocked for one show. The buyer's key never leaves the core; they are named by a purchase. */
export const BlockedBuyer = z.object({
  id: z.number().int(),
  showId: Id,
  buyerName: z.string(),
  /** The purchase they were blocked from. */
  purchaseId: Id,
  blockedBy: z.string(),
  reason: z.string().nullable(),
  at: z.string(),
});
export type BlockedBuyer = z.infer<typeof BlockedBuyer>;

/**
 * What host and moderators share about a show's queue. `lineOrder` lists accepted seats placed by
 * hand, first in line first; accepted seats not in it follow in order of payment. `revision` grows
 * with every change, so a client never replaces newer state with older.
 */
export const ModerationState = z.object({
  showId: Id.nullable(),
  revision: z.number().int().nonnegative(),
  lineOrder: z.array(Id),
  notes: z.array(SeatNote),
  blockedBuyers: z.array(BlockedBuyer),
});
export type ModerationState = z.infer<typeof ModerationState>;

export const ReorderInput = z.object({
  purchaseId: Id,
  /** Place the seat just before this one; null puts it at the end of the line. */
  beforeId: Id.nullable(),
});

export const BlockBuyerInput = z.object({
  purchaseId: Id,
  reason: z
    .string()
    .trim()
    .max(200, 'field.tooLong')
    .refine((s) => !hasControlCharacters(s), 'field.noControlCharacters')
    .optional(),
});

export const BlockBuyerResult = z.object({
  blocked: BlockedBuyer,
  /** Their seats that were still in the queue, now rejected (holds released, nothing charged). */
  rejectedSeats: z.number().int().nonnegative(),
  hiddenMessages: z.number().int().nonnegative(),
});

/**
 * What a moderator's page loads: the live queue, the feed and the activity log, without anything
 * only the host may see (buyer emails, shipping addresses, merch orders, settings, keys, links).
 */
export const ModeratorSnapshot = z.object({
  me: z.object({ id: Id, name: z.string(), expiresAt: z.string() }),
  shows: z.array(Show),
  activeShowId: Id.nullable(),
  offers: z.array(Offer),
  purchases: z.array(Purchase),
  audit: z.array(AuditEntry),
  moderation: ModerationState,
  paymentsMode: z.enum(['rehearsal', 'stripe']),
  /** The creator's language: the console speaks it, as the studio does. */
  language: Locale,
});
export type ModeratorSnapshot = z.infer<typeof ModeratorSnapshot>;
