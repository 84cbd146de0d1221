import { z } from 'zod';
import { NetworkSettings, PaymentsStatus, StripeKeyInput, StudioLanguage } from './settings';
import { Locale } from './i18n/locale';
import { Id, Offer, OfferInput, Show, ShowInput, ShowStatus } from './offers';
import { AuditEntry, Purchase } from './purchases';
import { BooksExport, BooksExportKind, BooksRange, BooksSummary, ShipOrders } from './books';
import { ObsOutputCommand, ObsSettingsInput, ObsStatus } from './obs';
import { OverlayState, ProgramArrangement, ProgramSettings, ProgramState } from './program';
import { StorageStatus } from './storage';
import { PublicAddressStatus } from './public-address';
import { IceConfig, TurnSettingsInput, TurnState, TurnTestPlan } from './turn';
import { MailOutbox, MailSettingsInput, MailState, MailTestInput, MailTestResult } from './mail';
import { AnnounceSelfieInput, Selfie, TakeSelfieInput, TakeSelfieResult } from './selfies';
import { GuestName, GuestSettings, GuestView, IceServer, PeerId, Seat, SignalData } from './guests';
import {
  BlockBuyerInput,
  BlockBuyerResult,
  CreatedModeratorInvite,
  ModerationState,
  ModeratorInvite,
  ModeratorInviteInput,
  ModeratorSnapshot,
  ReorderInput,
  SeatNote,
  SeatNoteInput,
} from './moderation';

/**
 * Every command a client can send over the studio WebSocket, with its input and output schema.
 * Who may send which command is decided in one table in the core (core/auth/policy.ts).
 */
export const StudioSnapshot = z.object({
  shows: z.array(Show),
  activeShowId: Id.nullable(),
  offers: z.array(Offer),
  purchases: z.array(Purchase),
  /** Disputed purchases of any show still to be answered in Stripe (host only): a dispute comes weeks after its show. */
  disputes: z.array(Purchase),
  audit: z.array(AuditEntry),
  network: NetworkSettings,
  payments: PaymentsStatus,
  /** `webhook`: the address to register in Stripe, once the studio is public (null before). */
  links: z.object({ studio: z.string(), store: z.string().nullable(), webhook: z.string().nullable() }),
  /** The public address (Go public) and its health; `url` null means links are local only. */
  publicAddress: PublicAddressStatus,
  /** Where the server listens right now; a saved bind address differs until the studio restarts. */
  listening: z.object({ bindAddress: z.string(), url: z.string() }),
  /** Line order, seat notes and blocked buyers of the active show (shared with moderators). */
  moderation: ModerationState,
  /** Whether saving works (a locked database or a full disk says so here, and in `storage.status`). */
  storage: StorageStatus,
  /** The creator's language, which the studio speaks (Settings → Language). */
  language: Locale,
});
export type StudioSnapshot = z.infer<typeof StudioSnapshot>;

/**
 * What the overlay page loads at each (re)connect: the program's size and word filter, the gift
 * offers (their animations), and the alerts of the last few minutes, so one missed while the page
 * was reconnecting still plays (the page remembers which ids it has shown). Purchases are the
 * overlay's redacted view (auth/overlay-view.ts): no email, address, question or hot seats.
 */
export const OverlaySnapshot = z.object({
  overlay: OverlayState,
  offers: z.array(Offer),
  recent: z.array(Purchase),
});
export type OverlaySnapshot = z.infer<typeof OverlaySnapshot>;

const purchaseRef = z.object({
  purchaseId: Id,
  /** The version the actor saw; a stale version is refused so nobody acts on old information. */
  expectedVersion: z.number().int().nonnegative().optional(),
});

const seatRef = z.object({ seatId: Id });

