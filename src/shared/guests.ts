import { z } from 'zod';
import { HotSeatFormat, Id } from './offers';
import { hasControlCharacters } from './text';

/**
 * Guests: a hot-seat buyer (or someone the host invites for free) joining the show from a link.
 * A seat is the guest's place in the show; its purchase (if any) carries the money.
 */

/**
 * waiting: in line (in the green room when present); called: the host said "you're next" and the
 * no-show grace runs; backstage: talking with the host, not on the program; live: on the program;
 * ended: over (see outcome).
 */
export const SeatStage = z.enum(['waiting', 'called', 'backstage', 'live', 'ended']);
export type SeatStage = z.infer<typeof SeatStage>;

/** How a seat ended: served (had their airtime), dropped (before enough airtime), no_show, cancelled (refused, revoked, show ended, hold lost). */
export const SeatOutcome = z.enum(['served', 'dropped', 'no_show', 'cancelled']);
export type SeatOutcome = z.infer<typeof SeatOutcome>;

export const AirIntervalSchema = z.object({ startedAt: z.string(), endedAt: z.string().nullable() });

/**
 * Whether a guest's camera picture is sent to the studio now, decided by the core
 * (core/guests/seat-pictures.ts): live for guests with the host, the first few present in line and
 * those a host or moderator asked to see; paused (the guest page stops encoding video) for the rest
 * of the green room, who stay connected (sound, joins at once when called).
 */
export const PictureReason = z.enum(['with_host', 'front_of_line', 'asked', 'paused', 'away', 'ended']);
export type PictureReason = z.infer<typeof PictureReason>;

export const SeatPicture = z.object({
  live: z.boolean(),
  reason: PictureReason,
  /** 1 = next; the same place the guest is told. Null when not in line. */
  placeInLine: z.number().int().positive().nullable(),
  /** Who asked to see this guest (display name), while the ask stands. */
  askedBy: z.string().nullable(),
});
export type SeatPicture = z.infer<typeof SeatPicture>;

export const Seat = z.object({
  id: Id,
  showId: Id,
  /** The hot-seat purchase behind the seat; null for a free invite. */
  purchaseId: Id.nullable(),
  source: z.enum(['purchase', 'invite']),
  guestName: z.string(),
  format: HotSeatFormat.nullable(),
  question: z.string().nullable(),
  stage: SeatStage,
  outcome: SeatOutcome.nullable(),
  /** Seconds of airtime the guest is owed: paid minutes plus the host's extensions. */
  allowanceSeconds: z.number().int().nonnegative(),
  intervals: z.array(AirIntervalSchema),
  /** The guest is connected and in the green room (or on air) now. */
  present: z.boolean(),
  /** The guest's media reaches the studio (reported by the guest page's peer connection). */
  mediaOk: z.boolean(),
  /** Changes whenever a new page of the guest enters (reload, other device): the studio reconnects media. */
  presenceKey: z.string().nullable(),
  muted: z.boolean(),
  hidden: z.boolean(),
  calledAt: z.string().nullable(),
  firstLiveAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  /** Line order: when the seat was paid for (or invited). */
  lineAt: z.string(),
  /** Backstage with a moderator (their display name); null: with the host, or not backstage. */
  backstageWith: z.string().nullable(),
  /** Not stored: decided from the line and presence each time the seat is published. */
  picture: SeatPicture,
  version: z.number().int().nonnegative(),
});
export type Seat = z.infer<typeof Seat>;

export const IceServer = z.object({
  urls: z
    .array(
      z
        .string()
        .trim()
        .regex(/^(stun|stuns|turn|turns):[^\s]{1,200}$/, 'field.iceUrl'),
    )
    .min(1, 'field.needsAddress')
    .max(4),
  username: z.string().max(200).optional(),
  credential: z.string().max(200).optional(),
});
export type IceServer = z.infer<typeof IceServer>;

