import type { ModeratorInvite } from '../../../shared/moderation';
import type { SyncedStateOptions } from '../../lib/synced-state';

/**
 * The host's moderator invites and who is connected: listed at every welcome, then replaced by
 * `moderators.updated` (someone opened or closed a page, an invite was made or revoked).
 */
export const MODERATORS_SYNC: SyncedStateOptions<ModeratorInvite[]> = {
  load: (client) => client.command('moderators.list', {}),
  apply: (moderators, event) => (event.type === 'moderators.updated' ? event.moderators : moderators),
};
