import type { Offer } from '../../../shared/offers';
import { failWith, field, ok, type Result } from '../../../shared/result';
import type { HeldUnits } from '../store/purchases-repo';
import { heldQuantity } from './availability';

/**
 * An edited offer must still cover what buyers already hold: lowering merch stock or the number
 * of hot seats below what is sold or reserved would promise the same unit twice.
 */
export function limitsCoverHeld(offer: Offer, held: readonly HeldUnits[]): Result<true> {
  if (offer.kind === 'merch') {
    for (const [index, variant] of offer.variants.entries()) {
      const taken = heldQuantity(held, offer.id, variant.id);
      if (variant.stock < taken) {
        return failWith('conflict', 'error.offer.stockBelowHeld', { taken, variant: variant.label }, {
          [`variants.${index}.stock`]: field('field.tooLow', { limit: taken }),
        });
      }
    }
  }
  if (offer.kind === 'hotseat') {
    const taken = heldQuantity(held, offer.id);
    if (offer.perShow < taken) {
      return failWith('conflict', 'error.offer.seatsBelowHeld', { taken }, { perShow: field('field.tooLow', { limit: taken }) });
    }
  }
  return ok(true);
}
