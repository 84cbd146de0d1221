import type { Purchase } from '../../../shared/purchases';
import { formatMoney } from '../../lib/format';
import { StatusChip } from '../common/StatusChip';
import { FormatBadge } from './FormatBadge';

/** A guest in line: position, who, and what they will talk about. */
export function AcceptedSeat({ purchase, position }: { purchase: Purchase; position: number }) {
  return (
    <li className="seat seat-accepted">
      <span className="seat-position" aria-label={`Position ${position}`}>
        {position}
      </span>
      <div className="seat-body">
        <div className="seat-top">
          <FormatBadge format={purchase.format} />
          <span className="seat-buyer">{purchase.buyerName}</span>
          <span className="money">{formatMoney(purchase.amount, purchase.currency)}</span>
          <StatusChip purchase={purchase} />
        </div>
        {purchase.question ? <p className="seat-question-short">{purchase.question}</p> : null}
        {purchase.decidedBy ? <p className="seat-meta">Accepted by {purchase.decidedBy}</p> : null}
      </div>
    </li>
  );
}
