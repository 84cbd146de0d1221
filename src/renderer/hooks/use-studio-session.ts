import { useEffect, useMemo } from 'react';
import type { StudioClient } from '../lib/studio-client';
import { StudioSession, type SessionView } from '../lib/studio-session';
import { Observable } from '../lib/observable';
import { useReadable } from './use-readable';

const idle = new Observable<SessionView>({ value: null, syncing: false, loadError: null });

/** The studio state kept in step with the core: snapshot on every welcome, events on top. */
export function useStudioSession(
  client: StudioClient | null,
  load?: ConstructorParameters<typeof StudioSession>[1],
): { session: StudioSession | null; view: SessionView } {
  // `load` is a module-level function for each page, so it never changes between renders.
  const session = useMemo(() => (client ? new StudioSession(client, load) : null), [client, load]);
  useEffect(() => session?.attach(), [session]);
  const view = useReadable(session?.state ?? idle);
  return { session, view };
}
