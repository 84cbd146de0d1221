import { useEffect, useState } from 'react';
import type { GuestView } from '../../shared/guests';
import type { AppErrorShape } from '../../shared/result';
import { Observable } from '../lib/observable';
import type { ConnectionState, StudioClient } from '../lib/studio-client';
import { useReadable } from './use-readable';
import { useStudioClient } from './use-studio-client';

/** The seat's view and when this page received it (countdowns run from there, whatever the clocks say). */
export type ReceivedGuestView = GuestView & { receivedAt: number };

const noConnection = new Observable<ConnectionState>({ status: 'offline' });

export interface GuestSession {
  client: StudioClient | null;
  connection: ConnectionState;
  view: ReceivedGuestView | null;
  loadError: AppErrorShape | null;
}

/** A guest's connection to the studio: hello with the join token, their seat's view kept live. */
export function useGuestSession(token: string | null): GuestSession {
  const client = useStudioClient(token ? window.location.origin : null, token);
  const connection = useReadable(client?.state ?? noConnection);
  const [view, setView] = useState<ReceivedGuestView | null>(null);
  const [loadError, setLoadError] = useState<AppErrorShape | null>(null);

  useEffect(() => {
    if (!client) return;
    const offWelcome = client.onWelcome(() => {
      void client.command('guest.view', {}).then((result) => {
        if (result.ok) {
          setView({ ...result.value, receivedAt: Date.now() });
          setLoadError(null);
        } else setLoadError(result.error);
      });
    });
    const offEvent = client.onEvent((event) => {
      if (event.type === 'guest.view') setView({ ...event.view, receivedAt: Date.now() });
    });
    return () => {
      offWelcome();
      offEvent();
    };
  }, [client]);

  return { client, connection, view, loadError };
}
