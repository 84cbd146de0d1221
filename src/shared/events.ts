import { z } from 'zod';
import { NetworkSettings, PaymentsStatus } from './settings';
import { Offer, Show } from './offers';
import { AuditEntry, Purchase } from './purchases';
import { ReceiptView } from './store-api';
import { ObsStatus } from './obs';
import { ProgramState } from './program';
import { ModerationState, ModeratorInvite } from './moderation';

/** Events the core pushes to connected clients; each client gets only what its role may see. */
export const StudioEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('show.upserted'), show: Show }),
  z.object({ type: z.literal('offer.upserted'), offer: Offer }),
  z.object({ type: z.literal('purchase.upserted'), purchase: Purchase }),
  z.object({ type: z.literal('audit.appended'), entry: AuditEntry }),
  z.object({ type: z.literal('network.updated'), network: NetworkSettings }),
  z.object({ type: z.literal('payments.status'), payments: PaymentsStatus }),
  z.object({ type: z.literal('receipt.updated'), receipt: ReceiptView }),
  /** Line order, notes or blocked buyers changed (host and moderators). */
  z.object({ type: z.literal('moderation.updated'), moderation: ModerationState }),
  /** The host's moderator invites and who is connected (host only). */
  z.object({ type: z.literal('moderators.updated'), moderators: z.array(ModeratorInvite) }),
  /** OBS connection, outputs and health (host only). */
  z.object({ type: z.literal('obs.status'), status: ObsStatus }),
  /** Program settings and the live program feed (host only). */
  z.object({ type: z.literal('program.state'), program: ProgramState }),
]);
export type StudioEvent = z.infer<typeof StudioEvent>;
