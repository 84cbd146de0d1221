import { z } from 'zod';
import { NetworkSettings, PaymentsStatus } from './settings';
import { Offer, Show } from './offers';
import { AuditEntry, Purchase } from './purchases';
import { ReceiptView } from './store-api';
import { ObsStatus } from './obs';
import { StorageStatus } from './storage';
import { PublicAddressStatus } from './public-address';
import { OverlayState, ProgramState } from './program';
import { GuestSettings, GuestView, PeerId, Seat, SignalData } from './guests';
import { ModerationState, ModeratorInvite } from './moderation';
import { Selfie } from './selfies';
import { MailMessage } from './mail';
import { Locale } from './i18n/locale';

/** Events the core pushes to connected clients; each client gets only what its role may see. */
export const StudioEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('show.upserted'), show: Show }),
  z.object({ type: z.literal('offer.upserted'), offer: Offer }),
  z.object({ type: z.literal('purchase.upserted'), purchase: Purchase }),
  z.object({ type: z.literal('audit.appended'), entry: AuditEntry }),
  z.object({ type: z.literal('network.updated'), network: NetworkSettings }),
  /** The public address changed state (connecting, public, failing) or was checked (host only). */
  z.object({ type: z.literal('public.status'), status: PublicAddressStatus }),
  z.object({ type: z.literal('payments.status'), payments: PaymentsStatus }),
  z.object({ type: z.literal('receipt.updated'), receipt: ReceiptView }),
  /** A guest seat changed (host). */
  z.object({ type: z.literal('seat.upserted'), seat: Seat }),
  z.object({ type: z.literal('guests.settings'), settings: GuestSettings }),
  /**
   * Signaling from a guest page to the studio page's peer `peerId`: the host's, or with `to` the one
   * moderator (their subject) whose peer it is (screening backstage).
   */
  z.object({ type: z.literal('studio.signal'), seatId: z.string(), peerId: PeerId, data: SignalData, to: z.string().optional() }),
  /** Meant for one guest only (the hub routes these by seat): their view, and signaling from the studio. */
  z.object({ type: z.literal('guest.view'), seatId: z.string(), view: GuestView }),
  z.object({ type: z.literal('guest.signal'), seatId: z.string(), peerId: PeerId, data: SignalData }),
  /** Program feed signaling: from a program page to the studio page (host only)… */
  z.object({ type: z.literal('programFeed.fromWatcher'), peerId: PeerId, data: SignalData }),
  /** …and back, to the program pages (role overlay; each keeps only its own peer's). */
  z.object({ type: z.literal('programFeed.toWatcher'), peerId: PeerId, data: SignalData }),
  /** To the guest on a selfie seat: the host's shot happens in `inMs` (their page counts down). */
  z.object({ type: z.literal('guest.selfie'), seatId: z.string(), inMs: z.number().int().nonnegative() }),
  /** Line order, notes or blocked buyers changed (host and moderators). */
  z.object({ type: z.literal('moderation.updated'), moderation: ModerationState }),
  /** The host's moderator invites and who is connected (host only). */
  z.object({ type: z.literal('moderators.updated'), moderators: z.array(ModeratorInvite) }),
  /** OBS connection, outputs and health (host only). */
  z.object({ type: z.literal('obs.status'), status: ObsStatus }),
  /** Program settings and the live program feed (host only). */
  z.object({ type: z.literal('program.state'), program: ProgramState }),
  /** A purchase's selfies now (host; the hub turns it into that buyer's receipt.updated; never moderators). */
  z.object({ type: z.literal('selfies.updated'), purchaseId: z.string(), selfies: z.array(Selfie) }),
  /** What the alert overlay page knows of the program (overlay only: auth/overlay-view.ts makes it from program.state). */
  z.object({ type: z.literal('overlay.state'), overlay: OverlayState }),
  /** Whether the studio can save to its database (host only): a locked file or a full disk. */
  z.object({ type: z.literal('storage.status'), storage: StorageStatus }),
  /** The creator chose the studio's language (host and moderators: their consoles speak it). */
  z.object({ type: z.literal('studio.language'), language: Locale }),
  /** A buyer email changed state (sent, retrying, failed); `failed`: how many have given up (host only). */
  z.object({ type: z.literal('mail.message'), message: MailMessage, failed: z.number().int() }),
]);
export type StudioEvent = z.infer<typeof StudioEvent>;
