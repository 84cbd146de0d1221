import type { HotSeatOffer, MerchOffer } from '../../../shared/offers';
import type { HeldUnits } from '../store/purchases-repo';

/**
 * What is left to sell, from the offer's limits minus the units held by purchases (reserved while
 * checkout is open, or sold). Callers read the held units inside the same IMMEDIATE transaction as
 * any reservation they make, so two buyers can never both get the last unit.
 */
export function heldQuantity(held: readonly HeldUnits[], offerId: string, variantId: string | null = null): number {
  return held
    .filter((h) => h.offerId === offerId && (variantId === null || h.variantId === variantId))
    .reduce((sum, h) => sum + h.quantity, 0);
}

export function variantsAvailable(
  offer: MerchOffer,
  held: readonly HeldUnits[],
): { id: string; label: string; stock: number; held: number; available: number }[] {
  return offer.variants.map((variant) => {
    const taken = heldQuantity(held, offer.id, variant.id);
    return { ...variant, held: taken, available: Math.max(0, variant.stock - taken) };
  });
}

export function hotSeatsRemaining(offer: HotSeatOffer, held: readonly HeldUnits[]): number {
  return Math.max(0, offer.perShow - heldQuantity(held, offer.id));
}
