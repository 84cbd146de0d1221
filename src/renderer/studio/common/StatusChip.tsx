import type { Purchase } from '../../../shared/purchases';
import { studioStatusLabels } from '../../lib/purchase-status';

/** The purchase's status, plus a note while a money action waits for the provider's answer. */
export function StatusChip({ purchase }: { purchase: Purchase }) {
  const label = studioStatusLabels[purchase.status];
  return (
    <span className="chip-group">
      <span className={`chip chip-${label.tone}`}>{label.text}</span>
      {purchase.paymentActionPending ? <span className="chip chip-waiting">Payment update pending…</span> : null}
    </span>
  );
}
