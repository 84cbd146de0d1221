import { z } from 'zod';
import { Id } from './offers';
import { ErrorReason } from './result';

/**
 * Selfies: during a selfie hot seat the host takes a shot of the program (a countdown on the
 * program first), from OBS when it is connected, else from the studio's own compositor frame. The
 * picture is stored by the core, tied to the purchase, and the buyer downloads it from their
 * receipt. Moderators never see them.
 */

/** Largest picture the studio keeps (a full-HD PNG of camera pictures is 2–6 MB). */
export const SELFIE_MAX_BYTES = 10 * 1024 * 1024;
/** Shots per seat: several tries, not a photo shoot. */
export const SELFIES_PER_SEAT = 12;
/** How long the countdown runs on the program before the shot. */
export const SELFIE_COUNTDOWN_MS = 3_000;

export const SelfieContentType = z.enum(['image/png', 'image/jpeg']);
export type SelfieContentType = z.infer<typeof SelfieContentType>;

/** Where the picture came from: OBS's own render of the program input, or the studio page's compositor. */
export const SelfieSource = z.enum(['obs', 'studio']);
export type SelfieSource = z.infer<typeof SelfieSource>;

export const Selfie = z.object({
  id: Id,
  purchaseId: Id,
  seatId: Id,
  showId: Id,
  guestName: z.string(),
  contentType: SelfieContentType,
  bytes: z.number().int().positive(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  source: SelfieSource,
  takenAt: z.string(),
});
export type Selfie = z.infer<typeof Selfie>;

/** What the buyer's receipt lists (the picture itself is fetched with the receipt token). */
export const ReceiptSelfie = Selfie.pick({ id: true, contentType: true, bytes: true, width: true, height: true, takenAt: true });
export type ReceiptSelfie = z.infer<typeof ReceiptSelfie>;

/** A compositor frame the studio page uploaded for a shot (kept in memory for a couple of minutes). */
export const FrameId = z.string().regex(/^frm_[A-Za-z0-9_-]{16,64}$/, 'field.badFrameId');

export const TakeSelfieInput = z.object({
  seatId: Id,
  /** The studio page's own frame: the fallback when OBS is absent or its screenshot fails. */
  frameId: FrameId.nullable(),
});

/** The host starts the countdown: the guest on that seat is told when the shot happens. */
export const AnnounceSelfieInput = z.object({
  seatId: Id,
  /** Milliseconds until the shot. */
  inMs: z.number().int('field.wholeMilliseconds').min(0, 'field.notNegative').max(10_000, 'field.atMostTenSeconds'),
});

export const TakeSelfieResult = z.object({
  selfie: Selfie,
  /** What the host should know: OBS failed and the studio's frame was kept instead, and why. */
  notice: z.string().nullable(),
  /** The notice as a reason, so the page words it in its language (`notice` is its English). */
  noticeReason: ErrorReason.optional(),
});
export type TakeSelfieResult = z.infer<typeof TakeSelfieResult>;

export const UploadedFrame = z.object({ frameId: FrameId });
export type UploadedFrame = z.infer<typeof UploadedFrame>;

/** Where the studio page uploads its frame (host token in `Authorization: Bearer …`). */
export const SELFIE_FRAME_PATH = '/program/selfie-frame';
/** The host's copy of a stored selfie (thumbnails in the studio). */
export const hostSelfiePath = (selfieId: string) => `/program/selfies/${encodeURIComponent(selfieId)}`;
/** The buyer's download (receipt token in `X-Receipt-Token`). */
export const receiptSelfiePath = (selfieId: string) => `/api/receipt/selfies/${encodeURIComponent(selfieId)}`;
