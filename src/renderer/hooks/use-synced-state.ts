import { useEffect, useMemo } from 'react';
import type { StudioClient } from '../lib/studio-client';
import { Observable } from '../lib/observable';
import { SyncedState, type SyncedStateOptions, type SyncedView } from '../lib/synced-state';
import { useReadable } from './use-readable';

const idle = new Observable<SyncedView<never>>({ value: null, syncing: false, loadError: null });

/** Follows `synced` while the component is mounted (attach, detach) and renders its view. */
export function useSyncedView<S>(synced: SyncedState<S> | null): SyncedView<S> {
  useEffect(() => synced?.attach(), [synced]);
  return useReadable<SyncedView<S>>(synced?.state ?? idle);
}

/**
 * A piece of the studio's state followed by this component (SyncedState: load on every welcome,
 * events on top, none lost in between). `options` must not change between renders: define it at
 * module level.
 */
export function useSyncedState<S>(client: StudioClient | null, options: SyncedStateOptions<S>): { synced: SyncedState<S> | null; view: SyncedView<S> } {
  const synced = useMemo(() => (client ? new SyncedState(client, options) : null), [client, options]);
  return { synced, view: useSyncedView(synced) };
}
