import { useStudio } from '../../hooks/use-studio';

/** Says, under the header, when what is on screen may be out of date and actions are paused. */
export function OfflineBanner({ syncing, loadError, onReload }: { syncing: boolean; loadError: string | null; onReload: () => void }) {
  const { connection } = useStudio();
  if (connection.status !== 'online') {
    const why = connection.status === 'offline' ? 'This computer seems to be offline.' : 'Lost the connection to the studio core; reconnecting.';
    return (
      <div className="banner banner-offline" role="status">
        <strong>{why}</strong> You are seeing the last known state; actions are paused until the connection is back.
      </div>
    );
  }
  if (loadError) {
    return (
      <div className="banner banner-error" role="alert">
        <strong>Could not refresh the studio state:</strong> {loadError}{' '}
        <button type="button" className="button button-small" onClick={onReload}>
          Try again
        </button>
      </div>
    );
  }
  if (syncing) {
    return (
      <div className="banner banner-info" role="status">
        Catching up with the studio…
      </div>
    );
  }
  return null;
}
