import { useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useStudio } from '../hooks/use-studio';
import { formatDateTime } from '../lib/format';
import type { ModeratorIdentity } from '../lib/moderator-snapshot';
import { activeShow } from '../lib/studio-selectors';
import { BRAND } from '../components/FullPage';
import { Notice } from '../components/Notice';
import { ActivityLog } from '../studio/activity/ActivityLog';
import { FeedPanel } from '../studio/feed/FeedPanel';
import { ConnectionStatus } from '../studio/header/ConnectionStatus';
import { OfflineBanner } from '../studio/header/OfflineBanner';
import { ShowStatusChip } from '../studio/header/ShowStatusChip';
import { QueuePanel } from '../studio/queue/QueuePanel';
import { GreenRoomPanel } from './greenroom/GreenRoomPanel';
import { useModeratorGreenRoom } from './greenroom/use-moderator-green-room';

type View = 'queue' | 'greenroom' | 'activity';

const VIEWS: readonly View[] = ['queue', 'greenroom', 'activity'];

const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

/**
 * The moderator's console: the same live queue and feed as the studio (same components, same
 * state), with what a moderator may do — accept, reject, move in line, note, hold or release
 * messages, block a buyer, screen guests backstage — and the activity log. No offers, settings, keys or refunds.
 */
export function ModeratorConsole({ me, syncing, loadError, onReload }: { me: ModeratorIdentity; syncing: boolean; loadError: string | null; onReload: () => void }) {
  const { snapshot, connection } = useStudio();
  const intl = useIntl();
  const [view, setView] = useState<View>('queue');
  const show = activeShow(snapshot);
  // Above the tabs: a conversation backstage goes on while the moderator looks at the queue.
  const room = useModeratorGreenRoom();
  const noShow = intl.formatMessage({ id: 'shell.noShow' });

  return (
    <div className="studio moderator">
      <header className="studio-header">
        <div className="brand">{BRAND}</div>
        <div className="header-show">
          <span className="moderator-badge">{intl.formatMessage({ id: 'moderator.badge' })}</span>
          {show ? (
            <>
              <h1 className="header-title" title={show.title}>
                {show.title}
              </h1>
              <ShowStatusChip status={show.status} />
            </>
          ) : (
            <h1 className="header-title header-title-empty">{noShow}</h1>
          )}
        </div>
        <div className="header-meta">
          {snapshot.payments.mode === 'rehearsal' ? <span className="chip chip-waiting">{intl.formatMessage({ id: 'moderator.rehearsal' })}</span> : null}
          <span className="moderator-me">
            <FormattedMessage
              id="moderator.me"
              values={{ strong, name: me.name, expiresAt: <time dateTime={me.expiresAt}>{formatDateTime(me.expiresAt, intl.locale)}</time> }}
            />
          </span>
          <ConnectionStatus connection={connection} />
        </div>
      </header>
      <OfflineBanner syncing={syncing} loadError={loadError} onReload={onReload} />
      <nav className="studio-tabs" aria-label={intl.formatMessage({ id: 'moderator.views.label' })}>
        {VIEWS.map((id) => (
          <button key={id} type="button" className="studio-tab" aria-pressed={view === id} onClick={() => setView(id)}>
            {intl.formatMessage({ id: `moderator.view.${id}` })}
          </button>
        ))}
      </nav>
      <main className="studio-main">
        {view === 'queue' ? (
          show ? (
            <div className="live-grid">
              <QueuePanel show={show} />
              <FeedPanel show={show} />
            </div>
          ) : (
            <Notice kind="empty" title={noShow}>
              {intl.formatMessage({ id: 'moderator.noShow.queue' })}
            </Notice>
          )
        ) : view === 'greenroom' ? (
          show ? (
            <GreenRoomPanel show={show} room={room} />
          ) : (
            <Notice kind="empty" title={noShow}>
              {intl.formatMessage({ id: 'moderator.noShow.guests' })}
            </Notice>
          )
        ) : (
          <ActivityLog />
        )}
      </main>
    </div>
  );
}
