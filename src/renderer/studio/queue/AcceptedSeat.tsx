import type { LiHTMLAttributes } from 'react';
import type { Purchase } from '../../../shared/purchases';
import { BlockBuyerButton } from '../../components/queue/BlockBuyerButton';
import { SeatNotes } from '../../components/queue/SeatNotes';
import { formatMoney } from '../../lib/format';
import { StatusChip } from '../common/StatusChip';
import { FormatBadge } from './FormatBadge';

/** How a card takes part in a reorderable line (components/queue/LineList.tsx). */
export interface LinePlace {
  total: number;
  canMove: boolean;
  moveUp: (() => void) | null;
  moveDown: (() => void) | null;
  itemProps: LiHTMLAttributes<HTMLLIElement>;
  dragging: boolean;
  dropTarget: boolean;
}

/** A guest in line: position, who, and what they will talk about; notes; moves when in a line. */
export function AcceptedSeat({ purchase, position, line }: { purchase: Purchase; position: number; line?: LinePlace }) {
  const classes = ['seat', 'seat-accepted', line?.dragging ? 'seat-dragging' : '', line?.dropTarget ? 'seat-drop-target' : ''].filter(Boolean).join(' ');
  return (
    <li className={classes} {...line?.itemProps} aria-label={`${purchase.buyerName}, place ${position}${line ? ` of ${line.total}` : ''}`}>
      <span className="seat-position" aria-hidden="true">
        {position}
      </span>
      <div className="seat-body">
        <div className="seat-top">
          <FormatBadge format={purchase.format} />
          <span className="seat-buyer">{purchase.buyerName}</span>
          <span className="money">{formatMoney(purchase.amount, purchase.currency)}</span>
          <StatusChip purchase={purchase} />
          {line ? (
            <span className="line-moves">
              <button type="button" className="button button-small button-quiet" disabled={!line.canMove || !line.moveUp} onClick={() => line.moveUp?.()} aria-label={`Move ${purchase.buyerName} up`} title="Move up (Alt+↑)">
                ↑
              </button>
              <button type="button" className="button button-small button-quiet" disabled={!line.canMove || !line.moveDown} onClick={() => line.moveDown?.()} aria-label={`Move ${purchase.buyerName} down`} title="Move down (Alt+↓)">
                ↓
              </button>
            </span>
          ) : null}
        </div>
        {purchase.question ? <p className="seat-question-short">{purchase.question}</p> : null}
        {purchase.decidedBy ? <p className="seat-meta">Accepted by {purchase.decidedBy}</p> : null}
        <div className="seat-tools">
          <SeatNotes purchase={purchase} />
          <BlockBuyerButton purchase={purchase} />
        </div>
      </div>
    </li>
  );
}
