import type { ReceivedGuestView } from '../hooks/use-guest-session';
import { formatDuration, ordinal } from '../lib/format';

/** Where the guest stands: green room with place in line, called, backstage, or on air with the clock. */
export function SeatStatus({ view, now }: { view: ReceivedGuestView; now: number }) {
  const remaining = view.running ? Math.max(0, view.remainingMs - (now - view.receivedAt)) : view.remainingMs;
  const wrapUp = view.stage === 'live' && remaining > 0 && remaining <= Math.min(30_000, (view.allowanceSeconds * 1000) / 4);
  switch (view.stage) {
    case 'waiting':
      return (
        <div className="seat-status seat-status-waiting" role="status" aria-live="polite">
          <p className="seat-status-title">You’re in the green room</p>
          {view.placeInLine ? (
            <p>
              <strong className="place-in-line">{ordinal(view.placeInLine)}</strong> in line
              {view.waitEstimateSeconds !== null ? <> · about {formatWait(view.waitEstimateSeconds)} to go</> : null}
            </p>
          ) : null}
          <p className="seat-status-note">Stay on this page. The host will call you; you are not on the show yet.</p>
          {view.pictureLive ? null : <PicturePausedNote />}
        </div>
      );
    case 'called':
      return (
        <div className="seat-status seat-status-called" role="status" aria-live="assertive">
          <p className="seat-status-title">The host is calling you — you’re next!</p>
          <p className="seat-status-note">Get ready: you’ll be brought backstage or on air in a moment.</p>
          {view.pictureLive ? null : <PicturePausedNote />}
        </div>
      );
    case 'backstage':
      return (
        <div className="seat-status seat-status-backstage" role="status" aria-live="assertive">
          <p className="seat-status-title">Backstage with {view.backstageWith ?? 'the host'}</p>
          <p className="seat-status-note">
            {view.backstageWith ? <>You can talk with {view.backstageWith}, a moderator of the show, now.</> : 'You can talk with the host now.'} You are{' '}
            <strong>not on the program</strong>: the audience can’t see or hear you.
          </p>
        </div>
      );
    case 'live':
      return (
        <div className={`seat-status seat-status-live${wrapUp ? ' seat-status-wrapup' : ''}`} role="status" aria-live="polite">
          <p className="seat-status-title">
            <span className="on-air-dot" aria-hidden="true" /> You’re ON AIR
          </p>
          <p className="countdown" aria-label={`${formatDuration(remaining)} left`}>
            {formatDuration(remaining)}
          </p>
          <p className="seat-status-note">
            {wrapUp ? <strong>Time to wrap up — say your goodbyes.</strong> : view.running ? 'left on your time' : 'Your time is paused while your video reconnects.'}
          </p>
          {view.muted ? <p className="seat-status-flag">The host muted your microphone on the program.</p> : null}
          {view.hidden ? <p className="seat-status-flag">The host hid your video from the program for now.</p> : null}
        </div>
      );
    case 'ended':
      return null;
  }
}

/** Far back in line the page does not send the camera picture (the core decides: GuestView.pictureLive). */
function PicturePausedNote() {
  return (
    <p className="seat-status-picture">
      The host will see your picture when you are near the front of the line. Until then your camera picture stays on this page; keep it
      on, and you join the moment you are called.
    </p>
  );
}

function formatWait(seconds: number): string {
  if (seconds < 60) return 'less than a minute';
  const minutes = Math.round(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
