import { useIntl } from 'react-intl';
import { useStudio } from '../../hooks/use-studio';
import { formatDateTime, formatMoney } from '../../lib/format';

/**
 * A buyer's bank opened a dispute: the host must answer it in the Stripe dashboard before the
 * deadline or lose the money and the dispute fee. Shown under the header until it is answered,
 * whichever show it came from (disputes come weeks later).
 */
export function DisputeBanner({ onOpenBooks }: { onOpenBooks: () => void }) {
  const { snapshot, role } = useStudio();
  const intl = useIntl();
  if (role === 'moderator') return null;
  const open = snapshot.disputes;
  if (open.length === 0) return null;
  const soonest = [...open].sort((a, b) => (a.dispute?.respondBy ?? '').localeCompare(b.dispute?.respondBy ?? ''))[0];
  const dispute = soonest?.dispute;
  if (!soonest || !dispute) return null;
  const detail = intl.formatMessage(
    { id: 'shell.dispute.detail' },
    {
      kind: intl.formatMessage({ id: 'common.kind' }, { kind: soonest.kind }),
      offerTitle: soonest.offerTitle,
      buyerName: soonest.buyerName,
      amount: formatMoney(dispute.amount, dispute.currency, intl.locale),
      reason: intl.formatMessage({ id: 'shell.dispute.reason' }, { reason: dispute.reason, reasonText: dispute.reason.replace(/_/g, ' ') }),
      deadline: dispute.respondBy ? 'yes' : 'no',
      respondBy: dispute.respondBy ? formatDateTime(dispute.respondBy, intl.locale) : '',
    },
  );
  return (
    <div className="banner banner-error" role="alert" data-testid="dispute-banner">
      <strong>{intl.formatMessage({ id: 'shell.dispute.title' }, { count: open.length })}</strong> {detail} <button type="button" className="button button-small button-quiet" onClick={onOpenBooks}>
        {intl.formatMessage({ id: 'shell.dispute.seeBooks' })}
      </button>
    </div>
  );
}
