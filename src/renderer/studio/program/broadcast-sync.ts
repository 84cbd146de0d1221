import type { StudioEvent } from '../../../shared/events';
import type { ObsStatus } from '../../../shared/obs';
import type { ProgramState } from '../../../shared/program';
import type { SyncedStateOptions } from '../../lib/synced-state';

/** What the Program tab follows: OBS's status and the program's state (settings, arrangement, feed). */
export interface Broadcast {
  obs: ObsStatus;
  program: ProgramState;
}

/** Both read at every welcome, then each replaced by its event. */
export const BROADCAST_SYNC: SyncedStateOptions<Broadcast> = {
  load: async (client) => {
    const [obs, program] = await Promise.all([client.command('obs.status', {}), client.command('program.get', {})]);
    if (!obs.ok) return obs;
    if (!program.ok) return program;
    return { ok: true, value: { obs: obs.value, program: program.value } };
  },
  apply: applyBroadcastEvent,
};

export function applyBroadcastEvent(broadcast: Broadcast, event: StudioEvent): Broadcast {
  if (event.type === 'obs.status') return { ...broadcast, obs: event.status };
  if (event.type === 'program.state') {
    // Readers coming and going re-send the whole state: an unchanged arrangement keeps its identity,
    // so the page does not hand the compositor the same sources again.
    const same = JSON.stringify(event.program.arrangement) === JSON.stringify(broadcast.program.arrangement);
    return { ...broadcast, program: same ? { ...event.program, arrangement: broadcast.program.arrangement } : event.program };
  }
  return broadcast;
}
