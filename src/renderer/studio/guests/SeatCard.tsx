import { airClockRunning, remainingMs } from '../../../shared/air-time';
import type { Seat } from '../../../shared/guests';
import { AskedPictureNote, PausedPicture } from '../../components/media/SeatPictureControls';
import { SeatMediaState } from '../../components/media/SeatMediaState';
import { StreamVideo } from '../../components/media/StreamVideo';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { formatDuration } from '../../lib/format';
import type { SeatMedia } from '../../lib/studio-peers';
import { FormatBadge } from '../queue/FormatBadge';
import { SeatSelfies } from '../selfies/SeatSelfies';
import { useGuests } from './GuestsContext';

const STAGE_WORDS: Record<Seat['stage'], string> = {
  waiting: 'In line',
  called: 'Called',
  backstage: 'Backstage',
  live: 'On air',
  ended: 'Ended',
};

/**
 * One guest: their picture (when in the green room and live: the first few in line, asked for, or
 * with the host; further back a still card, since their page pauses its video), where they stand,
 * their time, and the host's controls.
 */
export function SeatCard({ seat, media, now }: { seat: Seat; media: SeatMedia | undefined; now: number }) {
  const { online } = useStudio();
  const call = useCommand('seat.call');
  const backstage = useCommand('seat.backstage');
  const greenroom = useCommand('seat.greenroom');
  const live = useCommand('seat.live');
  const end = useCommand('seat.end');
  const extend = useCommand('seat.extend');
  const mute = useCommand('seat.mute');
  const hide = useCommand('seat.hide');
  const busy = [call, backstage, greenroom, live, end, extend, mute, hide].some((c) => c.pending);
  const error = [call, backstage, greenroom, live, end, extend, mute, hide].find((c) => c.error)?.error ?? null;
  const disabled = !online || busy;
  const left = remainingMs(seat.allowanceSeconds, seat.intervals, now);
  const running = airClockRunning(seat.intervals);
  const ref = { seatId: seat.id };

  return (
    <li className={`guest-seat guest-seat-${seat.stage}`} aria-label={`${seat.guestName}, ${STAGE_WORDS[seat.stage]}`}>
      <div className="guest-seat-video">
        {seat.present && seat.picture.live ? (
          <StreamVideo stream={media?.stream ?? null} muted={seat.muted} label={`Video of ${seat.guestName}`} />
        ) : seat.present && seat.stage !== 'ended' ? (
          <PausedPicture seat={seat} forHost />
        ) : (
          <div className="guest-seat-absent">{seat.stage === 'ended' ? 'Seat over' : 'Not in the green room'}</div>
        )}
        {seat.present && media?.state !== 'connected' ? (
          <SeatMediaState media={media} guestName={seat.guestName} forHost />
        ) : null}
        {seat.hidden ? <span className="guest-seat-flag">Hidden</span> : null}
      </div>
      <div className="guest-seat-body">
        <div className="seat-top">
          <span className={`chip chip-stage-${seat.stage}`}>
            {STAGE_WORDS[seat.stage]}
            {seat.backstageWith ? ` with ${seat.backstageWith}` : ''}
          </span>
          <FormatBadge format={seat.format} />
          <span className="seat-buyer">{seat.guestName}</span>
          {seat.source === 'invite' ? <span className="chip chip-neutral">Invited</span> : null}
        </div>
        <p className="guest-seat-time">
          <time aria-label="Time left">{formatDuration(left)}</time> left of {formatDuration(seat.allowanceSeconds * 1000)}
          {seat.stage === 'live' && !running ? ' · paused (no media)' : ''}
        </p>
        {seat.question ? <p className="seat-question-short">{seat.question}</p> : null}
        <AskedPictureNote seat={seat} />
        {seat.stage !== 'ended' ? (
          <div className="seat-actions">
            {seat.stage === 'waiting' ? (
              <button type="button" className="button button-small" disabled={disabled} onClick={() => void call.run(ref)}>
                Call
              </button>
            ) : null}
            {seat.stage !== 'backstage' ? (
              <button type="button" className="button button-small" disabled={disabled || !seat.present} onClick={() => void backstage.run(ref)}>
                Backstage
              </button>
            ) : null}
            {seat.stage === 'backstage' ? (
              <button type="button" className="button button-small" disabled={disabled} onClick={() => void greenroom.run(ref)}>
                Back to green room
              </button>
            ) : null}
            {seat.stage !== 'live' ? (
              <button type="button" className="button button-small button-primary" disabled={disabled || !seat.present} onClick={() => void live.run(ref)}>
                Put on air
              </button>
            ) : null}
            <button type="button" className="button button-small" aria-pressed={seat.muted} disabled={disabled} onClick={() => void mute.run({ ...ref, muted: !seat.muted })}>
              {seat.muted ? 'Unmute' : 'Mute'}
            </button>
            <button type="button" className="button button-small" aria-pressed={seat.hidden} disabled={disabled} onClick={() => void hide.run({ ...ref, hidden: !seat.hidden })}>
              {seat.hidden ? 'Show' : 'Hide'}
            </button>
            <button type="button" className="button button-small" disabled={disabled} onClick={() => void extend.run({ ...ref, seconds: 60 })}>
              +1 min
            </button>
            <ReconnectButton seat={seat} />
            <button type="button" className="button button-small button-danger-quiet" disabled={disabled} onClick={() => void end.run(ref)}>
              End
            </button>
          </div>
        ) : (
          <p className="seat-meta">{endedWords(seat)}</p>
        )}
        {error ? (
          <p className="inline-error" role="alert">
            {error.message}
          </p>
        ) : null}
      </div>
      <SeatSelfies seat={seat} />
    </li>
  );
}

function ReconnectButton({ seat }: { seat: Seat }) {
  const { peers } = useGuests();
  if (!seat.present) return null;
  return (
    <button type="button" className="button button-small" onClick={() => peers.reconnect(seat.id)} title="Drop this guest’s video connection and call them again">
      Reconnect media
    </button>
  );
}

function endedWords(seat: Seat): string {
  switch (seat.outcome) {
    case 'served':
      return seat.source === 'purchase' ? 'Done — charged for their time on air' : 'Done';
    case 'dropped':
      return seat.source === 'purchase' ? 'Ended before their airtime — not charged' : 'Ended before going on air';
    case 'no_show':
      return 'No-show — not charged';
    default:
      return 'Cancelled — not charged';
  }
}
