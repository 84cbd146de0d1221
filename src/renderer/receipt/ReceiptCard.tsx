import type { ReceiptView } from '../../shared/store-api';
import { formatDateTime, formatLabels, formatMoney, kindLabels } from '../lib/format';
import { receiptMessageWords, receiptNextStep, receiptStatusWords } from '../lib/purchase-status';
import { JoinLink } from './JoinLink';
import { ReceiptSelfies } from './ReceiptSelfies';

/** The purchase and its state in plain words. */
export function ReceiptCard({ receipt, token }: { receipt: ReceiptView; token: string }) {
  const status = receiptStatusWords[receipt.status];
  const nextStep = receiptNextStep(receipt);
  const messageWords = receipt.message ? receiptMessageWords[receipt.messageStatus] : null;
  return (
    <article className="receipt-card" aria-labelledby="receipt-offer">
      <p className="receipt-show">{receipt.showTitle}</p>
      <div className="receipt-head">
        <div>
          <span className="offer-card-kind">
            {kindLabels[receipt.kind]}
            {receipt.format ? ` · ${formatLabels[receipt.format]}` : ''}
            {receipt.minutes ? ` · ${receipt.minutes} min on air` : ''}
          </span>
          <h2 id="receipt-offer">{receipt.offerTitle}</h2>
        </div>
        <div className="receipt-amount">{formatMoney(receipt.amount, receipt.currency)}</div>
      </div>

      <div className={`receipt-status receipt-status-${status.tone}`} role="status" aria-live="polite">
        <p className="receipt-status-text">{status.text}</p>
        {nextStep ? <p className="receipt-status-next">{nextStep}</p> : null}
      </div>

      <dl className="receipt-facts">
        <dt>Name</dt>
        <dd>{receipt.buyerName}</dd>
        {receipt.variantLabel ? (
          <>
            <dt>Variant</dt>
            <dd>{receipt.variantLabel}</dd>
          </>
        ) : null}
        <dt>Charged</dt>
        <dd>{chargedText(receipt)}</dd>
        <dt>Ordered</dt>
        <dd>
          <time dateTime={receipt.createdAt}>{formatDateTime(receipt.createdAt)}</time>
        </dd>
        {receipt.shipment ? (
          <>
            <dt>Shipped</dt>
            <dd data-testid="receipt-shipped">
              <time dateTime={receipt.shipment.shippedAt}>{formatDateTime(receipt.shipment.shippedAt)}</time>
              {receipt.shipment.trackingNumber ? (
                <>
                  {' · tracking '}
                  <code>{receipt.shipment.trackingNumber}</code>
                </>
              ) : null}
            </dd>
          </>
        ) : null}
        <dt>Reference</dt>
        <dd>
          <code>{receipt.purchaseId}</code>
        </dd>
      </dl>

      {receipt.question ? (
        <section className="receipt-quote">
          <h3>Your question</h3>
          <blockquote>{receipt.question}</blockquote>
        </section>
      ) : null}
      {receipt.message ? (
        <section className="receipt-quote">
          <h3>Your message</h3>
          <blockquote>{receipt.message}</blockquote>
          {messageWords ? <p className={`message-status message-status-${receipt.messageStatus}`}>{messageWords}</p> : null}
        </section>
      ) : null}
      <ReceiptSelfies receipt={receipt} token={token} />
      {receipt.kind === 'hotseat' ? <JoinLink receipt={receipt} /> : null}
    </article>
  );
}

function chargedText(receipt: ReceiptView): string {
  if (receipt.charged) return `Yes, ${formatMoney(receipt.amount, receipt.currency)}`;
  if (receipt.status === 'pending_review' || receipt.status === 'accepted') return 'Not yet — your card is only authorized';
  return 'No';
}
