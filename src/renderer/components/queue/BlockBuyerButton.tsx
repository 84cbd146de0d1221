import { useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Purchase } from '../../../shared/purchases';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { blockedBuyers } from '../../lib/studio-selectors';
import { ConfirmDialog } from '../ConfirmDialog';

const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

/**
 * Blocks the buyer of a purchase for this show, after saying what happens: their seats still in
 * the queue are rejected (holds released, nothing charged), their held messages are hidden, and
 * the store refuses their new orders until someone unblocks them.
 */
export function BlockBuyerButton({ purchase }: { purchase: Purchase }) {
  const { snapshot, online } = useStudio();
  const intl = useIntl();
  const block = useCommand('buyer.block');
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  if (blockedBuyers(snapshot, purchase.showId).some((b) => b.purchaseId === purchase.id)) return null;

  const confirm = async () => {
    const trimmed = reason.trim();
    const result = await block.run({ purchaseId: purchase.id, ...(trimmed ? { reason: trimmed } : {}) });
    if (result?.ok) setConfirming(false);
  };

  return (
    <>
      <button
        type="button"
        className="button button-small button-quiet"
        disabled={!online || block.pending}
        onClick={() => {
          block.clearError();
          setConfirming(true);
        }}
      >
        {intl.formatMessage({ id: 'ui.block.button' })}
      </button>
      {confirming ? (
        <ConfirmDialog
          title={intl.formatMessage({ id: 'ui.block.title' }, { buyerName: purchase.buyerName })}
          confirmLabel={intl.formatMessage({ id: 'ui.block.confirm' })}
          tone="danger"
          busy={block.pending}
          error={block.error?.message ?? null}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        >
          <ul className="dialog-list">
            <li>
              <FormattedMessage id="ui.block.seats" values={{ strong }} />
            </li>
            <li>{intl.formatMessage({ id: 'ui.block.messages' })}</li>
            <li>{intl.formatMessage({ id: 'ui.block.store' })}</li>
          </ul>
          <label className="dialog-field">
            {intl.formatMessage({ id: 'ui.block.reason' })}
            <input value={reason} maxLength={200} onChange={(event) => setReason(event.target.value)} />
          </label>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
