import type { Show } from '../../../shared/offers';
import { Notice } from '../../components/Notice';
import { useStudio } from '../../hooks/use-studio';
import { heldMessageCount, tipsAndGifts } from '../../lib/studio-selectors';
import { Panel } from '../common/Panel';
import { FeedItem } from './FeedItem';

/** Tips and gifts as they come in, newest first, with message moderation. */
export function FeedPanel({ show }: { show: Show | null }) {
  const { snapshot } = useStudio();
  const items = show ? tipsAndGifts(snapshot, show.id) : [];
  const held = heldMessageCount(items);
  return (
    <Panel title="Tips & gifts" count={items.length} className="panel-feed" actions={held > 0 ? <span className="chip chip-waiting">{held} message{held === 1 ? '' : 's'} to review</span> : null}>
      {items.length === 0 ? (
        <Notice kind="empty" title="No tips or gifts yet">
          They show up here, newest first, as soon as they are paid.
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
