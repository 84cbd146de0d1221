import { useStudio } from '../../hooks/use-studio';
import { formatDateTime, formatMoney, kindLabels } from '../../lib/format';

/**
 * A buyer's bank opened a dispute: the host must answer it in the Stripe dashboard before the
 * deadline or lose the money and the dispute fee. Shown under the header until it is answered,
 * whichever show it came from (disputes come weeks later).
 */
export function DisputeBanner({ onOpenBooks }: { onOpenBooks: () => void }) {
  const { snapshot, role } = useStudio();
  if (role === 'moderator') return null;
  const open = snapshot.disputes;
  if (open.length === 0) return null;
  const soonest = [...open].sort((a, b) => (a.dispute?.respondBy ?? '').localeCompare(b.dispute?.respondBy ?? ''))[0];
  const dispute = soonest?.dispute;
  if (!soonest || !dispute) return null;
  return (
    <div className="banner banner-error" role="alert" data-testid="dispute-banner">
      <strong>{open.length === 1 ? 'A buyer disputed a payment.' : `${open.length} payments are disputed.`}</strong>{' '}
      {kindLabels[soonest.kind]} ‘{soonest.offerTitle}’ from {soonest.buyerName},{' '}
      {formatMoney(dispute.amount, dispute.currency)} ({dispute.reason.replace(/_/g, ' ')})
      {dispute.respondBy ? `: answer it in your Stripe dashboard by ${formatDateTime(dispute.respondBy)}` : ': answer it in your Stripe dashboard'}
      .{' '}
      <button type="button" className="button button-small button-quiet" onClick={onOpenBooks}>
        See the books
      </button>
    </div>
  );
}
