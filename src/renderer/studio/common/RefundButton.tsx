import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { Purchase } from '../../../shared/purchases';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { formatMoney } from '../../lib/format';

/** Refund a paid purchase in full, after saying exactly what will happen. */
export function RefundButton({ purchase }: { purchase: Purchase }) {
  const { online, role } = useStudio();
  const intl = useIntl();
  const refund = useCommand('purchase.refund');
  const [confirming, setConfirming] = useState(false);
  // Refunds are the host's alone (auth/policy.ts); a moderator's console does not offer them.
  if (purchase.status !== 'paid' || role === 'moderator') return null;
  const amount = formatMoney(purchase.amount, purchase.currency, intl.locale);

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
        {intl.formatMessage({ id: 'ui.refund' })}
      </button>
      {confirming ? (
        <ConfirmDialog
          title={intl.formatMessage({ id: 'ui.refund.title' }, { amount, buyerName: purchase.buyerName })}
          confirmLabel={intl.formatMessage({ id: 'ui.refund.confirm' }, { amount })}
          tone="danger"
          busy={refund.pending}
          error={refund.error?.message ?? null}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        >
          <p>{intl.formatMessage({ id: 'ui.refund.body' }, { offerTitle: purchase.offerTitle })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
