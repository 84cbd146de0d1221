import type { Offer } from '../../../shared/offers';
import { fail, ok, type Result } from '../../../shared/result';
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
        return fail('conflict', `${taken} of ${variant.label} are already sold or reserved; its stock cannot go below ${taken}`, {
          [`variants.${index}.stock`]: `must be at least ${taken}`,
        });
      }
    }
  }
  if (offer.kind === 'hotseat') {
    const taken = heldQuantity(held, offer.id);
    if (offer.perShow < taken) {
      return fail('conflict', `${taken} hot seats are already sold or reserved; the limit cannot go below ${taken}`, {
        perShow: `must be at least ${taken}`,
      });
    }
  }
  return ok(true);
}
