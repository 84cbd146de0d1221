import { useState } from 'react';
import type { Purchase } from '../../../shared/purchases';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { blockedBuyers } from '../../lib/studio-selectors';
import { ConfirmDialog } from '../ConfirmDialog';

/**
 * Blocks the buyer of a purchase for this show, after saying what happens: their seats still in
 * the queue are rejected (holds released, nothing charged), their held messages are hidden, and
 * the store refuses their new orders until someone unblocks them.
 */
export function BlockBuyerButton({ purchase }: { purchase: Purchase }) {
  const { snapshot, online } = useStudio();
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
        Block buyer
      </button>
      {confirming ? (
        <ConfirmDialog
          title={`Block ${purchase.buyerName} for this show?`}
          confirmLabel="Block — don’t charge"
          tone="danger"
          busy={block.pending}
          error={block.error?.message ?? null}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        >
          <ul className="dialog-list">
            <li>Their hot seats still waiting or in line are rejected: the card holds are released, <strong>nothing is charged</strong>.</li>
            <li>Their tip and gift messages waiting for review are hidden.</li>
            <li>The store refuses new orders from them for the rest of this show. You can unblock them later.</li>
          </ul>
          <label className="dialog-field">
            Reason (optional, kept in the activity log)
            <input value={reason} maxLength={200} onChange={(event) => setReason(event.target.value)} />
          </label>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
