import { useEffect, useMemo } from 'react';
import { FullPage, SessionLoading } from '../components/FullPage';
import { Notice } from '../components/Notice';
import { sessionStorageOrNull, useHostSession } from '../hooks/use-host-session';
import { useReadable } from '../hooks/use-readable';
import { StudioContext, type StudioContextValue } from '../hooks/use-studio';
import { useStudioClient } from '../hooks/use-studio-client';
import { useStudioSession } from '../hooks/use-studio-session';
import { forgetHostToken } from '../lib/host-session';
import { Observable } from '../lib/observable';
import type { ConnectionState } from '../lib/studio-client';
import { StudioLayout } from './StudioLayout';

const notConnected = new Observable<ConnectionState>({ status: 'connecting' });

/** The host's control room: finds the token, connects, loads the state, then shows the studio. */
export function StudioApp() {
  const hostSession = useHostSession();
  const session = hostSession?.ok ? hostSession.session : null;
  const client = useStudioClient(session?.serverUrl ?? null, session?.token ?? null);
  const connection = useReadable(client?.state ?? notConnected);
  const { session: studioSession, view } = useStudioSession(client);

  useEffect(() => {
    if (connection.status === 'refused') forgetHostToken(sessionStorageOrNull());
  }, [connection.status]);

  const context = useMemo<StudioContextValue | null>(
    () => (client && view.value ? { client, snapshot: view.value, connection, online: connection.status === 'online' } : null),
    [client, view.value, connection],
  );

  if (hostSession === null) return <FullPage><Notice kind="loading" title="Opening the studio…" /></FullPage>;
  if (!hostSession.ok) {
    return (
      <FullPage>
        <Notice kind="error" title="This studio link has no access token">
          {hostSession.reason}
        </Notice>
      </FullPage>
    );
  }
  if (connection.status === 'refused') {
    return (
      <FullPage>
        <Notice kind="error" title="The studio refused this connection">
          <p>{connection.reason}</p>
          <p>Open the studio link again from the Hotseat app (or the address printed by the headless server).</p>
        </Notice>
      </FullPage>
    );
  }
  if (!context) {
    return (
      <SessionLoading connection={connection} loadError={view.loadError} errorTitle="Could not load the studio" onRetry={() => void studioSession?.reload()} />
    );
  }
  return (
    <StudioContext.Provider value={context}>
      <StudioLayout syncing={view.syncing} loadError={view.loadError?.message ?? null} onReload={() => void studioSession?.reload()} />
    </StudioContext.Provider>
  );
}

