import { useIntl } from 'react-intl';
import type { PaymentsStatus } from '../../../shared/settings';

/** Never leave the host unsure whether money is real. A key problem reads as the core reports it. */
export function PaymentsBadge({ payments }: { payments: PaymentsStatus }) {
  const intl = useIntl();
  if (payments.mode === 'rehearsal') {
    return (
      <span className="payments-badge payments-rehearsal" title={intl.formatMessage({ id: 'shell.payments.rehearsalTitle' })}>
        {intl.formatMessage({ id: 'shell.payments.rehearsal' })}
      </span>
    );
  }
  return (
    <span
      className={`payments-badge payments-stripe${payments.lastError ? ' payments-error' : ''}`}
      title={payments.lastError ?? intl.formatMessage({ id: 'shell.payments.keyTitle' }, { hint: payments.keyHint ?? '?' })}
    >
      {intl.formatMessage(
        { id: 'shell.payments.stripe' },
        { hasHint: payments.keyHint ? 'yes' : 'no', hint: payments.keyHint ?? '', problem: payments.lastError ? 'yes' : 'no' },
      )}
    </span>
  );
}
