import { useIntl } from 'react-intl';
import type { Seat } from '../../../shared/guests';
import { AskedPictureNote, PausedPicture } from '../../components/media/SeatPictureControls';
import { SeatMediaState } from '../../components/media/SeatMediaState';
import { StreamVideo } from '../../components/media/StreamVideo';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import type { SeatMedia } from '../../lib/studio-peers';
import { FormatBadge } from '../../studio/queue/FormatBadge';

/**
 * One guest as a moderator screens them: call, bring backstage (their video, your camera and mic
 * both ways), send back to the green room. Putting on air, time and money stay with the host.
 */
export function ScreeningCard({ seat, media, onReconnect }: { seat: Seat; media: SeatMedia | undefined; onReconnect: () => void }) {
  const { online } = useStudio();
  const intl = useIntl();
  const stage = intl.formatMessage({ id: 'moderator.stage' }, { stage: seat.stage });
  const call = useCommand('seat.call');
  const backstage = useCommand('seat.backstage');
  const greenroom = useCommand('seat.greenroom');
  const runners = [call, backstage, greenroom];
  const disabled = !online || runners.some((c) => c.pending);
  const error = runners.find((c) => c.error)?.error ?? null;
  const ref = { seatId: seat.id };
  const withMe = seat.stage === 'backstage';

  return (
    <li className={`guest-seat guest-seat-${seat.stage}`} aria-label={intl.formatMessage({ id: 'moderator.seat.label' }, { guestName: seat.guestName, stage })}>
      <div className="guest-seat-video">
        {withMe && seat.present ? (
          <StreamVideo stream={media?.stream ?? null} muted={false} label={intl.formatMessage({ id: 'moderator.seat.video' }, { guestName: seat.guestName })} />
        ) : seat.present && (seat.stage === 'waiting' || seat.stage === 'called') && !seat.picture.live ? (
          <PausedPicture seat={seat} forHost={false} />
        ) : (
          <div className="guest-seat-absent">
            {intl.formatMessage({
              id: seat.stage === 'live' ? 'moderator.seat.onAirWithHost' : seat.present ? 'moderator.seat.inGreenRoom' : 'moderator.seat.notInGreenRoom',
            })}
          </div>
        )}
        {withMe && seat.present && media?.state !== 'connected' ? (
          <SeatMediaState media={media} guestName={seat.guestName} forHost={false} />
        ) : null}
      </div>
      <div className="guest-seat-body">
        <div className="seat-top">
          <span className={`chip chip-stage-${seat.stage}`}>{stage}</span>
          <FormatBadge format={seat.format} />
          <span className="seat-buyer">{seat.guestName}</span>
          {seat.source === 'invite' ? <span className="chip chip-neutral">{intl.formatMessage({ id: 'moderator.seat.invited' })}</span> : null}
        </div>
        {seat.question ? <p className="seat-question-short">{seat.question}</p> : null}
        <AskedPictureNote seat={seat} />
        <div className="seat-actions">
          {seat.stage === 'waiting' ? (
            <button type="button" className="button button-small" disabled={disabled} onClick={() => void call.run(ref)}>
              {intl.formatMessage({ id: 'moderator.seat.call' })}
            </button>
          ) : null}
          {seat.stage === 'waiting' || seat.stage === 'called' ? (
            <button type="button" className="button button-small button-primary" disabled={disabled || !seat.present} onClick={() => void backstage.run(ref)}>
              {intl.formatMessage({ id: 'moderator.seat.bringBackstage' })}
            </button>
          ) : null}
          {withMe ? (
            <>
              <button type="button" className="button button-small" disabled={disabled} onClick={() => void greenroom.run(ref)}>
                {intl.formatMessage({ id: 'moderator.seat.backToGreenRoom' })}
              </button>
              {seat.present ? (
                <button type="button" className="button button-small" onClick={onReconnect} title={intl.formatMessage({ id: 'moderator.seat.reconnectTitle' })}>
                  {intl.formatMessage({ id: 'moderator.seat.reconnect' })}
                </button>
              ) : null}
            </>
          ) : null}
        </div>
        {error ? (
          <p className="inline-error" role="alert">
            {error.message}
          </p>
        ) : null}
      </div>
    </li>
  );
}
