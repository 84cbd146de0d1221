import type { MessageId } from '../../shared/i18n/messages';
import type { ReceiptView } from '../../shared/store-api';

/**
 * Which sentence under the status tells the buyer what happens next (a catalog id, so it reads in
 * their language); null where the status says it all.
 */
export function nextStepMessage(receipt: ReceiptView): MessageId | null {
  switch (receipt.status) {
    case 'pending_payment':
      return 'receipt.next.pendingPayment';
    case 'pending_review':
      return 'receipt.next.pendingReview';
    case 'accepted':
      return 'receipt.next.accepted';
    case 'paid':
      if (receipt.kind !== 'merch') return 'receipt.next.paid';
      return receipt.shipment ? 'receipt.next.merchShipped' : 'receipt.next.merchToShip';
    case 'refunded':
      return 'receipt.next.refunded';
    case 'on_air':
      return 'receipt.next.onAir';
    case 'completed':
      return receipt.charged ? 'receipt.next.completedCharged' : 'receipt.next.completedSettling';
    case 'no_show':
      return 'receipt.next.noShow';
    default:
      return null;
  }
}
