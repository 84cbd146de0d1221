import { useEffect, useState } from 'react';
import type { AppErrorShape } from '../../shared/result';
import { ReceiptView } from '../../shared/store-api';
import { requestJson } from '../lib/http';
import { Observable } from '../lib/observable';
import type { ConnectionState } from '../lib/studio-client';
import { useReadable } from './use-readable';
import { useStudioClient } from './use-studio-client';

export type ReceiptState =
  | { phase: 'missing-token' }
  | { phase: 'loading' }
  | { phase: 'ready'; receipt: ReceiptView }
  | { phase: 'error'; error: AppErrorShape };

const noConnection = new Observable<ConnectionState>({ status: 'offline' });

/**
 * A buyer's receipt: loaded once over HTTP (fast, and works where WebSockets are blocked), then
 * kept current by `receipt.updated` events on a WebSocket that says hello with the receipt token.
 */
export function useReceipt(token: string | null): { state: ReceiptState; connection: ConnectionState; retry: () => void } {
  const [state, setState] = useState<ReceiptState>(token ? { phase: 'loading' } : { phase: 'missing-token' });
  const [attempt, setAttempt] = useState(0);
  const client = useStudioClient(token ? window.location.origin : null, token);
  const connection = useReadable(client?.state ?? noConnection);

  useEffect(() => {
    if (!token) return;
    let current = true;
    void requestJson('/api/receipt', ReceiptView, { headers: { 'X-Receipt-Token': token } }).then((result) => {
      if (!current) return;
      // A live update may have arrived first; an event is never older than this answer's request.
      setState((previous) => (previous.phase === 'ready' ? previous : result.ok ? { phase: 'ready', receipt: result.value } : { phase: 'error', error: result.error }));
    });
    return () => {
      current = false;
    };
  }, [token, attempt]);

  useEffect(
    () =>
      client?.onEvent((event) => {
        if (event.type === 'receipt.updated') setState({ phase: 'ready', receipt: event.receipt });
      }),
    [client],
  );

  return {
    state,
    connection,
    retry: () => {
      setState({ phase: 'loading' });
      setAttempt((n) => n + 1);
    },
  };
}
