import { useIntl } from 'react-intl';
import type { ReceiptView } from '../../shared/store-api';

/**
 * Where a hot-seat buyer finds their private way into the green room, and back onto the show if
 * their guest page closed while they were on air.
 */
export function JoinLink({ receipt }: { receipt: ReceiptView }) {
  const intl = useIntl();
  const closed = ['rejected', 'expired', 'cancelled', 'refunded', 'completed', 'no_show'].includes(receipt.status);
  if (closed) return null;
  const onAir = receipt.status === 'on_air';
  return (
    <section className="join-link" aria-labelledby="join-title">
      <h3 id="join-title">{intl.formatMessage({ id: 'receipt.join.title' }, { onAir: onAir ? 'yes' : 'no' })}</h3>
      {receipt.joinUrl ? (
        <>
          <p>{intl.formatMessage({ id: onAir ? 'receipt.join.onAirBody' : 'receipt.join.waitingBody' })}</p>
          <a className="button button-primary button-large" href={receipt.joinUrl} rel="noreferrer">
            {intl.formatMessage({ id: onAir ? 'receipt.join.backToShow' : 'receipt.join.greenRoom' })}
          </a>
        </>
      ) : (
        <p className="join-link-pending">{intl.formatMessage({ id: receipt.status === 'accepted' ? 'receipt.join.linkSoon' : 'receipt.join.ifAccepted' })}</p>
      )}
    </section>
  );
}
