import { useIntl } from 'react-intl';
import type { Show } from '../../../shared/offers';
import { Notice } from '../../components/Notice';
import { useNow } from '../../hooks/use-now';
import { seatGroups } from '../../lib/guest-seats-state';
import { Panel } from '../common/Panel';
import { SelfieShortcut } from '../selfies/SelfieShortcut';
import { useGuests } from './GuestsContext';
import { HostMediaToggle } from './HostMediaToggle';
import { InviteForm } from './InviteForm';
import { SeatCard } from './SeatCard';

/** Guests: who is with the host (on air, backstage), the green room, who has not joined yet. */
export function GuestsPanel({ show }: { show: Show | null }) {
  const intl = useIntl();
  const { seats, media, loadError } = useGuests();
  const now = useNow(500);
  const groups = seatGroups(seats, show?.id ?? null);
  const list = (items: typeof seats) => (
    <ul className="guest-seat-list">
      {items.map((seat) => (
        <SeatCard key={seat.id} seat={seat} media={media.get(seat.id)} now={now} />
      ))}
    </ul>
  );
  return (
    <div className="guests">
      <SelfieShortcut />
      {loadError ? (
        <Notice kind="error" title={intl.formatMessage({ id: 'guests.loadFailed' })}>
          {loadError}
        </Notice>
      ) : null}
      <Panel title={intl.formatMessage({ id: 'guests.withHost.title' })} count={groups.withHost.length} className="panel-on-air">
        {groups.withHost.length === 0 ? (
          <Notice kind="empty" title={intl.formatMessage({ id: 'guests.withHost.empty.title' })}>
            {intl.formatMessage({ id: 'guests.withHost.empty.body' })}
          </Notice>
        ) : (
          list(groups.withHost)
        )}
      </Panel>
      <Panel title={intl.formatMessage({ id: 'guests.greenRoom.title' })} count={groups.greenRoom.length} className="panel-green-room">
        <HostMediaToggle />
        {groups.greenRoom.length === 0 ? (
          <Notice kind="empty" title={intl.formatMessage({ id: 'guests.greenRoom.empty.title' })}>
            {intl.formatMessage({ id: 'guests.greenRoom.empty.body' })}
          </Notice>
        ) : (
          list(groups.greenRoom)
        )}
      </Panel>
      <Panel title={intl.formatMessage({ id: 'guests.notJoined.title' })} count={groups.notJoined.length} className="panel-not-joined">
        {groups.notJoined.length === 0 ? <Notice kind="empty" title={intl.formatMessage({ id: 'guests.notJoined.empty' })} /> : list(groups.notJoined)}
        <details className="invite-details">
          <summary>{intl.formatMessage({ id: 'guests.invite.open' })}</summary>
          <InviteForm />
        </details>
      </Panel>
      {groups.ended.length > 0 ? (
        <details className="guests-ended">
          <summary>{intl.formatMessage({ id: 'guests.ended.summary' }, { count: groups.ended.length })}</summary>
          {list(groups.ended)}
        </details>
      ) : null}
    </div>
  );
}
