import { useIntl } from 'react-intl';
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
  const intl = useIntl();
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
      <Notice kind="error" title={intl.formatMessage({ id: 'moderator.guests.loadFailed' })}>
        {room.loadError}
      </Notice>
    );
  }
  if (!room.loaded) return <Notice kind="empty" title={intl.formatMessage({ id: 'moderator.greenRoom.loading' })} />;
  return (
    <div className="guests">
      <Panel title={intl.formatMessage({ id: 'moderator.backstage.title' })} count={backstage.length} className="panel-on-air">
        <CameraToggle stream={room.myStream} onChange={room.setMyStream} labels={{ on: intl.formatMessage({ id: 'moderator.camera.on' }), off: intl.formatMessage({ id: 'moderator.camera.off' }) }} />
        {backstage.length === 0 ? (
          <Notice kind="empty" title={intl.formatMessage({ id: 'moderator.backstage.empty.title' })}>
            {intl.formatMessage({ id: 'moderator.backstage.empty.body' })}
          </Notice>
        ) : (
          list(backstage)
        )}
      </Panel>
      <Panel title={intl.formatMessage({ id: 'moderator.greenRoom.title' })} count={greenRoom.length} className="panel-green-room">
        {greenRoom.length === 0 ? (
          <Notice kind="empty" title={intl.formatMessage({ id: 'moderator.greenRoom.empty.title' })}>
            {intl.formatMessage({ id: 'moderator.greenRoom.empty.body' })}
          </Notice>
        ) : (
          list(greenRoom)
        )}
      </Panel>
      <Panel title={intl.formatMessage({ id: 'moderator.notJoined.title' })} count={notJoined.length} className="panel-not-joined">
        {notJoined.length === 0 ? <Notice kind="empty" title={intl.formatMessage({ id: 'moderator.notJoined.empty' })} /> : list(notJoined)}
      </Panel>
      {onAir.length > 0 ? (
        <Panel title={intl.formatMessage({ id: 'moderator.onAir.title' })} count={onAir.length}>
          {list(onAir)}
        </Panel>
      ) : null}
    </div>
  );
}
