import type { LiHTMLAttributes } from 'react';
import { useIntl } from 'react-intl';
import type { Purchase } from '../../../shared/purchases';
import { BlockBuyerButton } from '../../components/queue/BlockBuyerButton';
import { SeatNotes } from '../../components/queue/SeatNotes';
import { useFormat } from '../../i18n/use-format';
import { StatusChip } from '../common/StatusChip';
import { FormatBadge } from './FormatBadge';
import { actorName } from '../../lib/actor-name';

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

const UP = '↑';
const DOWN = '↓';

/** A guest in line: position, who, and what they will talk about; notes; moves when in a line. */
export function AcceptedSeat({ purchase, position, line }: { purchase: Purchase; position: number; line?: LinePlace }) {
  const intl = useIntl();
  const format = useFormat();
  const buyer = purchase.buyerName;
  const label = line
    ? intl.formatMessage({ id: 'queue.line.labelOf' }, { buyer, position, total: line.total })
    : intl.formatMessage({ id: 'queue.line.label' }, { buyer, position });
  const classes = ['seat', 'seat-accepted', line?.dragging ? 'seat-dragging' : '', line?.dropTarget ? 'seat-drop-target' : ''].filter(Boolean).join(' ');
  return (
    <li className={classes} {...line?.itemProps} aria-label={label}>
      <span className="seat-position" aria-hidden="true">
        {position}
      </span>
      <div className="seat-body">
        <div className="seat-top">
          <FormatBadge format={purchase.format} />
          <span className="seat-buyer">{purchase.buyerName}</span>
          <span className="money">{format.money(purchase.amount, purchase.currency)}</span>
          <StatusChip purchase={purchase} />
          {line ? (
            <span className="line-moves">
              <button
                type="button"
                className="button button-small button-quiet"
                disabled={!line.canMove || !line.moveUp}
                onClick={() => line.moveUp?.()}
                aria-label={intl.formatMessage({ id: 'queue.line.moveUp' }, { buyer })}
                title={intl.formatMessage({ id: 'queue.line.moveUpTitle' })}
              >
                {UP}
              </button>
              <button
                type="button"
                className="button button-small button-quiet"
                disabled={!line.canMove || !line.moveDown}
                onClick={() => line.moveDown?.()}
                aria-label={intl.formatMessage({ id: 'queue.line.moveDown' }, { buyer })}
                title={intl.formatMessage({ id: 'queue.line.moveDownTitle' })}
              >
                {DOWN}
              </button>
            </span>
          ) : null}
        </div>
        {purchase.question ? <p className="seat-question-short">{purchase.question}</p> : null}
        {purchase.decidedBy ? <p className="seat-meta">{intl.formatMessage({ id: 'queue.line.acceptedBy' }, { name: actorName(intl, purchase.decidedBy) })}</p> : null}
        <div className="seat-tools">
          <SeatNotes purchase={purchase} />
          <BlockBuyerButton purchase={purchase} />
        </div>
      </div>
    </li>
  );
}
