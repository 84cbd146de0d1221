import { useCallback, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { alreadyDecidedMessage } from '../../lib/decision-notice';
import type { Show } from '../../../shared/offers';
import type { Purchase } from '../../../shared/purchases';
import { Notice } from '../../components/Notice';
import { BlockedBuyers } from '../../components/queue/BlockedBuyers';
import { LineList } from '../../components/queue/LineList';
import { useNow } from '../../hooks/use-now';
import { useStudio } from '../../hooks/use-studio';
import { acceptedSeats, pendingSeats } from '../../lib/studio-selectors';
import { Panel } from '../common/Panel';
import { PendingSeat } from './PendingSeat';
import { actorName } from '../../lib/actor-name';

/** Paid hot seats: the ones to decide on, then the line of accepted guests. */
const kbd = (chunks: ReactNode[]) => <kbd>{chunks}</kbd>;
const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

export function QueuePanel({ show }: { show: Show | null }) {
  const intl = useIntl();
  const { snapshot } = useStudio();
  const now = useNow(1000);
  const notices = useDecisionNotices();
  const { add } = notices;
  const onVanished = useCallback((purchaseId: string) => add({ vanished: purchaseId }), [add]);
  // The core's refusal stays in its words for now; the buyer's name in front is the catalog's.
  const onRefused = useCallback(
    (buyerName: string, message: string) => add({ text: intl.formatMessage({ id: 'queue.notice.refused' }, { buyer: buyerName, message }) }),
    [add, intl],
  );
  // A card that vanished is described by what the snapshot now says happened to it.
  const shown = [
    ...new Set(
      notices.list.flatMap((n) => {
        if ('text' in n) return [n.text];
        const purchase = snapshot.purchases.find((p) => p.id === n.vanished);
        return purchase && purchase.status !== 'pending_review' ? [alreadyDecidedNotice(intl, purchase)] : [];
      }),
    ),
  ];
  if (!show) {
    return (
      <Panel title={intl.formatMessage({ id: 'queue.title' })}>
        <Notice kind="empty" title={intl.formatMessage({ id: 'queue.noShow.title' })}>
          {intl.formatMessage({ id: 'queue.noShow.body' })}
        </Notice>
      </Panel>
    );
  }
  const pending = pendingSeats(snapshot, show.id);
  const accepted = acceptedSeats(snapshot, show.id);
  return (
    <div className="queue">
      <Panel title={intl.formatMessage({ id: 'queue.pending.title' })} count={pending.length} className="panel-pending">
        {shown.length > 0 ? (
          <ul className="decision-notices">
            {shown.map((text) => (
              <li key={text} role="alert">
                <span>{text}</span>
                <button
                  type="button"
                  className="button button-small button-quiet"
                  onClick={() => notices.dismiss(text, snapshot.purchases, intl)}
                  aria-label={intl.formatMessage({ id: 'queue.dismissLabel' }, { notice: text })}
                >
                  {intl.formatMessage({ id: 'queue.dismiss' })}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {pending.length === 0 ? (
          <Notice kind="empty" title={intl.formatMessage({ id: 'queue.nobodyWaiting.title' })}>
            {intl.formatMessage({ id: show.status === 'live' ? 'queue.nobodyWaiting.live' : 'queue.nobodyWaiting.notLive' })}
          </Notice>
        ) : (
          <>
            <p className="panel-note">
              <FormattedMessage id="queue.keys" values={{ kbd }} />
            </p>
            <ol className="seat-list">
              {pending.map((purchase) => (
                <PendingSeat key={purchase.id} purchase={purchase} now={now} onRefused={onRefused} onVanished={onVanished} />
              ))}
            </ol>
          </>
        )}
      </Panel>
      <Panel title={intl.formatMessage({ id: 'queue.accepted.title' })} count={accepted.length} className="panel-accepted">
        <p className="panel-note panel-note-money">
          <FormattedMessage id="queue.accepted.note" values={{ strong }} />
        </p>
        {accepted.length === 0 ? <Notice kind="empty" title={intl.formatMessage({ id: 'queue.accepted.empty' })} /> : <LineList seats={accepted} />}
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
    (text: string, purchases: readonly Purchase[], intl: IntlShape) =>
      setList((current) =>
        current.filter((n) => {
          if ('text' in n) return n.text !== text;
          const purchase = purchases.find((p) => p.id === n.vanished);
          return !purchase || alreadyDecidedNotice(intl, purchase) !== text;
        }),
      ),
    [],
  );
  return { list, add, dismiss };
}

function alreadyDecidedNotice(intl: IntlShape, purchase: Pick<Purchase, 'buyerName' | 'status' | 'decidedBy'>): string {
  const { id, values } = alreadyDecidedMessage(purchase);
  return intl.formatMessage({ id }, typeof values.name === 'string' ? { ...values, name: actorName(intl, values.name) } : values);
}
