import type { Purchase } from '../../../shared/purchases';


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
