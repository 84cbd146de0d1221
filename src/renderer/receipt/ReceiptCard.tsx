import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import type { MessageId } from '../../shared/i18n/messages';
import type { ReceiptView } from '../../shared/store-api';
import { useFormat } from '../i18n/use-format';
import { purchaseStatusTones } from '../lib/purchase-status';
import { JoinLink } from './JoinLink';
import { nextStepMessage } from './next-step';
import { ReceiptSelfies } from './ReceiptSelfies';

/** The purchase and its state in plain words, in the buyer's language. */
export function ReceiptCard({ receipt, token }: { receipt: ReceiptView; token: string }) {
  const intl = useIntl();
  const { money, dateTime } = useFormat();
  const tone = purchaseStatusTones[receipt.status];
  const nextStep = nextStepMessage(receipt);
  const amount = money(receipt.amount, receipt.currency);
  const fact = (id: MessageId) => <dt>{intl.formatMessage({ id })}</dt>;
  return (
    <article className="receipt-card" aria-labelledby="receipt-offer">
      <p className="receipt-show">{receipt.showTitle}</p>
      <div className="receipt-head">
        <div>
          <span className="offer-card-kind">{offerLine(intl, receipt)}</span>
          <h2 id="receipt-offer">{receipt.offerTitle}</h2>
        </div>
        <div className="receipt-amount">{amount}</div>
      </div>

      <div className={`receipt-status receipt-status-${tone}`} role="status" aria-live="polite">
        <p className="receipt-status-text">{intl.formatMessage({ id: 'receipt.status' }, { status: receipt.status })}</p>
        {nextStep ? <p className="receipt-status-next">{intl.formatMessage({ id: nextStep })}</p> : null}
      </div>

      <dl className="receipt-facts">
        {fact('receipt.fact.name')}
        <dd>{receipt.buyerName}</dd>
        {receipt.variantLabel ? (
          <>
            {fact('receipt.fact.variant')}
            <dd>{receipt.variantLabel}</dd>
          </>
        ) : null}
        {fact('receipt.fact.charged')}
        <dd>{chargedText(intl, receipt, amount)}</dd>
        {fact('receipt.fact.ordered')}
        <dd>
          <time dateTime={receipt.createdAt}>{dateTime(receipt.createdAt)}</time>
        </dd>
        {receipt.shipment ? (
          <>
            {fact('receipt.fact.shipped')}
            <dd data-testid="receipt-shipped">
              <ShippedOn shippedAt={receipt.shipment.shippedAt} shown={dateTime(receipt.shipment.shippedAt)} trackingNumber={receipt.shipment.trackingNumber} />
            </dd>
          </>
        ) : null}
        {fact('receipt.fact.reference')}
        <dd>
          <code>{receipt.purchaseId}</code>
        </dd>
      </dl>

      {receipt.question ? (
        <section className="receipt-quote">
          <h3>{intl.formatMessage({ id: 'receipt.question.title' })}</h3>
          <blockquote>{receipt.question}</blockquote>
        </section>
      ) : null}
      {receipt.message ? (
        <section className="receipt-quote">
          <h3>{intl.formatMessage({ id: 'receipt.message.title' })}</h3>
          <blockquote>{receipt.message}</blockquote>
          {receipt.messageStatus !== 'none' ? (
            <p className={`message-status message-status-${receipt.messageStatus}`}>{intl.formatMessage({ id: 'receipt.messageStatus' }, { status: receipt.messageStatus })}</p>
          ) : null}
        </section>
      ) : null}
      <ReceiptSelfies receipt={receipt} token={token} />
      {receipt.kind === 'hotseat' ? <JoinLink receipt={receipt} /> : null}
    </article>
  );
}

/** The date a parcel left, with its tracking number when there is one. */
function ShippedOn({ shippedAt, shown, trackingNumber }: { shippedAt: string; shown: string; trackingNumber: string | null }) {
  const date = <time dateTime={shippedAt}>{shown}</time>;
  if (!trackingNumber) return date;
  return <FormattedMessage id="receipt.shippedWithTracking" values={{ date, trackingNumber, code: (chunks) => <code>{chunks}</code> }} />;
}

/** "Hot seat · Chat · 3 min on air": what was bought, the separator being the same in every language. */
function offerLine(intl: IntlShape, receipt: ReceiptView): string {
  const parts = [intl.formatMessage({ id: 'common.kind' }, { kind: receipt.kind })];
  if (receipt.format) parts.push(intl.formatMessage({ id: 'common.format' }, { format: receipt.format }));
  if (receipt.minutes) parts.push(intl.formatMessage({ id: 'receipt.minutesOnAir' }, { minutes: receipt.minutes }));
  return parts.join(' · ');
}

/** Always says whether the card was charged, and that an authorization is not a charge. */
function chargedText(intl: IntlShape, receipt: ReceiptView, amount: string): string {
  if (receipt.charged) return intl.formatMessage({ id: 'receipt.charged.yes' }, { amount });
  if (receipt.status === 'pending_review' || receipt.status === 'accepted') return intl.formatMessage({ id: 'receipt.charged.authorizedOnly' });
  return intl.formatMessage({ id: 'receipt.charged.no' });
}
