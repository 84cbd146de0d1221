import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Purchase } from '../../../shared/purchases';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { BlockBuyerButton } from '../../components/queue/BlockBuyerButton';
import { SeatNotes } from '../../components/queue/SeatNotes';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { useFormat } from '../../i18n/use-format';
import { formatDuration } from '../../lib/format';
import { waitingSince } from '../../lib/studio-selectors';
import { FormatBadge } from './FormatBadge';

/** One paid hot seat waiting for the host: who, what, how long, and Accept / Reject. */
export interface PendingSeatProps {
  purchase: Purchase;
  now: number;
  /** A refusal of this card's decision, told to the panel: the card may be gone by the time it arrives. */
  onRefused?: (buyerName: string, message: string) => void;
  /** The card left the list (someone else decided) while its reject dialog was open. */
  onVanished?: (purchaseId: string) => void;
}

export function PendingSeat({ purchase, now, onRefused, onVanished }: PendingSeatProps) {
  const intl = useIntl();
  const format = useFormat();
  const { online } = useStudio();
  const accept = useCommand('queue.accept');
  const reject = useCommand('queue.reject');
  const [rejecting, setRejecting] = useState(false);
  const dialogOpen = useRef(false);
  const vanished = useRef(onVanished);
  const sent = useRef(false);
  useEffect(() => {
    dialogOpen.current = rejecting;
    vanished.current = onVanished;
  });
  useEffect(
    () => () => {
      // Gone while this person was still deciding: tell them. If their own command is on its way,
      // its answer says what happened (their success, or who was first).
      if (dialogOpen.current && !sent.current) vanished.current?.(purchase.id);
    },
    [purchase.id],
  );
  const [reason, setReason] = useState('');
  const busy = accept.pending || reject.pending;
  const disabled = !online || busy || purchase.paymentActionPending;
  const amount = format.money(purchase.amount, purchase.currency);
  const error = accept.error ?? (rejecting ? null : reject.error);

  const startReject = () => {
    reject.clearError();
    accept.clearError();
    setRejecting(true);
  };
  const doAccept = () => {
    reject.clearError();
    void accept.run({ purchaseId: purchase.id, expectedVersion: purchase.version }).then((result) => {
      if (result && !result.ok && result.error.code === 'conflict') onRefused?.(purchase.buyerName, result.error.message);
    });
  };
  const doReject = async () => {
    const trimmed = reason.trim();
    sent.current = true;
    const result = await reject.run({ purchaseId: purchase.id, expectedVersion: purchase.version, ...(trimmed ? { reason: trimmed } : {}) });
    sent.current = false;
    if (result?.ok) setRejecting(false);
    if (result && !result.ok && result.error.code === 'conflict') onRefused?.(purchase.buyerName, result.error.message);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target !== event.currentTarget || disabled || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'a' || event.key === 'A') {
      event.preventDefault();
      doAccept();
    } else if (event.key === 'r' || event.key === 'R') {
      event.preventDefault();
      startReject();
    }
  };

  return (
    <li
      className="seat seat-pending"
      tabIndex={0}
      onKeyDown={onKeyDown}
      aria-label={intl.formatMessage({ id: 'queue.seat.label' }, { buyer: purchase.buyerName, offer: purchase.offerTitle, amount })}
    >
      <div className="seat-top">
        <FormatBadge format={purchase.format} />
        <span className="seat-buyer">{purchase.buyerName}</span>
        <span className="seat-wait" title={intl.formatMessage({ id: 'queue.seat.waitingSince' })}>
          <FormattedMessage
            id="queue.seat.waiting"
            values={{ time: <time dateTime={waitingSince(purchase)}>{formatDuration(now - Date.parse(waitingSince(purchase)))}</time> }}
          />
        </span>
      </div>
      <div className="seat-offer">
        <FormattedMessage
          id="queue.seat.authorized"
          values={{ offer: purchase.offerTitle, amount, money: (chunks) => <span className="money">{chunks}</span> }}
        />
      </div>
      {purchase.question ? <blockquote className="seat-question">{purchase.question}</blockquote> : <p className="seat-no-question">{intl.formatMessage({ id: 'queue.seat.noQuestion' })}</p>}
      <div className="seat-actions">
        <button type="button" className="button button-primary" disabled={disabled} onClick={doAccept} aria-keyshortcuts="A">
          {intl.formatMessage({ id: accept.pending ? 'queue.seat.accepting' : 'queue.seat.accept' })}
        </button>
        <button type="button" className="button button-danger-quiet" disabled={disabled} onClick={startReject} aria-keyshortcuts="R">
          {intl.formatMessage({ id: 'queue.seat.reject' })}
        </button>
        {purchase.paymentActionPending ? <span className="chip chip-waiting">{intl.formatMessage({ id: 'queue.seat.paymentPending' })}</span> : null}
        <span className="spacer" />
        <BlockBuyerButton purchase={purchase} />
      </div>
      {error ? (
        <p className="inline-error" role="alert">
          {error.message}
        </p>
      ) : null}
      <SeatNotes purchase={purchase} />
      {rejecting ? (
        <ConfirmDialog
          title={intl.formatMessage({ id: 'queue.reject.title' }, { buyer: purchase.buyerName })}
          confirmLabel={intl.formatMessage({ id: 'queue.reject.confirm' })}
          tone="danger"
          busy={reject.pending}
          error={reject.error?.message ?? null}
          onConfirm={() => void doReject()}
          onCancel={() => setRejecting(false)}
        >
          <p>
            <FormattedMessage id="queue.reject.body" values={{ buyer: purchase.buyerName, amount, strong: (chunks) => <strong>{chunks}</strong> }} />
          </p>
          <label className="dialog-field">
            {intl.formatMessage({ id: 'queue.reject.reason' })}
            <input value={reason} maxLength={200} onChange={(event) => setReason(event.target.value)} />
          </label>
        </ConfirmDialog>
      ) : null}
    </li>
  );
}
