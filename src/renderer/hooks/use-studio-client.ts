import { useEffect, useMemo } from 'react';
import { StudioClient } from '../lib/studio-client';
import { webSocketUrl } from '../lib/socket';
import { useNetworkAvailable } from './use-network-available';

/**
 * One StudioClient per server and token, started while the component is mounted and told when
 * the browser goes offline or online. Null while there is no token yet.
 */
export function useStudioClient(serverUrl: string | null, token: string | null): StudioClient | null {
  const client = useMemo(
    () => (serverUrl && token ? new StudioClient({ url: webSocketUrl(serverUrl), token, WebSocket }) : null),
    [serverUrl, token],
  );
  const networkAvailable = useNetworkAvailable();

  useEffect(() => {
    if (!client) return;
    client.start();
    return () => client.stop();
  }, [client]);

  useEffect(() => client?.setNetworkAvailable(networkAvailable), [client, networkAvailable]);
  return client;
}
