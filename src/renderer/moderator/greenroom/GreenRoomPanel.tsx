import type { Show } from '../../../shared/offers';
import { Notice } from '../../components/Notice';
import { CameraToggle } from '../../components/media/CameraToggle';
import { seatGroups } from '../../lib/guest-seats-state';
import { Panel } from '../../studio/common/Panel';
import { ScreeningCard } from './ScreeningCard';
import type { ModeratorGreenRoom } from './use-moderator-green-room';

/**
 * Screening for moderators: guests backstage with you (talk both ways), the green room (call, bring
 * backstage), and who has not joined yet. No airtime, money or program controls here.
 */
export function GreenRoomPanel({ show, room }: { show: Show; room: ModeratorGreenRoom }) {
  const mine = room.seats.filter((s) => s.showId === show.id && s.stage !== 'ended');
  const { greenRoom, notJoined } = seatGroups(mine, show.id);
  const backstage = mine.filter((s) => s.stage === 'backstage');
  const onAir = mine.filter((s) => s.stage === 'live');
  const list = (items: typeof mine) => (
    <ul className="guest-seat-list">
      {items.map((seat) => (
        <ScreeningCard key={seat.id} seat={seat} media={room.media.get(seat.id)} onReconnect={() => room.peers.reconnect(seat.id)} />
      ))}
    </ul>
  );

  if (room.loadError) {
    return (
      <Notice kind="error" title="Could not load the guests">
        {room.loadError}
      </Notice>
    );
  }
  if (!room.loaded) return <Notice kind="empty" title="Loading the green room…" />;
  return (
    <div className="guests">
      <Panel title="Backstage with you" count={backstage.length} className="panel-on-air">
        <CameraToggle stream={room.myStream} onChange={room.setMyStream} labels={{ on: 'Stop sending my camera', off: 'Talk with my camera & mic' }} />
        {backstage.length === 0 ? (
          <Notice kind="empty" title="Nobody backstage">
            Bring a guest from the green room backstage to see them and talk before the host puts them on air.
          </Notice>
        ) : (
          list(backstage)
        )}
      </Panel>
      <Panel title="Green room" count={greenRoom.length} className="panel-green-room">
        {greenRoom.length === 0 ? (
          <Notice kind="empty" title="The green room is empty">
            Accepted guests appear here as soon as they open their join link.
          </Notice>
        ) : (
          list(greenRoom)
        )}
      </Panel>
      <Panel title="In line — not joined yet" count={notJoined.length} className="panel-not-joined">
        {notJoined.length === 0 ? <Notice kind="empty" title="Everyone in line has joined" /> : list(notJoined)}
      </Panel>
      {onAir.length > 0 ? (
        <Panel title="On air" count={onAir.length}>
          {list(onAir)}
        </Panel>
      ) : null}
    </div>
  );
}
