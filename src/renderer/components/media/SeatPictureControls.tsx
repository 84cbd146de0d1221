import { useIntl } from 'react-intl';
import type { Seat } from '../../../shared/guests';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';

/**
 * A green room guest's picture when the core paused it (Seat.picture, decided in
 * core/guests/seat-pictures.ts): a still card saying where they stand and a "Show picture" button
 * that asks for their live picture anyway. `forHost`: the studio shows the picture on this very
 * card; a moderator's ask shows it in the host's studio.
 */
export function PausedPicture({ seat, forHost }: { seat: Seat; forHost: boolean }) {
  const { online } = useStudio();
  const intl = useIntl();
  const show = useCommand('seat.showPicture');
  const place = seat.picture.placeInLine;
  return (
    <div className="guest-seat-paused">
      <p className="guest-seat-paused-title">{intl.formatMessage({ id: 'ui.picture.paused' }, { hasPlace: place ? 'yes' : 'no', place: place ?? 0 })}</p>
      <button
        type="button"
        className="button button-small"
        disabled={!online || show.pending}
        title={intl.formatMessage({ id: forHost ? 'ui.picture.showTitleHost' : 'ui.picture.showTitleModerator' })}
        onClick={() => void show.run({ seatId: seat.id, show: true })}
      >
        {intl.formatMessage({ id: show.pending ? 'ui.picture.asking' : forHost ? 'ui.picture.show' : 'ui.picture.showToHost' })}
      </button>
      {show.error ? (
        <p className="guest-seat-paused-error" role="alert">
          {show.error.message}
        </p>
      ) : null}
    </div>
  );
}

/** For a guest further back whose picture someone asked to see: who asked, and the way back to paused. */
export function AskedPictureNote({ seat }: { seat: Seat }) {
  const { online } = useStudio();
  const intl = useIntl();
  const pause = useCommand('seat.showPicture');
  if (seat.picture.reason !== 'asked') return null;
  const note = intl.formatMessage({ id: 'ui.picture.asked' }, { hasAsker: seat.picture.askedBy ? 'yes' : 'no', askedBy: seat.picture.askedBy ?? '' });
  return (
    <p className="seat-meta guest-seat-asked">
      {note} <button type="button" className="button button-small" disabled={!online || pause.pending} onClick={() => void pause.run({ seatId: seat.id, show: false })}>
        {intl.formatMessage({ id: 'ui.picture.pause' })}
      </button>
      {pause.error ? <span className="inline-error" role="alert"> {pause.error.message}</span> : null}
    </p>
  );
}
