import { useCallback, useState } from 'react';
import type { Show } from '../../../shared/offers';
import type { Purchase } from '../../../shared/purchases';
import { Notice } from '../../components/Notice';
import { BlockedBuyers } from '../../components/queue/BlockedBuyers';
import { LineList } from '../../components/queue/LineList';
import { useNow } from '../../hooks/use-now';
import { useStudio } from '../../hooks/use-studio';
import { alreadyDecidedNotice, refusalNotice } from '../../lib/decision-notice';
import { acceptedSeats, pendingSeats } from '../../lib/studio-selectors';
import { Panel } from '../common/Panel';
import { PendingSeat } from './PendingSeat';

/** Paid hot seats: the ones to decide on, then the line of accepted guests. */
export function QueuePanel({ show }: { show: Show | null }) {
  const { snapshot } = useStudio();
  const now = useNow(1000);
  const notices = useDecisionNotices();
  const { add } = notices;
  const onVanished = useCallback((purchaseId: string) => add({ vanished: purchaseId }), [add]);
  const onRefused = useCallback((buyerName: string, message: string) => add({ text: refusalNotice(buyerName, message) }), [add]);
  // A card that vanished is described by what the snapshot now says happened to it.
  const shown = [
    ...new Set(
      notices.list.flatMap((n) => {
        if ('text' in n) return [n.text];
        const purchase = snapshot.purchases.find((p) => p.id === n.vanished);
        return purchase && purchase.status !== 'pending_review' ? [alreadyDecidedNotice(purchase)] : [];
      }),
    ),
  ];
  if (!show) {
    return (
      <Panel title="Hot-seat queue">
        <Notice kind="empty" title="No show yet">
          Create a show and a hot-seat offer in “Show &amp; offers”.
        </Notice>
      </Panel>
    );
  }
  const pending = pendingSeats(snapshot, show.id);
  const accepted = acceptedSeats(snapshot, show.id);
  return (
    <div className="queue">
      <Panel title="Waiting for review" count={pending.length} className="panel-pending">
        {shown.length > 0 ? (
          <ul className="decision-notices">
            {shown.map((text) => (
              <li key={text} role="alert">
                <span>{text}</span>
                <button type="button" className="button button-small button-quiet" onClick={() => notices.dismiss(text, snapshot.purchases)} aria-label={`Dismiss: ${text}`}>
                  Dismiss
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {pending.length === 0 ? (
          <Notice kind="empty" title="Nobody waiting">
            {show.status === 'live' ? 'New hot-seat purchases appear here the moment they are paid.' : 'Hot seats can be bought once the show is live.'}
          </Notice>
        ) : (
          <>
            <p className="panel-note">Focus a card and press <kbd>A</kbd> to accept or <kbd>R</kbd> to reject.</p>
            <ol className="seat-list">
              {pending.map((purchase) => (
                <PendingSeat key={purchase.id} purchase={purchase} now={now} onRefused={onRefused} onVanished={onVanished} />
              ))}
            </ol>
          </>
        )}
      </Panel>
      <Panel title="Accepted — in line" count={accepted.length} className="panel-accepted">
        <p className="panel-note panel-note-money">
          Accepted seats stay <strong>authorized, not charged</strong>: a card is charged only after that guest’s time on air. If they never
          make it on air, the hold is released.
        </p>
        {accepted.length === 0 ? <Notice kind="empty" title="Nobody in line yet" /> : <LineList seats={accepted} />}
        <BlockedBuyers show={show} />
      </Panel>
    </div>
  );
}

/** "Someone else decided first" messages, kept above the list until dismissed (the last three). */
type DecisionNotice = { text: string } | { vanished: string };

function useDecisionNotices() {
  const [list, setList] = useState<DecisionNotice[]>([]);
  const add = useCallback((notice: DecisionNotice) => setList((current) => [...current, notice].slice(-3)), []);
  const dismiss = useCallback(
    (text: string, purchases: readonly Purchase[]) =>
      setList((current) =>
        current.filter((n) => {
          if ('text' in n) return n.text !== text;
          const purchase = purchases.find((p) => p.id === n.vanished);
          return !purchase || alreadyDecidedNotice(purchase) !== text;
        }),
      ),
    [],
  );
  return { list, add, dismiss };
}
