import type { ConnectionState } from '../lib/studio-client';

/** Whether the status on screen is live or may be out of date. */
export function LiveIndicator({ connection }: { connection: ConnectionState }) {
  const text =
    connection.status === 'online'
      ? 'Updating live'
      : connection.status === 'refused'
        ? 'Live updates unavailable — reload to refresh'
        : connection.status === 'offline'
          ? 'Offline — reconnecting when you’re back'
          : 'Reconnecting…';
  return (
    <span className={`live-indicator live-indicator-${connection.status}`} role="status" aria-live="polite">
      <span className="live-indicator-dot" aria-hidden="true" />
      {text}
    </span>
  );
}