export const commands = {
  'studio.snapshot': { input: z.object({}), output: StudioSnapshot },
  'show.create': { input: ShowInput, output: Show },
  'show.update': { input: z.object({ showId: Id, patch: ShowInput.partial() }), output: Show },
  'show.setStatus': { input: z.object({ showId: Id, status: ShowStatus }), output: Show },
  'offer.create': { input: z.object({ showId: Id, offer: OfferInput }), output: Offer },
  'offer.update': { input: z.object({ offerId: Id, offer: OfferInput }), output: Offer },
  'offer.setActive': { input: z.object({ offerId: Id, active: z.boolean() }), output: Offer },
  'queue.accept': { input: purchaseRef, output: Purchase },
  'queue.reject': { input: purchaseRef.extend({ reason: z.string().trim().max(200).optional() }), output: Purchase },
  'message.approve': { input: purchaseRef, output: Purchase },
  'message.reject': { input: purchaseRef, output: Purchase },
  'purchase.refund': { input: purchaseRef, output: Purchase },
  // The books and merch fulfilment (host only: they name buyers, their emails and addresses).
  'books.summary': { input: z.object({ range: BooksRange }), output: BooksSummary },
  'books.export': { input: z.object({ range: BooksRange, kind: BooksExportKind }), output: BooksExport },
  'merch.ship': { input: ShipOrders, output: z.array(Purchase) },
  'settings.network.update': { input: NetworkSettings, output: NetworkSettings },
  'payments.setKeys': { input: StripeKeyInput, output: PaymentsStatus },
  // Going public (host only): reconnect now, check from outside now, trust a changed host key, ngrok token.
  'public.retry': { input: z.object({}), output: PublicAddressStatus },
  'public.check': { input: z.object({}), output: PublicAddressStatus },
  'public.trustHostKey': { input: z.object({ fingerprint: z.string().regex(/^SHA256:[A-Za-z0-9+/]{43}$/, 'field.hostKeyFingerprint') }), output: PublicAddressStatus },
  'public.setNgrokToken': {
    input: z.object({
      authtoken: z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9_-]{20,200}$/, 'field.ngrokToken')
        .nullable(),
    }),
    output: PublicAddressStatus,
  },
  // Moderators (invites are the host's; the console commands are shared with moderators).
  'moderators.list': { input: z.object({}), output: z.array(ModeratorInvite) },
  'moderators.invite': { input: ModeratorInviteInput, output: CreatedModeratorInvite },
  'moderators.revoke': { input: z.object({ inviteId: Id }), output: ModeratorInvite },
  'moderator.snapshot': { input: z.object({}), output: ModeratorSnapshot },
  'queue.reorder': { input: ReorderInput, output: ModerationState },
  'queue.note': { input: SeatNoteInput, output: SeatNote },
  'buyer.block': { input: BlockBuyerInput, output: BlockBuyerResult },
  'buyer.unblock': { input: z.object({ blockId: z.number().int().positive() }), output: ModerationState },
  // Guests: the host runs the seats; a guest (join link) only sees and signals for their own seat.
  'seats.list': { input: z.object({}), output: z.object({ seats: z.array(Seat), settings: GuestSettings }) },
  'seat.call': { input: seatRef, output: Seat },
  'seat.backstage': { input: seatRef, output: Seat },
  'seat.live': { input: seatRef, output: Seat },
  /** Screening over: a backstage guest goes back to the green room, keeping their place in line. */
  'seat.greenroom': { input: seatRef, output: Seat },
  /** A moderator's view of the seats (screening) and the ICE servers to call a backstage guest. */
  'moderator.seats': { input: z.object({}), output: z.object({ seats: z.array(Seat), iceServers: z.array(IceServer) }) },
  'seat.end': { input: seatRef, output: Seat },
  'seat.extend': { input: seatRef.extend({ seconds: z.number().int().min(10).max(3600) }), output: Seat },
  'seat.mute': { input: seatRef.extend({ muted: z.boolean() }), output: Seat },
  'seat.hide': { input: seatRef.extend({ hidden: z.boolean() }), output: Seat },
  /**
   * Ask to see a waiting guest's live picture although they are further back in line (`show`), or
   * take the ask back: core/guests/seat-pictures.ts decides whose picture is live.
   */
  'seat.showPicture': { input: seatRef.extend({ show: z.boolean() }), output: Seat },
  'seat.replaceLink': { input: seatRef.extend({ newLink: z.boolean() }), output: z.object({ seat: Seat, joinUrl: z.string().nullable() }) },
  'seat.signal': { input: seatRef.extend({ peerId: PeerId, data: SignalData }), output: z.object({}) },
  'guests.invite': {
    input: z.object({ name: GuestName, minutes: z.number().int().min(1, 'field.tooLow').max(120, 'field.tooHigh') }),
    output: z.object({ seat: Seat, joinUrl: z.string() }),
  },
  'settings.guests.update': { input: GuestSettings, output: GuestSettings },
  'settings.language.update': { input: StudioLanguage, output: StudioLanguage },
  // TURN for guests behind NAT (core/turn): the secret goes in, never out.
  'settings.turn.get': { input: z.object({}), output: TurnState },
  'settings.turn.update': { input: TurnSettingsInput, output: TurnState },
  /** The TURN addresses with freshly minted credentials, for the studio page's relay-only test. */
  'turn.testPlan': { input: z.object({}), output: TurnTestPlan },
  /** ICE servers for this page's next peer connections (TURN credentials minted for it). */
  'ice.servers': { input: z.object({}), output: IceConfig },
  'guest.view': { input: z.object({}), output: GuestView },
  'guest.enter': { input: z.object({ name: GuestName }), output: GuestView },
  'guest.leave': { input: z.object({}), output: z.object({}) },
  'guest.media': { input: z.object({ ok: z.boolean() }), output: GuestView },
  'guest.signal': { input: z.object({ peerId: PeerId, data: SignalData }), output: z.object({}) },
  // OBS and the program picture (host only).
  'obs.status': { input: z.object({}), output: ObsStatus },
  'obs.configure': { input: ObsSettingsInput, output: ObsStatus },
  'obs.reconnect': { input: z.object({}), output: ObsStatus },
  'obs.output': { input: ObsOutputCommand, output: ObsStatus },
  'obs.switchScene': { input: z.object({ sceneName: z.string().trim().min(1, 'field.required').max(200) }), output: ObsStatus },
  'program.get': { input: z.object({}), output: ProgramState },
  'program.update': { input: ProgramSettings, output: ProgramState },
  /** The layout and the guests' slot order (the host dragged a guest to another slot). */
  'program.arrange': { input: ProgramArrangement, output: ProgramState },
  // The alert overlay page (role overlay, opened by the program key).
  'overlay.snapshot': { input: z.object({}), output: OverlaySnapshot },
  /**
   * The program feed over WebRTC: the program page (role overlay, the program key) offers to
   * receive, the studio page answers with the composed program; signaling only, media stays local.
   */
  'programFeed.watch': { input: z.object({ peerId: PeerId, data: SignalData }), output: z.object({}) },
  'programFeed.send': { input: z.object({ peerId: PeerId, data: SignalData }), output: z.object({}) },
  // Selfies (host only; the buyer downloads theirs from the receipt, moderators never see them).
  /** After the countdown on the program: the shot, from OBS or else the uploaded studio frame. */
  /** The selfie countdown starts: the guest on that seat sees it (a selfie seat on air only). */
  'selfie.announce': { input: AnnounceSelfieInput, output: z.object({}) },
  'selfie.take': { input: TakeSelfieInput, output: TakeSelfieResult },
  /** The active show's selfies, oldest first. */
  'selfies.list': { input: z.object({}), output: z.array(Selfie) },
  'selfie.delete': { input: z.object({ selfieId: Id }), output: z.object({}) },
  // Email to buyers over the creator's SMTP (host only; core/mail): the password goes in, never out.
  'mail.settings.get': { input: z.object({}), output: MailState },
  'mail.settings.set': { input: MailSettingsInput, output: MailState },
  'mail.test': { input: MailTestInput, output: MailTestResult },
  'mail.outbox': { input: z.object({}), output: MailOutbox },
  'mail.retry': { input: z.object({ messageId: z.number().int().positive() }), output: MailOutbox },
} as const;

export type CommandName = keyof typeof commands;

export type CommandInput<N extends CommandName> = z.input<(typeof commands)[N]['input']>;
export type CommandOutput<N extends CommandName> = z.infer<(typeof commands)[N]['output']>;
export const CommandName = z.enum(Object.keys(commands) as [CommandName, ...CommandName[]]);
