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
        <Notice kind="error" title="Could not load the guests">
          {loadError}
        </Notice>
      ) : null}
      <Panel title="On air & backstage" count={groups.withHost.length} className="panel-on-air">
        {groups.withHost.length === 0 ? <Notice kind="empty" title="Nobody with you yet">Put a guest from the green room on air, or bring them backstage to talk first.</Notice> : list(groups.withHost)}
      </Panel>
      <Panel title="Green room" count={groups.greenRoom.length} className="panel-green-room">
        <HostMediaToggle />
        {groups.greenRoom.length === 0 ? (
          <Notice kind="empty" title="The green room is empty">
            Accepted guests appear here with their video as soon as they open their join link.
          </Notice>
        ) : (
          list(groups.greenRoom)
        )}
      </Panel>
      <Panel title="In line — not joined yet" count={groups.notJoined.length} className="panel-not-joined">
        {groups.notJoined.length === 0 ? <Notice kind="empty" title="Everyone in line has joined" /> : list(groups.notJoined)}
        <details className="invite-details">
          <summary>Invite a guest for free</summary>
          <InviteForm />
        </details>
      </Panel>
      {groups.ended.length > 0 ? (
        <details className="guests-ended">
          <summary>Ended seats ({groups.ended.length})</summary>
          {list(groups.ended)}
        </details>
      ) : null}
    </div>
  );
}
