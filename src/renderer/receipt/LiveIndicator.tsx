import { useIntl } from 'react-intl';
import type { ConnectionState } from '../lib/studio-client';

/** Whether the status on screen is live or may be out of date (the receipt and the guest page). */
export function LiveIndicator({ connection }: { connection: ConnectionState }) {
  const intl = useIntl();
  return (
    <span className={`live-indicator live-indicator-${connection.status}`} role="status" aria-live="polite">
      <span className="live-indicator-dot" aria-hidden="true" />
      {intl.formatMessage({ id: 'receipt.live' }, { status: connection.status })}
    </span>
  );
}
