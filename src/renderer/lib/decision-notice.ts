import type { Purchase } from '../../shared/purchases';
import { studioStatusLabels } from './purchase-status';

/**
 * What to tell someone whose decision on a seat lost to another person's: the same words the core
 * uses in its refusal ("This hot seat was already accepted by Maya"), prefixed with the buyer so
 * it still makes sense once the card has left the list.
 */
export function alreadyDecidedNotice(purchase: Pick<Purchase, 'buyerName' | 'status' | 'decidedBy'>): string {
  const by = purchase.decidedBy ? ` by ${purchase.decidedBy}` : '';
  const standing =
    purchase.status === 'accepted' || purchase.status === 'rejected' ? `${purchase.status}${by}` : studioStatusLabels[purchase.status].text.toLowerCase();
  return `${purchase.buyerName}: This hot seat was already ${standing}`;
}

/** A refusal from the core about a seat, named by its buyer. */
export function refusalNotice(buyerName: string, message: string): string {
  return `${buyerName}: ${message}`;
}
