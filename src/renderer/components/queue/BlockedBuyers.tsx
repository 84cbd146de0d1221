import './queue-tools.css';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Show } from '../../../shared/offers';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { formatTimeOfDay } from '../../lib/format';
import { blockedBuyers } from '../../lib/studio-selectors';

/** Buyers blocked for this show, who blocked them and why, with Unblock. Nothing when nobody is. */
export function BlockedBuyers({ show }: { show: Show }) {
  const { snapshot, online } = useStudio();
  const intl = useIntl();
  const unblock = useCommand('buyer.unblock');
  const blocked = blockedBuyers(snapshot, show.id);
  if (blocked.length === 0) return null;
  return (
    <section className="blocked-buyers" aria-labelledby="blocked-buyers-title">
      <h3 id="blocked-buyers-title">{intl.formatMessage({ id: 'ui.blocked.title' }, { count: blocked.length })}</h3>
      <ul>
        {blocked.map((b) => (
          <li key={b.id}>
            <span className="blocked-name">{b.buyerName}</span>
            <span className="cell-sub">
              <FormattedMessage
                id="ui.blocked.by"
                values={{
                  blockedBy: b.blockedBy,
                  time: <time dateTime={b.at}>{formatTimeOfDay(b.at, intl.locale)}</time>,
                  hasReason: b.reason ? 'yes' : 'no',
                  reason: b.reason ?? '',
                }}
              />
            </span>
            <button type="button" className="button button-small button-quiet" disabled={!online || unblock.pending} onClick={() => void unblock.run({ blockId: b.id })}>
              {intl.formatMessage({ id: 'ui.blocked.unblock' })}
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
