import type { MessageId, MessageValues } from '../../shared/i18n/messages';
import type { Purchase } from '../../shared/purchases';

/**
 * What to tell someone whose decision on a seat lost to another person's: the same words the core
 * uses in its refusal ("This hot seat was already accepted by Maya"), prefixed with the buyer so
 * it still makes sense once the card has left the list. The message and its values; the page words
 * it in the studio's language.
 */
export function alreadyDecidedMessage(purchase: Pick<Purchase, 'buyerName' | 'status' | 'decidedBy'>): { id: MessageId; values: MessageValues } {
  const decided = purchase.status === 'accepted' || purchase.status === 'rejected';
  return decided && purchase.decidedBy
    ? { id: 'queue.notice.alreadyDecidedBy', values: { buyer: purchase.buyerName, status: purchase.status, name: purchase.decidedBy } }
    : { id: 'queue.notice.alreadyDecided', values: { buyer: purchase.buyerName, status: purchase.status } };
}
