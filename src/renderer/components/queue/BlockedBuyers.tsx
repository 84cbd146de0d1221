import './queue-tools.css';
import type { Show } from '../../../shared/offers';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { formatTimeOfDay } from '../../lib/format';
import { blockedBuyers } from '../../lib/studio-selectors';

/** Buyers blocked for this show, who blocked them and why, with Unblock. Nothing when nobody is. */
export function BlockedBuyers({ show }: { show: Show }) {
  const { snapshot, online } = useStudio();
  const unblock = useCommand('buyer.unblock');
  const blocked = blockedBuyers(snapshot, show.id);
  if (blocked.length === 0) return null;
  return (
    <section className="blocked-buyers" aria-labelledby="blocked-buyers-title">
      <h3 id="blocked-buyers-title">Blocked for this show ({blocked.length})</h3>
      <ul>
        {blocked.map((b) => (
          <li key={b.id}>
            <span className="blocked-name">{b.buyerName}</span>
            <span className="cell-sub">
              by {b.blockedBy} at <time dateTime={b.at}>{formatTimeOfDay(b.at)}</time>
              {b.reason ? ` — ${b.reason}` : ''}
            </span>
            <button type="button" className="button button-small button-quiet" disabled={!online || unblock.pending} onClick={() => void unblock.run({ blockId: b.id })}>
              Unblock
            </button>
          </li>
        ))}
      </ul>
      {unblock.error ? (
        <p className="inline-error" role="alert">
          {unblock.error.message}
        </p>
      ) : null}
    </section>
  );
}
