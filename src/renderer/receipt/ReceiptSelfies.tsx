import { receiptSelfiePath, type ReceiptSelfie } from '../../shared/selfies';
import type { ReceiptView } from '../../shared/store-api';
import { useImageBlob } from '../hooks/use-image-blob';
import { formatDateTime } from '../lib/format';

/**
 * A selfie seat's pictures, as the host takes them (they arrive live). Each is fetched with the
 * receipt token in a header and downloaded from memory, so the private token never enters a URL.
 */
export function ReceiptSelfies({ receipt, token }: { receipt: ReceiptView; token: string }) {
  if (receipt.format !== 'selfie') return null;
  const waiting = ['accepted', 'on_air'].includes(receipt.status);
  if (receipt.selfies.length === 0 && !waiting) return null;
  return (
    <section className="receipt-selfies" aria-labelledby="selfies-title">
      <h3 id="selfies-title">{receipt.selfies.length === 1 ? 'Your selfie' : 'Your selfies'}</h3>
      {receipt.selfies.length === 0 ? (
        <p className="receipt-selfies-empty" role="status">
          When the host takes your selfie on air, it appears here for you to download.
        </p>
      ) : (
        <ul className="receipt-selfie-list">
          {receipt.selfies.map((selfie, index) => (
            <SelfiePicture key={selfie.id} selfie={selfie} index={index} token={token} />
          ))}
        </ul>
      )}
    </section>
  );
}

function SelfiePicture({ selfie, index, token }: { selfie: ReceiptSelfie; index: number; token: string }) {
  const image = useImageBlob(receiptSelfiePath(selfie.id), { 'X-Receipt-Token': token });
  const label = `Selfie ${index + 1}`;
  return (
    <li className="receipt-selfie">
      {image.src ? (
        <img src={image.src} alt={`${label}, taken on air`} width={selfie.width} height={selfie.height} />
      ) : (
        <div className="receipt-selfie-placeholder" role={image.error ? 'alert' : 'status'}>
          {image.error ?? 'Loading your selfie…'}
        </div>
      )}
      <div className="receipt-selfie-meta">
        <span>
          {label} · <time dateTime={selfie.takenAt}>{formatDateTime(selfie.takenAt)}</time>
        </span>
        {image.src ? (
          <a className="button button-primary" href={image.src} download={image.fileName ?? `hotseat-selfie-${index + 1}.${selfie.contentType === 'image/png' ? 'png' : 'jpg'}`}>
            Download
          </a>
        ) : null}
      </div>
    </li>
  );
}
