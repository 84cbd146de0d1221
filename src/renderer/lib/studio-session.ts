import type { StudioSnapshot } from '../../shared/commands';
import type { Result } from '../../shared/result';
import type { StudioClient } from './studio-client';
import { applyEvent, normalizeSnapshot } from './studio-state';
import { SyncedState, type SyncedView } from './synced-state';

export type SessionView = SyncedView<StudioSnapshot>;

/**
 * The studio state of a host's or moderator's page: the snapshot, then events through the
 * reducer (studio-state.ts), kept in step by SyncedState like every other piece a page follows.
 */
export class StudioSession extends SyncedState<StudioSnapshot> {
  /**
   * `load` fetches the starting state; the host's page asks for `studio.snapshot`, a moderator's
   * page for its redacted snapshot (see moderator-snapshot.ts).
   */
  constructor(client: StudioClient, load: (client: StudioClient) => Promise<Result<StudioSnapshot>> = (c) => c.command('studio.snapshot', {})) {
    super(client, {
      load: async (c) => {
        const result = await load(c);
        return result.ok ? { ok: true, value: normalizeSnapshot(result.value) } : result;
      },
      apply: applyEvent,
    });
  }
}
