import { useEffect, useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { FullPage, SessionLoading } from '../components/FullPage';
import { Notice } from '../components/Notice';
import { sessionStorageOrNull, useHostSession } from '../hooks/use-host-session';
import { useReadable } from '../hooks/use-readable';
import { StudioContext, type StudioContextValue } from '../hooks/use-studio';
import { useStudioClient } from '../hooks/use-studio-client';
import { useStudioSession } from '../hooks/use-studio-session';
import { StudioIntl } from '../i18n/StudioIntl';
import { useLocalizeError } from '../i18n/use-localize-error';
import { forgetHostToken } from '../lib/host-session';
import { Observable } from '../lib/observable';
import { refusalError, type ConnectionState } from '../lib/studio-client';
import { StudioLayout } from './StudioLayout';

const notConnected = new Observable<ConnectionState>({ status: 'connecting' });

/** The host's control room: finds the token, connects, loads the state, then shows the studio, in the creator's language. */
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

  return (
    <StudioIntl language={view.value?.language ?? null}>
      <StudioScreens
        hostSession={hostSession}
        connection={connection}
        context={context}
        loadError={view.loadError}
        syncing={view.syncing}
        onReload={() => void studioSession?.reload()}
      />
    </StudioIntl>
  );
}

function StudioScreens({
  hostSession,
  connection,
  context,
  loadError,
  syncing,
  onReload,
}: {
  hostSession: ReturnType<typeof useHostSession>;
  connection: ConnectionState;
  context: StudioContextValue | null;
  loadError: { message: string } | null;
  syncing: boolean;
  onReload: () => void;
}) {
  const intl = useIntl();
  const localize = useLocalizeError();
  if (hostSession === null) {
    return (
      <FullPage>
        <Notice kind="loading" title={intl.formatMessage({ id: 'shell.opening' })} />
      </FullPage>
    );
  }
  if (!hostSession.ok) {
    return (
      <FullPage>
        <Notice kind="error" title={intl.formatMessage({ id: 'shell.noToken.title' })}>
          {hostSession.reason}
        </Notice>
      </FullPage>
    );
  }
  if (connection.status === 'refused') {
    return (
      <FullPage>
        <Notice kind="error" title={intl.formatMessage({ id: 'shell.refused.title' })}>
          <p>{localize(refusalError(connection)).message}</p>
          <p>
            <FormattedMessage id="shell.refused.body" />
          </p>
        </Notice>
      </FullPage>
    );
  }
  if (!context) {
    return <SessionLoading connection={connection} loadError={loadError} errorTitle={intl.formatMessage({ id: 'shell.loadFailed.studio' })} onRetry={onReload} />;
  }
  return (
    <StudioContext.Provider value={context}>
      <StudioLayout syncing={syncing} loadError={loadError?.message ?? null} onReload={onReload} />
    </StudioContext.Provider>
  );
}
