import type { SeatMedia } from '../../lib/studio-peers';

/**
 * How a guest's media stands on a studio or moderator card: connecting, stuck, or no path at all
 * (calls keep failing: the two networks found no way to each other). The last says what it means
 * and what helps, since "Media stuck" alone leaves a host guessing during a show.
 */
export function SeatMediaState({ media, guestName, forHost }: { media: SeatMedia | undefined; guestName: string; forHost: boolean }) {
  if (media?.noPath) {
    return (
      <div className="guest-seat-nopath" role="status">
        <p className="guest-seat-nopath-title">No connection to {guestName}</p>
        <p>
          Their network and this one found no way to reach each other. {media.state === 'connecting' ? 'Trying again now…' : `Trying again shortly (${media.failures} ${media.failures === 1 ? 'try' : 'tries'} so far).`}
        </p>
        <p>
          {forHost
            ? 'Set up a TURN server in Settings → Guests, or ask the guest to try another network (a phone hotspot).'
            : 'Ask the host to set up a TURN server, or ask the guest to try another network (a phone hotspot).'}
        </p>
      </div>
    );
  }
  return <span className={`guest-seat-media guest-seat-media-${media?.state ?? 'connecting'}`}>{media?.state === 'failed' ? 'Media stuck' : 'Connecting media…'}</span>;
}
