import type { Purchase } from '../../../shared/purchases';

const KIND_NAMES: Record<Purchase['kind'], string> = { tip: 'Tip', gift: 'Gift', merch: 'Order', hotseat: 'Hot seat' };

/** "accepted by Maya", "waiting for review": where a purchase stands, for refusals and the log. */
export function describeStanding(purchase: Pick<Purchase, 'status' | 'decidedBy'>): string {
  const by = purchase.decidedBy ? ` by ${purchase.decidedBy}` : '';
  switch (purchase.status) {
    case 'pending_payment':
      return 'waiting for payment';
    case 'pending_review':
      return 'waiting for review';
    case 'accepted':
      return `accepted${by}`;
    case 'rejected':
      return `rejected${by}`;
    case 'paid':
      return 'paid';
    case 'refunded':
      return `refunded${by}`;
    case 'expired':
      return 'expired';
    case 'cancelled':
      return 'cancelled';
    case 'on_air':
      return 'on air';
    case 'completed':
      return 'completed';
    case 'no_show':
      return 'a no-show';
  }
}

/**
 * Where a purchase stands, as a reason's values (the catalogs' `standing` select): the status,
 * with `By` when someone is named as having decided it.
 */
export function standingValues(purchase: Pick<Purchase, 'status' | 'decidedBy'>): { standing: string; by: string } {
  const named = purchase.decidedBy !== null && (purchase.status === 'accepted' || purchase.status === 'rejected' || purchase.status === 'refunded');
  return { standing: named ? `${purchase.status}By` : purchase.status, by: purchase.decidedBy ?? '' };
}

/** Who decided, as a reason's values (the catalogs' `who` select): named, or "someone else". */
export const whoValues = (name: string | null): { who: string; by: string } => ({ who: name === null ? 'unknown' : 'named', by: name ?? '' });

/** "Hot seat ‘Ask me anything’ for Ada": names a purchase in the audit log. */
export function describePurchase(purchase: Pick<Purchase, 'kind' | 'offerTitle' | 'buyerName'>): string {
  return `${KIND_NAMES[purchase.kind]} ‘${purchase.offerTitle}’ for ${purchase.buyerName}`;
}
