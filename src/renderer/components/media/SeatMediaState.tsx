import { useIntl } from 'react-intl';
import type { SeatMedia } from '../../lib/studio-peers';

/**
 * How a guest's media stands on a studio or moderator card: connecting, stuck, or no path at all
 * (calls keep failing: the two networks found no way to each other). The last says what it means
 * and what helps, since "Media stuck" alone leaves a host guessing during a show.
 */
export function SeatMediaState({ media, guestName, forHost }: { media: SeatMedia | undefined; guestName: string; forHost: boolean }) {
  const intl = useIntl();
  if (media?.noPath) {
    return (
      <div className="guest-seat-nopath" role="status">
        <p className="guest-seat-nopath-title">{intl.formatMessage({ id: 'ui.media.noPath.title' }, { guestName })}</p>
        <p>{intl.formatMessage({ id: 'ui.media.noPath.body' }, { state: media.state, failures: media.failures })}</p>
        <p>{intl.formatMessage({ id: forHost ? 'ui.media.noPath.helpHost' : 'ui.media.noPath.helpModerator' })}</p>
      </div>
    );
  }
  return (
    <span className={`guest-seat-media guest-seat-media-${media?.state ?? 'connecting'}`}>
      {intl.formatMessage({ id: media?.state === 'failed' ? 'ui.media.stuck' : 'ui.media.connecting' })}
    </span>
  );
}
