import './queue-tools.css';
import { useState, type DragEvent, type KeyboardEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Purchase } from '../../../shared/purchases';
import { AcceptedSeat } from '../../studio/queue/AcceptedSeat';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';

const kbd = (chunks: ReactNode[]) => <kbd>{chunks}</kbd>;

/**
 * The line of accepted guests, first on air first, which the host and moderators can rearrange:
 * drag a card onto another, or focus a card and press Alt+↑ / Alt+↓ (or its Move buttons). Each
 * move is one `queue.reorder` command; the core keeps one order for everyone and sends it back.
 */
export function LineList({ seats }: { seats: Purchase[] }) {
  const { online } = useStudio();
  const intl = useIntl();
  const reorder = useCommand('queue.reorder');
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const canMove = online && !reorder.pending && seats.length > 1;

  const move = async (seat: Purchase, beforeId: string | null, place: number) => {
    const result = await reorder.run({ purchaseId: seat.id, beforeId });
    if (result?.ok) setAnnouncement(intl.formatMessage({ id: 'ui.line.moved' }, { buyerName: seat.buyerName, place, total: seats.length }));
  };
  const moveUp = (index: number) => {
    const seat = seats[index];
    const above = seats[index - 1];
    if (seat && above) void move(seat, above.id, index);
  };
  const moveDown = (index: number) => {
    const seat = seats[index];
    if (!seat || index >= seats.length - 1) return;
    void move(seat, seats[index + 2]?.id ?? null, index + 2);
  };
  const drop = (targetIndex: number) => {
    const from = seats.findIndex((s) => s.id === dragging);
    const seat = seats[from];
    setDragging(null);
    setOver(null);
    if (!seat || from === targetIndex) return;
    // Dropped on a card below: it goes after that card; on a card above: before it.
    const beforeId = from < targetIndex ? (seats[targetIndex + 1]?.id ?? null) : (seats[targetIndex]?.id ?? null);
    void move(seat, beforeId, targetIndex + 1);
  };

  return (
    <>
      {seats.length > 1 ? (
        <p className="panel-note">
          <FormattedMessage id="ui.line.help" values={{ kbd }} />
        </p>
      ) : null}
      <ol className="seat-list line-list">
        {seats.map((purchase, index) => {
          const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
            if (event.target !== event.currentTarget || !event.altKey || !canMove) return;
            if (event.key === 'ArrowUp') {
              event.preventDefault();
              moveUp(index);
            } else if (event.key === 'ArrowDown') {
              event.preventDefault();
              moveDown(index);
            }
          };
          const dragProps = canMove
            ? {
                draggable: true,
                onDragStart: (event: DragEvent<HTMLLIElement>) => {
                  event.dataTransfer.effectAllowed = 'move';
                  event.dataTransfer.setData('text/plain', purchase.id);
                  setDragging(purchase.id);
                },
                onDragOver: (event: DragEvent<HTMLLIElement>) => {
                  if (!dragging) return;
                  event.preventDefault();
                  event.dataTransfer.dropEffect = 'move';
                  setOver(purchase.id);
                },
                onDragLeave: () => setOver((current) => (current === purchase.id ? null : current)),
                onDrop: (event: DragEvent<HTMLLIElement>) => {
                  event.preventDefault();
                  drop(index);
                },
                onDragEnd: () => {
                  setDragging(null);
                  setOver(null);
                },
              }
            : {};
          return (
            <AcceptedSeat
              key={purchase.id}
              purchase={purchase}
              position={index + 1}
              line={{
                total: seats.length,
                canMove,
                moveUp: index > 0 ? () => moveUp(index) : null,
                moveDown: index < seats.length - 1 ? () => moveDown(index) : null,
                itemProps: { ...dragProps, tabIndex: 0, onKeyDown },
                dragging: dragging === purchase.id,
                dropTarget: over === purchase.id && dragging !== purchase.id,
              }}
            />
          );
        })}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {reorder.error ? (
        <p className="inline-error" role="alert">
          {reorder.error.message}
        </p>
      ) : null}
    </>
  );
}
