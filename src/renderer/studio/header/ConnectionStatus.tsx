import { useIntl } from 'react-intl';
import { useNow } from '../../hooks/use-now';
import type { ConnectionState } from '../../lib/studio-client';

/** A dot and a word: is the page talking to the studio core right now. */
export function ConnectionStatus({ connection }: { connection: ConnectionState }) {
  const now = useNow(1000);
  const intl = useIntl();
  let text: string;
  switch (connection.status) {
    case 'reconnecting': {
      const seconds = Math.ceil((connection.retryAt - now) / 1000);
      text = seconds > 0 ? intl.formatMessage({ id: 'shell.connection.reconnectingIn' }, { seconds }) : intl.formatMessage({ id: 'shell.connection.reconnecting' });
      break;
    }
    default:
      text = intl.formatMessage({ id: `shell.connection.${connection.status}` });
  }
  return (
    <span className={`connection connection-${connection.status}`} role="status" aria-live="polite">
      <span className="connection-dot" aria-hidden="true" />
      {text}
    </span>
  );
}
