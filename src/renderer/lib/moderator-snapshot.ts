import type { StudioSnapshot } from '../../shared/commands';
import type { ModeratorSnapshot } from '../../shared/moderation';
import type { Result } from '../../shared/result';
import { OFF_PUBLIC_STATUS } from '../../shared/public-address';
import { DEFAULT_NETWORK } from '../../shared/settings';
import { STORAGE_OK } from '../../shared/storage';
import type { StudioClient } from './studio-client';

/**
 * A moderator's page runs the same queue, feed and activity components as the studio, over the
 * same reducer. Its snapshot carries no settings, payment status or links (the core never sends
 * them to a moderator), so those parts are filled with neutral values that nothing on the page shows.
 */
export function asConsoleSnapshot(snapshot: ModeratorSnapshot): StudioSnapshot {
  return {
    shows: snapshot.shows,
    activeShowId: snapshot.activeShowId,
    offers: snapshot.offers,
    purchases: snapshot.purchases,
    // Disputes are the host's alone (auth/moderator-view.ts strips them from every purchase).
    disputes: [],
    audit: snapshot.audit,
    moderation: snapshot.moderation,
    network: DEFAULT_NETWORK,
    publicAddress: OFF_PUBLIC_STATUS,
    payments: { mode: snapshot.paymentsMode, keyHint: null, webhookConfigured: false, lastPollAt: null, lastError: null },
    links: { studio: '', store: null, webhook: null },
    listening: { bindAddress: '127.0.0.1', url: '' },
    // Moderators are not told about the host's disk; a refused decision says why on its own.
    storage: STORAGE_OK,
    // The console speaks the creator's language, as the studio does.
    language: snapshot.language,
  };
}

export interface ModeratorIdentity {
  name: string;
  expiresAt: string;
}

/** Loads the moderator's snapshot for the shared session, telling `onIdentity` who this is. */
export function moderatorLoader(onIdentity: (me: ModeratorIdentity) => void) {
  return async (client: StudioClient): Promise<Result<StudioSnapshot>> => {
    const result = await client.command('moderator.snapshot', {});
    if (!result.ok) return result;
    onIdentity({ name: result.value.me.name, expiresAt: result.value.me.expiresAt });
    return { ok: true, value: asConsoleSnapshot(result.value) };
  };
}
