import { fail, ok, type Result } from '../../../shared/result';
import type { ReceiptView } from '../../../shared/store-api';
import type { Repositories } from '../store/repositories';
import { hashReceiptToken, looksLikeReceiptToken, receiptTokenMatches } from './receipt-token';

const NOT_FOUND = 'This receipt link is not valid. Open the full link from your confirmation.';

/** What the holder of a receipt token may see of their purchase. Any wrong token is simply "not found". */
export function receiptView(repos: Repositories, token: string): Result<ReceiptView> {
  if (!looksLikeReceiptToken(token)) return fail('not_found', NOT_FOUND);
  const found = repos.purchases.findByReceiptHash(hashReceiptToken(token));
  if (!found || !receiptTokenMatches(token, found.receiptTokenHash)) return fail('not_found', NOT_FOUND);
  const p = found.record.purchase;
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
