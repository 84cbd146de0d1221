import { useEffect, useMemo, useState } from 'react';
import { FullPage, SessionLoading } from '../components/FullPage';
import { Notice } from '../components/Notice';
import { sessionStorageOrNull } from '../hooks/use-host-session';
import { useReadable } from '../hooks/use-readable';
import { StudioContext, type StudioContextValue } from '../hooks/use-studio';
import { useStudioClient } from '../hooks/use-studio-client';
import { useStudioSession } from '../hooks/use-studio-session';
import { forgetModeratorToken, resolveModeratorSession, type ModeratorSessionResult } from '../lib/moderator-session';
import { moderatorLoader, type ModeratorIdentity } from '../lib/moderator-snapshot';
import { Observable } from '../lib/observable';
import type { ConnectionState } from '../lib/studio-client';
import { ModeratorConsole } from './ModeratorConsole';

const MODERATOR_BRAND = 'Hotseat · Moderator';

const notConnected = new Observable<ConnectionState>({ status: 'connecting' });

/** A moderator's page, opened from the host's invite link: finds the token, connects, shows the console. */
export function ModeratorApp() {
  const [access] = useState<ModeratorSessionResult>(() =>
    resolveModeratorSession({ location: window.location, history: window.history, storage: sessionStorageOrNull() }),
  );
  const [identity, setIdentity] = useState<ModeratorIdentity | null>(null);
  const load = useMemo(() => moderatorLoader(setIdentity), []);
  const client = useStudioClient(access.ok ? access.serverUrl : null, access.ok ? access.token : null);
  const connection = useReadable(client?.state ?? notConnected);
  const { session, view } = useStudioSession(client, load);

  useEffect(() => {
    if (connection.status === 'refused') forgetModeratorToken(sessionStorageOrNull());
  }, [connection.status]);

  const context = useMemo<StudioContextValue | null>(
    () => (client && view.value ? { client, snapshot: view.value, connection, online: connection.status === 'online', role: 'moderator' } : null),
    [client, view.value, connection],
  );

  if (!access.ok) {
    return (
      <FullPage brand={MODERATOR_BRAND}>
        <Notice kind="error" title="This moderator link is incomplete">
          {access.reason}
        </Notice>
      </FullPage>
    );
  }
  if (connection.status === 'refused') return <AccessEnded reason={connection.reason} />;
  if (!context || !identity) {
    return (
      <SessionLoading connection={connection} loadError={view.loadError} brand={MODERATOR_BRAND} errorTitle="Could not load the queue" onRetry={() => void session?.reload()} />
    );
  }
  return (
    <StudioContext.Provider value={context}>
      <ModeratorConsole me={identity} syncing={view.syncing} loadError={view.loadError?.message ?? null} onReload={() => void session?.reload()} />
    </StudioContext.Provider>
  );
}

/** The studio cut this page off or turned the link down: say which, and what to do. */
function AccessEnded({ reason }: { reason: string }) {
  const title = /revoked/i.test(reason)
    ? 'Your moderator access was revoked'
    : /expired/i.test(reason)
      ? 'Your moderator link has expired'
      : 'This moderator link does not work';
  return (
    <FullPage brand={MODERATOR_BRAND}>
      <Notice kind="error" title={title}>
        <p>{reason}</p>
        <p>Nothing you did before this moment is lost. You can close this tab.</p>
      </Notice>
    </FullPage>
  );
}

