import { failWith, ok, type Result } from '../../../shared/result';
import type { ReceiptView } from '../../../shared/store-api';
import type { PurchaseRecord } from '../store/purchases-repo';
import type { Repositories } from '../store/repositories';
import { hashReceiptToken, looksLikeReceiptToken, receiptTokenMatches } from './receipt-token';

/**
 * The purchase a receipt token opens: the checkout's own token (its hash on the purchase) or one
 * minted for an emailed link (receipt_links). Every way in by receipt token (the receipt API, the
 * viewer socket, selfie downloads, the join link derived from it) comes through here.
 */
export function purchaseForReceiptToken(repos: Repositories, token: string): PurchaseRecord | null {
  if (!looksLikeReceiptToken(token)) return null;
  const hash = hashReceiptToken(token);
  const found = repos.purchases.findByReceiptHash(hash);
  if (found) return receiptTokenMatches(token, found.receiptTokenHash) ? found.record : null;
  const emailed = repos.receiptLinks.find(hash);
  if (!emailed || !receiptTokenMatches(token, emailed.tokenHash)) return null;
  return repos.purchases.get(emailed.purchaseId);
}

/** What the holder of a receipt token may see of their purchase. Any wrong token is simply "not found". */
export function receiptView(repos: Repositories, token: string): Result<ReceiptView> {
  const record = purchaseForReceiptToken(repos, token);
  if (!record) return failWith('not_found', 'error.purchases.receiptNotFound');
  const p = record.purchase;
  const offer = repos.offers.get(p.offerId);
  return ok({
    purchaseId: p.id,
    showTitle: repos.shows.get(p.showId)?.title ?? '',
    offerTitle: p.offerTitle,
    kind: p.kind,
    format: p.format,
    status: p.status,
    amount: p.amount,
    currency: p.currency,
    charged: p.payment === 'captured',
    buyerName: p.buyerName,
    message: p.message,
    messageStatus: p.messageStatus,
    question: p.question,
    variantLabel: p.variantLabel,
    minutes: offer?.kind === 'hotseat' ? offer.minutes : null,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    // The guest issue fills this in once accepted seats get a private join link.
    joinUrl: null,
    shipment: p.shipment ? { shippedAt: p.shipment.shippedAt, trackingNumber: p.shipment.trackingNumber } : null,
    selfies: repos.selfies.listForPurchase(p.id).map(({ selfie: s }) => ({ id: s.id, contentType: s.contentType, bytes: s.bytes, width: s.width, height: s.height, takenAt: s.takenAt })),
  });
}
