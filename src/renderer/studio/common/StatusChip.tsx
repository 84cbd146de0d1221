import { useIntl } from 'react-intl';
import type { Purchase } from '../../../shared/purchases';
import { purchaseStatusTones } from '../../lib/purchase-status';

/** The purchase's status, plus a note while a money action waits for the provider's answer. */
export function StatusChip({ purchase }: { purchase: Purchase }) {
  const intl = useIntl();
  const tone = purchaseStatusTones[purchase.status];
  return (
    <span className="chip-group">
      <span className={`chip chip-${tone}`}>{intl.formatMessage({ id: 'ui.purchaseStatus' }, { status: purchase.status })}</span>
      {purchase.paymentActionPending ? <span className="chip chip-waiting">{intl.formatMessage({ id: 'ui.paymentPending' })}</span> : null}
    </span>
  );
}
