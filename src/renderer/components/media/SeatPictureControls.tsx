import type { Seat } from '../../../shared/guests';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { ordinal } from '../../lib/format';

/**
 * A green room guest's picture when the core paused it (Seat.picture, decided in
 * core/guests/seat-pictures.ts): a still card saying where they stand and a "Show picture" button
 * that asks for their live picture anyway. `forHost`: the studio shows the picture on this very
 * card; a moderator's ask shows it in the host's studio.
 */
export function PausedPicture({ seat, forHost }: { seat: Seat; forHost: boolean }) {
  const { online } = useStudio();
  const show = useCommand('seat.showPicture');
  const place = seat.picture.placeInLine;
  return (
    <div className="guest-seat-paused">
      <p className="guest-seat-paused-title">Picture paused{place ? ` · ${ordinal(place)} in line` : ''}</p>
      <button
        type="button"
        className="button button-small"
        disabled={!online || show.pending}
        title={forHost ? 'See this guest’s live picture now, before their turn' : 'Ask for this guest’s live picture in the host’s studio'}
        onClick={() => void show.run({ seatId: seat.id, show: true })}
      >
        {show.pending ? 'Asking…' : forHost ? 'Show picture' : 'Show picture to the host'}
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
  const pause = useCommand('seat.showPicture');
  if (seat.picture.reason !== 'asked') return null;
  return (
    <p className="seat-meta guest-seat-asked">
      Picture shown on request{seat.picture.askedBy ? ` of ${seat.picture.askedBy}` : ''}{' '}
      <button type="button" className="button button-small" disabled={!online || pause.pending} onClick={() => void pause.run({ seatId: seat.id, show: false })}>
        Pause picture
      </button>
      {pause.error ? (
        <span className="inline-error" role="alert">
          {' '}
          {pause.error.message}
        </span>
      ) : null}
    </p>
  );
}
