import { useIntl } from 'react-intl';
import type { Show } from '../../../shared/offers';
import { Notice } from '../../components/Notice';
import { useStudio } from '../../hooks/use-studio';
import { heldMessageCount, tipsAndGifts } from '../../lib/studio-selectors';
import { Panel } from '../common/Panel';
import { FeedItem } from './FeedItem';

/** Tips and gifts as they come in, newest first, with message moderation. */
export function FeedPanel({ show }: { show: Show | null }) {
  const intl = useIntl();
  const { snapshot } = useStudio();
  const items = show ? tipsAndGifts(snapshot, show.id) : [];
  const held = heldMessageCount(items);
  return (
    <Panel
      title={intl.formatMessage({ id: 'feed.title' })}
      count={items.length}
      className="panel-feed"
      actions={held > 0 ? <span className="chip chip-waiting">{intl.formatMessage({ id: 'feed.toReview' }, { count: held })}</span> : null}
    >
      {items.length === 0 ? (
        <Notice kind="empty" title={intl.formatMessage({ id: 'feed.empty.title' })}>
          {intl.formatMessage({ id: 'feed.empty.body' })}
        </Notice>
      ) : (
        <ol className="feed-list">
          {items.map((purchase) => (
            <FeedItem key={purchase.id} purchase={purchase} />
          ))}
        </ol>
      )}
    </Panel>
  );
}
