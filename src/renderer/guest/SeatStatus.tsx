import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { ReceivedGuestView } from '../hooks/use-guest-session';
import { formatDuration } from '../lib/format';

/** Bold words inside a status message (`<strong>…</strong>` in the catalog). */
const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

/** Where the guest stands: green room with place in line, called, backstage, or on air with the clock. */
export function SeatStatus({ view, now }: { view: ReceivedGuestView; now: number }) {
  const intl = useIntl();
  const remaining = view.running ? Math.max(0, view.remainingMs - (now - view.receivedAt)) : view.remainingMs;
  const wrapUp = view.stage === 'live' && remaining > 0 && remaining <= Math.min(30_000, (view.allowanceSeconds * 1000) / 4);
  switch (view.stage) {
    case 'waiting':
      return (
        <div className="seat-status seat-status-waiting" role="status" aria-live="polite">
          <p className="seat-status-title">{intl.formatMessage({ id: 'guest.status.waiting.title' })}</p>
          {view.placeInLine ? (
            <p>
              {intl.formatMessage(
                { id: 'guest.status.waiting.place' },
                {
                  place: view.placeInLine,
                  estimate: view.waitEstimateSeconds !== null ? 'known' : 'unknown',
                  minutes: waitMinutes(view.waitEstimateSeconds ?? 0),
                  strong: (chunks: ReactNode[]) => <strong className="place-in-line">{chunks}</strong>,
                },
              )}
            </p>
          ) : null}
          <p className="seat-status-note">{intl.formatMessage({ id: 'guest.status.waiting.note' })}</p>
          {view.pictureLive ? null : <PicturePausedNote />}
        </div>
      );
    case 'called':
      return (
        <div className="seat-status seat-status-called" role="status" aria-live="assertive">
          <p className="seat-status-title">{intl.formatMessage({ id: 'guest.status.called.title' })}</p>
          <p className="seat-status-note">{intl.formatMessage({ id: 'guest.status.called.note' })}</p>
          {view.pictureLive ? null : <PicturePausedNote />}
        </div>
      );
    case 'backstage': {
      const name = view.backstageWith;
      return (
        <div className="seat-status seat-status-backstage" role="status" aria-live="assertive">
          <p className="seat-status-title">
            {name ? intl.formatMessage({ id: 'guest.status.backstage.withModerator.title' }, { name }) : intl.formatMessage({ id: 'guest.status.backstage.withHost.title' })}
          </p>
          <p className="seat-status-note">
            {name
              ? intl.formatMessage({ id: 'guest.status.backstage.withModerator.note' }, { name, strong })
              : intl.formatMessage({ id: 'guest.status.backstage.withHost.note' }, { strong })}
          </p>
        </div>
      );
    }
    case 'live': {
      const time = formatDuration(remaining);
      return (
        <div className={`seat-status seat-status-live${wrapUp ? ' seat-status-wrapup' : ''}`} role="status" aria-live="polite">
          <p className="seat-status-title">
            <span className="on-air-dot" aria-hidden="true" /> {intl.formatMessage({ id: 'guest.status.live.title' })}
          </p>
          <p className="countdown" aria-label={intl.formatMessage({ id: 'guest.status.live.timeLeft' }, { time })}>
            {time}
          </p>
          <p className="seat-status-note">
            {wrapUp ? (
              <strong>{intl.formatMessage({ id: 'guest.status.live.wrapUp' })}</strong>
            ) : (
              intl.formatMessage({ id: view.running ? 'guest.status.live.running' : 'guest.status.live.paused' })
            )}
          </p>
          {view.muted ? <p className="seat-status-flag">{intl.formatMessage({ id: 'guest.status.live.muted' })}</p> : null}
          {view.hidden ? <p className="seat-status-flag">{intl.formatMessage({ id: 'guest.status.live.hidden' })}</p> : null}
        </div>
      );
    }
    case 'ended':
      return null;
  }
}

/** Far back in line the page does not send the camera picture (the core decides: GuestView.pictureLive). */
function PicturePausedNote() {
  const intl = useIntl();
  return <p className="seat-status-picture">{intl.formatMessage({ id: 'guest.status.picturePaused' })}</p>;
}

/** The wait in whole minutes, 0 for under a minute (the message says "less than a minute"). */
function waitMinutes(seconds: number): number {
  return seconds < 60 ? 0 : Math.round(seconds / 60);
}
