import { useNow } from '../../hooks/use-now';
import type { ConnectionState } from '../../lib/studio-client';

/** A dot and a word: is the page talking to the studio core right now. */
export function ConnectionStatus({ connection }: { connection: ConnectionState }) {
  const now = useNow(1000);
  let text: string;
  switch (connection.status) {
    case 'online':
      text = 'Connected';
      break;
    case 'connecting':
      text = 'Connecting…';
      break;
    case 'reconnecting': {
      const seconds = Math.ceil((connection.retryAt - now) / 1000);
      text = seconds > 0 ? `Reconnecting in ${seconds}s…` : 'Reconnecting…';
      break;
    }
    case 'offline':
      text = 'Offline';
      break;
    case 'refused':
      text = 'Refused';
      break;
  }
  return (
    <span className={`connection connection-${connection.status}`} role="status" aria-live="polite">
      <span className="connection-dot" aria-hidden="true" />
      {text}
    </span>
  );
}
