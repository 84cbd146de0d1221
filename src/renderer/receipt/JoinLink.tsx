import type { ReceiptView } from '../../shared/store-api';

/**
 * Where a hot-seat buyer finds their private way into the green room, and back onto the show if
 * their guest page closed while they were on air.
 */
export function JoinLink({ receipt }: { receipt: ReceiptView }) {
  const closed = ['rejected', 'expired', 'cancelled', 'refunded', 'completed', 'no_show'].includes(receipt.status);
  if (closed) return null;
  const onAir = receipt.status === 'on_air';
  return (
    <section className="join-link" aria-labelledby="join-title">
      <h3 id="join-title">{onAir ? 'You’re on air now' : 'Your join link'}</h3>
      {receipt.joinUrl ? (
        <>
          <p>
            {onAir
              ? 'Your seat is live. If your guest page closed, go back from here: your remaining time is kept.'
              : 'When it’s your turn, join from this device. Allow camera and microphone when asked.'}
          </p>
          <a className="button button-primary button-large" href={receipt.joinUrl} rel="noreferrer">
            {onAir ? 'Back to the show' : 'Join the green room'}
          </a>
        </>
      ) : (
        <p className="join-link-pending">
          {receipt.status === 'accepted'
            ? 'Your link to join will appear here before your turn. Keep this page open.'
            : 'If the host accepts you, your link to join will appear right here.'}
        </p>
      )}
    </section>
  );
}
