import { FormattedMessage, useIntl } from 'react-intl';
import { receiptSelfiePath, type ReceiptSelfie } from '../../shared/selfies';
import type { ReceiptView } from '../../shared/store-api';
import { useImageBlob } from '../hooks/use-image-blob';
import { useFormat } from '../i18n/use-format';

/**
 * A selfie seat's pictures, as the host takes them (they arrive live). Each is fetched with the
 * receipt token in a header and downloaded from memory, so the private token never enters a URL.
 */
export function ReceiptSelfies({ receipt, token }: { receipt: ReceiptView; token: string }) {
  const intl = useIntl();
  if (receipt.format !== 'selfie') return null;
  const waiting = ['accepted', 'on_air'].includes(receipt.status);
  if (receipt.selfies.length === 0 && !waiting) return null;
  return (
    <section className="receipt-selfies" aria-labelledby="selfies-title">
      <h3 id="selfies-title">{intl.formatMessage({ id: 'receipt.selfies.title' }, { count: receipt.selfies.length })}</h3>
      {receipt.selfies.length === 0 ? (
        <p className="receipt-selfies-empty" role="status">
          {intl.formatMessage({ id: 'receipt.selfies.empty' })}
        </p>
      ) : (
        <ul className="receipt-selfie-list">
          {receipt.selfies.map((selfie, index) => (
            <SelfiePicture key={selfie.id} selfie={selfie} number={index + 1} token={token} />
          ))}
        </ul>
      )}
    </section>
  );
}

function SelfiePicture({ selfie, number, token }: { selfie: ReceiptSelfie; number: number; token: string }) {
  const intl = useIntl();
  const { dateTime } = useFormat();
  const image = useImageBlob(receiptSelfiePath(selfie.id), { 'X-Receipt-Token': token });
  const extension = selfie.contentType === 'image/png' ? 'png' : 'jpg';
  return (
    <li className="receipt-selfie">
      {image.src ? (
        <img src={image.src} alt={intl.formatMessage({ id: 'receipt.selfie.alt' }, { number })} width={selfie.width} height={selfie.height} />
      ) : (
        <div className="receipt-selfie-placeholder" role={image.error ? 'alert' : 'status'}>
          {/* The hook words the server's reason (or the network's) in the page's language. */}
          {image.error ?? intl.formatMessage({ id: 'receipt.selfie.loading' })}
        </div>
      )}
      <div className="receipt-selfie-meta">
        <span>
          {/* The time stays a machine-readable <time> inside the translated caption. */}
          <FormattedMessage id="receipt.selfie.caption" values={{ number, takenAt: <time dateTime={selfie.takenAt}>{dateTime(selfie.takenAt)}</time> }} />
        </span>
        {image.src ? (
          <a className="button button-primary" href={image.src} download={image.fileName ?? `hotseat-selfie-${number}.${extension}`}>
            {intl.formatMessage({ id: 'receipt.selfie.download' })}
          </a>
        ) : null}
      </div>
    </li>
  );
}

