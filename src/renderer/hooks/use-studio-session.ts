import { useMemo } from 'react';
import type { StudioClient } from '../lib/studio-client';
import { StudioSession, type SessionView } from '../lib/studio-session';
import { useSyncedView } from './use-synced-state';

/** The studio state kept in step with the core: snapshot on every welcome, events on top. */
export function useStudioSession(
  client: StudioClient | null,
  load?: ConstructorParameters<typeof StudioSession>[1],
): { session: StudioSession | null; view: SessionView } {
  // `load` is a module-level function for each page, so it never changes between renders.
  const session = useMemo(() => (client ? new StudioSession(client, load) : null), [client, load]);
  return { session, view: useSyncedView(session) };
}
