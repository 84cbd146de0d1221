import { FormattedMessage, useIntl } from 'react-intl';
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

/**
 * One guest: their picture (when in the green room and live: the first few in line, asked for, or
 * with the host; further back a still card, since their page pauses its video), where they stand,
 * their time, and the host's controls.
 */
export function SeatCard({ seat, media, now }: { seat: Seat; media: SeatMedia | undefined; now: number }) {
  const intl = useIntl();
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
    <li className={`guest-seat guest-seat-${seat.stage}`} aria-label={intl.formatMessage({ id: 'guests.seat.label' }, { name: seat.guestName, stage: seat.stage })}>
      <div className="guest-seat-video">
        {seat.present && seat.picture.live ? (
          <StreamVideo stream={media?.stream ?? null} muted={seat.muted} label={intl.formatMessage({ id: 'guests.seat.video' }, { name: seat.guestName })} />
        ) : seat.present && seat.stage !== 'ended' ? (
          <PausedPicture seat={seat} forHost />
        ) : (
          <div className="guest-seat-absent">{intl.formatMessage({ id: seat.stage === 'ended' ? 'guests.seat.over' : 'guests.seat.absent' })}</div>
        )}
        {seat.present && media?.state !== 'connected' ? (
          <SeatMediaState media={media} guestName={seat.guestName} forHost />
        ) : null}
        {seat.hidden ? <span className="guest-seat-flag">{intl.formatMessage({ id: 'guests.seat.hidden' })}</span> : null}
      </div>
      <div className="guest-seat-body">
        <div className="seat-top">
          <span className={`chip chip-stage-${seat.stage}`}>
            {seat.backstageWith
              ? intl.formatMessage({ id: 'guests.seat.stageWith' }, { stage: seat.stage, name: seat.backstageWith })
              : intl.formatMessage({ id: 'guests.seat.stage' }, { stage: seat.stage })}
          </span>
          <FormatBadge format={seat.format} />
          <span className="seat-buyer">{seat.guestName}</span>
          {seat.source === 'invite' ? <span className="chip chip-neutral">{intl.formatMessage({ id: 'guests.seat.invited' })}</span> : null}
        </div>
        <p className="guest-seat-time">
          <FormattedMessage
            id="guests.seat.time"
            values={{
              left: formatDuration(left),
              total: formatDuration(seat.allowanceSeconds * 1000),
              paused: seat.stage === 'live' && !running ? 'yes' : 'no',
              time: (chunks) => <time aria-label={intl.formatMessage({ id: 'guests.seat.timeLeftLabel' })}>{chunks}</time>,
            }}
          />
        </p>
        {seat.question ? <p className="seat-question-short">{seat.question}</p> : null}
        <AskedPictureNote seat={seat} />
        {seat.stage !== 'ended' ? (
          <div className="seat-actions">
            {seat.stage === 'waiting' ? (
              <button type="button" className="button button-small" disabled={disabled} onClick={() => void call.run(ref)}>
                {intl.formatMessage({ id: 'guests.seat.call' })}
              </button>
            ) : null}
            {seat.stage !== 'backstage' ? (
              <button type="button" className="button button-small" disabled={disabled || !seat.present} onClick={() => void backstage.run(ref)}>
                {intl.formatMessage({ id: 'guests.seat.backstage' })}
              </button>
            ) : null}
            {seat.stage === 'backstage' ? (
              <button type="button" className="button button-small" disabled={disabled} onClick={() => void greenroom.run(ref)}>
                {intl.formatMessage({ id: 'guests.seat.greenRoom' })}
              </button>
            ) : null}
            {seat.stage !== 'live' ? (
              <button type="button" className="button button-small button-primary" disabled={disabled || !seat.present} onClick={() => void live.run(ref)}>
                {intl.formatMessage({ id: 'guests.seat.putOnAir' })}
              </button>
            ) : null}
            <button type="button" className="button button-small" aria-pressed={seat.muted} disabled={disabled} onClick={() => void mute.run({ ...ref, muted: !seat.muted })}>
              {intl.formatMessage({ id: seat.muted ? 'guests.seat.unmute' : 'guests.seat.mute' })}
            </button>
            <button type="button" className="button button-small" aria-pressed={seat.hidden} disabled={disabled} onClick={() => void hide.run({ ...ref, hidden: !seat.hidden })}>
              {intl.formatMessage({ id: seat.hidden ? 'guests.seat.show' : 'guests.seat.hide' })}
            </button>
            <button type="button" className="button button-small" disabled={disabled} onClick={() => void extend.run({ ...ref, seconds: 60 })}>
              {intl.formatMessage({ id: 'guests.seat.extend' })}
            </button>
            <ReconnectButton seat={seat} />
            <button type="button" className="button button-small button-danger-quiet" disabled={disabled} onClick={() => void end.run(ref)}>
              {intl.formatMessage({ id: 'guests.seat.end' })}
            </button>
          </div>
        ) : (
          <p className="seat-meta">
            {intl.formatMessage({ id: 'guests.seat.outcome' }, { outcome: seat.outcome ?? 'cancelled', paid: seat.source === 'purchase' ? 'yes' : 'no' })}
          </p>
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
  const intl = useIntl();
  const { peers } = useGuests();
  if (!seat.present) return null;
  return (
    <button type="button" className="button button-small" onClick={() => peers.reconnect(seat.id)} title={intl.formatMessage({ id: 'guests.seat.reconnectTitle' })}>
      {intl.formatMessage({ id: 'guests.seat.reconnect' })}
    </button>
  );
}