/** The host's guest settings, edited in the studio's Settings tab. */
export const GuestSettings = z.object({
  /** Charge when the guest first goes on air, or once they have been on air `captureAfterSeconds`. */
  capturePolicy: z.enum(['at_go_live', 'after_seconds']),
  captureAfterSeconds: z.number().int().min(1, 'field.atLeastSeconds').max(3600, 'field.atMostAnHour'),
  /** How long a called guest has to join before the seat is a no-show (hold released). */
  noShowGraceSeconds: z.number().int().min(5, 'field.atLeastSeconds').max(3600, 'field.atMostAnHour'),
  /** STUN/TURN servers for guests outside this network; none needed on the same machine or LAN. */
  iceServers: z.array(IceServer).max(8),
  /**
   * How many guests at the front of the green room line send their live picture (others pause
   * their video until they move up or someone asks to see them): each live picture costs a video
   * encode in the guest's browser and a decode in the studio, all the time.
   */
  livePictures: z.number().int().min(1, 'field.tooLow').max(24, 'field.tooHigh').default(6),
});
export type GuestSettings = z.infer<typeof GuestSettings>;

export const DEFAULT_GUEST_SETTINGS: GuestSettings = {
  capturePolicy: 'after_seconds',
  captureAfterSeconds: 10,
  noShowGraceSeconds: 120,
  iceServers: [],
  livePictures: 6,
};

/**
 * One WebRTC signaling message, as simple-peer emits it, checked field by field with size limits
 * so a broken or hostile page cannot push junk through the studio.
 */
export const SignalData = z.discriminatedUnion('type', [
  z.object({ type: z.literal('offer'), sdp: z.string().max(24_000) }),
  z.object({ type: z.literal('answer'), sdp: z.string().max(24_000) }),
  z.object({ type: z.literal('pranswer'), sdp: z.string().max(24_000) }),
  z.object({ type: z.literal('rollback'), sdp: z.string().max(0).optional() }),
  z.object({
    type: z.literal('candidate'),
    candidate: z.object({
      candidate: z.string().max(1024),
      sdpMid: z.string().max(64).nullable().optional(),
      sdpMLineIndex: z.number().int().min(0).max(255).nullable().optional(),
      usernameFragment: z.string().max(256).nullable().optional(),
    }),
  }),
  z.object({ type: z.literal('renegotiate'), renegotiate: z.literal(true) }),
  z.object({
    type: z.literal('transceiverRequest'),
    transceiverRequest: z.object({ kind: z.enum(['audio', 'video']), init: z.object({}).passthrough().optional() }),
  }),
  /** Not simple-peer's: the sender dropped this peer connection (reconnect media, page closing). */
  z.object({ type: z.literal('bye') }),
]);
export type SignalData = z.infer<typeof SignalData>;

/** Names one studio-side peer connection: a studio page instance and its attempt. */
export const PeerId = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, 'field.badPeerId');

export const GuestName = z
  .string()
  .trim()
  .min(1, 'field.required')
  .max(40, 'field.tooLong')
  .refine((s) => !hasControlCharacters(s), 'field.noControlCharacters');

/** What a guest sees of their own seat. */
export const GuestView = z.object({
  seatId: Id,
  showTitle: z.string(),
  guestName: z.string(),
  stage: SeatStage,
  outcome: SeatOutcome.nullable(),
  /** Backstage with a moderator (display name only); null: with the host, or not backstage. */
  backstageWith: z.string().nullable(),
  /** 1 = next. Null when not waiting in line. */
  placeInLine: z.number().int().positive().nullable(),
  /** Rough seconds until their turn: the airtime still owed to the guests ahead. */
  waitEstimateSeconds: z.number().int().nonnegative().nullable(),
  allowanceSeconds: z.number().int().nonnegative(),
  airedMs: z.number().int().nonnegative(),
  remainingMs: z.number().int().nonnegative(),
  running: z.boolean(),
  /** Server time of these numbers (epoch ms), so the page counts down from the same instant. */
  asOf: z.number(),
  muted: z.boolean(),
  hidden: z.boolean(),
  /** This connection is the one in the green room (another tab or device may have taken over). */
  present: z.boolean(),
  /** The studio sees this guest's picture now; false: the page keeps its camera to itself (video paused). */
  pictureLive: z.boolean(),
  calledAt: z.string().nullable(),
  noShowAt: z.string().nullable(),
  charged: z.boolean(),
  paid: z.boolean(),
  iceServers: z.array(IceServer),
});
export type GuestView = z.infer<typeof GuestView>;
