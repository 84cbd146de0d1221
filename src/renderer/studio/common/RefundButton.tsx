import { useState } from 'react';
import type { Purchase } from '../../../shared/purchases';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { formatMoney } from '../../lib/format';

/** Refund a paid purchase in full, after saying exactly what will happen. */
export function RefundButton({ purchase }: { purchase: Purchase }) {
  const { online, role } = useStudio();
  const refund = useCommand('purchase.refund');
  const [confirming, setConfirming] = useState(false);
  // Refunds are the host's alone (auth/policy.ts); a moderator's console does not offer them.
  if (purchase.status !== 'paid' || role === 'moderator') return null;
  const amount = formatMoney(purchase.amount, purchase.currency);

  const confirm = async () => {
    const result = await refund.run({ purchaseId: purchase.id, expectedVersion: purchase.version });
    if (result?.ok) setConfirming(false);
  };

  return (
    <>
      <button
        type="button"
        className="button button-small button-quiet"
        disabled={!online || refund.pending || purchase.paymentActionPending}
        onClick={() => {
          refund.clearError();
          setConfirming(true);
        }}
      >
        Refund
      </button>
      {confirming ? (
        <ConfirmDialog
          title={`Refund ${amount} to ${purchase.buyerName}?`}
          confirmLabel={`Refund ${amount}`}
          tone="danger"
          busy={refund.pending}
          error={refund.error?.message ?? null}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        >
          <p>
            The full amount of this {purchase.offerTitle} goes back to the buyer’s card. This cannot be undone; the payment
            provider’s fee is usually not returned.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
