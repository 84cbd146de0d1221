import { useIntl } from 'react-intl';
import type { Purchase } from '../../../shared/purchases';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { useFormat } from '../../i18n/use-format';
import { formatTimeOfDay } from '../../lib/format';
import { RefundButton } from '../common/RefundButton';
import { StatusChip } from '../common/StatusChip';

/** One tip or gift; a held message gets Approve / Hide before it may reach the stream overlay. */
export function FeedItem({ purchase }: { purchase: Purchase }) {
  const intl = useIntl();
  const { money } = useFormat();
  const { online } = useStudio();
  const approve = useCommand('message.approve');
  const hide = useCommand('message.reject');
  const busy = approve.pending || hide.pending;
  const error = approve.error ?? hide.error;
  const ref = { purchaseId: purchase.id, expectedVersion: purchase.version };

  return (
    <li className={`feed-item${purchase.messageStatus === 'held' ? ' feed-item-held' : ''}`}>
      <div className="feed-top">
        <span className={`kind-badge kind-${purchase.kind}`}>{intl.formatMessage({ id: 'common.kind' }, { kind: purchase.kind })}</span>
        <span className="money money-strong">{money(purchase.amount, purchase.currency)}</span>
        <span className="feed-buyer">{purchase.buyerName}</span>
        {purchase.kind === 'gift' ? <span className="feed-offer">{purchase.offerTitle}</span> : null}
        <time className="feed-time" dateTime={purchase.paidAt ?? purchase.createdAt}>
          {formatTimeOfDay(purchase.paidAt ?? purchase.createdAt, intl.locale)}
        </time>
      </div>
      {purchase.message ? (
        <p className={`feed-message${purchase.messageStatus === 'rejected' ? ' feed-message-hidden' : ''}`}>{purchase.message}</p>
      ) : null}
      <div className="feed-actions">
        {purchase.messageStatus !== 'none' ? (
          <span className={`chip chip-message-${purchase.messageStatus}`}>{intl.formatMessage({ id: 'feed.messageStatus' }, { status: purchase.messageStatus })}</span>
        ) : null}
        {purchase.status !== 'paid' ? <StatusChip purchase={purchase} /> : null}
        {purchase.messageStatus === 'held' ? (
          <>
            <button type="button" className="button button-small button-primary" disabled={!online || busy} onClick={() => void approve.run(ref)}>
              {intl.formatMessage({ id: approve.pending ? 'feed.approving' : 'feed.approve' })}
            </button>
            <button type="button" className="button button-small" disabled={!online || busy} onClick={() => void hide.run(ref)}>
              {intl.formatMessage({ id: hide.pending ? 'feed.hiding' : 'feed.hide' })}
            </button>
          </>
        ) : null}
        <span className="spacer" />
        <RefundButton purchase={purchase} />
      </div>
      {error ? (
        <p className="inline-error" role="alert">
          {error.message}
        </p>
      ) : null}
    </li>
  );
}
