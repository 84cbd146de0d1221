import { useEffect } from 'react';
import { useIntl } from 'react-intl';
import { useNow } from '../hooks/use-now';

/** How long "Snap!" stays after the shot. */
const AFTER_MS = 1_500;

/**
 * The host is taking the guest's selfie: a big count to the shot, so the guest looks into the
 * camera and smiles when it happens. `at` is the local time of the shot; `onDone` once it is over.
 */
export function SelfieCue({ at, onDone }: { at: number; onDone: () => void }) {
  const intl = useIntl();
  const now = useNow(100);
  const over = now > at + AFTER_MS;
  useEffect(() => {
    if (over) onDone();
  }, [over, onDone]);
  if (over) return null;
  const left = Math.ceil((at - now) / 1000);
  return (
    <div className="selfie-cue" role="status" aria-live="assertive" data-testid="selfie-cue">
      {left > 0 ? (
        <>
          <p className="selfie-cue-title">{intl.formatMessage({ id: 'guest.selfie.in' })}</p>
          <p className="selfie-cue-count">{left}</p>
          <p className="selfie-cue-note">{intl.formatMessage({ id: 'guest.selfie.smile' })}</p>
        </>
      ) : (
        <p className="selfie-cue-title">{intl.formatMessage({ id: 'guest.selfie.snap' })}</p>
      )}
    </div>
  );
}
