import type { PaymentsStatus } from '../../../shared/settings';

/** Never leave the host unsure whether money is real. */
export function PaymentsBadge({ payments }: { payments: PaymentsStatus }) {
  if (payments.mode === 'rehearsal') {
    return (
      <span className="payments-badge payments-rehearsal" title="No Stripe key is set: purchases are pretend.">
        Rehearsal — no real money
      </span>
    );
  }
  return (
    <span
      className={`payments-badge payments-stripe${payments.lastError ? ' payments-error' : ''}`}
      title={payments.lastError ?? `Stripe key ending in ${payments.keyHint ?? '?'}`}
    >
      Stripe {payments.keyHint ? `· …${payments.keyHint}` : ''}
      {payments.lastError ? ' · problem' : ''}
    </span>
  );
}
