import type { StudioEvent } from '../../../shared/events';
import type { Selfie } from '../../../shared/selfies';
import type { SyncedStateOptions } from '../../lib/synced-state';

/** The show's selfies: listed at every welcome, each buyer's list replaced as it changes, a new live show listed afresh. */
export const SELFIES_SYNC: SyncedStateOptions<Selfie[]> = {
  load: (client) => client.command('selfies.list', {}),
  apply: applySelfiesEvent,
  reloadOn: (event) => event.type === 'show.upserted' && event.show.status === 'live',
};
export const NO_SELFIES: Selfie[] = [];

export function applySelfiesEvent(selfies: Selfie[], event: StudioEvent): Selfie[] {
  if (event.type !== 'selfies.updated') return selfies;
  return [...selfies.filter((s) => s.purchaseId !== event.purchaseId), ...event.selfies].sort(byTaken);
}

function byTaken(a: Selfie, b: Selfie): number {
  return a.takenAt < b.takenAt ? -1 : a.takenAt > b.takenAt ? 1 : a.id < b.id ? -1 : 1;
}
