import { useEffect, useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { FullPage, SessionLoading } from '../components/FullPage';
import { Notice } from '../components/Notice';
import { sessionStorageOrNull } from '../hooks/use-host-session';
import { useReadable } from '../hooks/use-readable';
import { StudioContext, type StudioContextValue } from '../hooks/use-studio';
import { useStudioClient } from '../hooks/use-studio-client';
import { useStudioSession } from '../hooks/use-studio-session';
import { StudioIntl } from '../i18n/StudioIntl';
import { useLocalizeError } from '../i18n/use-localize-error';
import { forgetModeratorToken, resolveModeratorSession, type ModeratorSessionResult } from '../lib/moderator-session';
import { moderatorLoader, type ModeratorIdentity } from '../lib/moderator-snapshot';
import { Observable } from '../lib/observable';
import { refusalError, type ConnectionState } from '../lib/studio-client';
import { ModeratorConsole } from './ModeratorConsole';

const notConnected = new Observable<ConnectionState>({ status: 'connecting' });

/** A moderator's page, opened from the host's invite link: finds the token, connects, shows the console in the creator's language. */
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

  return (
    <StudioIntl language={view.value?.language ?? null}>
      <ModeratorScreens
        access={access}
        connection={connection}
        context={context}
        identity={identity}
        loadError={view.loadError}
        syncing={view.syncing}
        onReload={() => void session?.reload()}
      />
    </StudioIntl>
  );
}

function ModeratorScreens({
  access,
  connection,
  context,
  identity,
  loadError,
  syncing,
  onReload,
}: {
  access: ModeratorSessionResult;
  connection: ConnectionState;
  context: StudioContextValue | null;
  identity: ModeratorIdentity | null;
  loadError: { message: string } | null;
  syncing: boolean;
  onReload: () => void;
}) {
  const intl = useIntl();
  const brand = intl.formatMessage({ id: 'shell.moderatorBrand' });
  if (!access.ok) {
    return (
      <FullPage brand={brand}>
        <Notice kind="error" title={intl.formatMessage({ id: 'shell.moderatorLink.incomplete' })}>
          {access.reason}
        </Notice>
      </FullPage>
    );
  }
  if (connection.status === 'refused') return <AccessEnded brand={brand} refusal={connection} />;
  if (!context || !identity) {
    return <SessionLoading connection={connection} loadError={loadError} brand={brand} errorTitle={intl.formatMessage({ id: 'shell.loadFailed.queue' })} onRetry={onReload} />;
  }
  return (
    <StudioContext.Provider value={context}>
      <ModeratorConsole me={identity} syncing={syncing} loadError={loadError?.message ?? null} onReload={onReload} />
    </StudioContext.Provider>
  );
}

/** The studio cut this page off or turned the link down: say which, and what to do. */
function AccessEnded({ brand, refusal }: { brand: string; refusal: Extract<ConnectionState, { status: 'refused' }> }) {
  const intl = useIntl();
  const localize = useLocalizeError();
  // By the reason's id; an older studio's English only, by its words.
  const id = refusal.why?.id;
  const reason = localize(refusalError(refusal)).message;
  const title =
    id === 'error.moderator.revoked' || id === 'error.connection.revoked' || (id === undefined && /revoked/i.test(refusal.reason))
      ? intl.formatMessage({ id: 'shell.moderatorAccess.revoked' })
      : id === 'error.moderator.expired' || (id === undefined && /expired/i.test(refusal.reason))
        ? intl.formatMessage({ id: 'shell.moderatorAccess.expired' })
        : intl.formatMessage({ id: 'shell.moderatorAccess.refused' });
  return (
    <FullPage brand={brand}>
      <Notice kind="error" title={title}>
        <p>{reason}</p>
        <p>
          <FormattedMessage id="shell.moderatorAccess.nothingLost" />
        </p>
      </Notice>
    </FullPage>
  );
}
