import type { Actor } from '../actor';
import { endShowSeats } from '../guests/end-seat';
import { transitionPurchase, type Applied } from './purchase-transition';
import type { PurchaseContext } from './purchase-context';

/**
 * Closes every open purchase of a show that is ending, inside the caller's transaction: open
 * checkouts are expired, seats still in the queue are cancelled and their holds released. The
 * money actions are written with the show's status, so a crash cannot end a show and forget them.
 */
export function endShowPurchases(ctx: PurchaseContext, showId: string, actor: Actor): Applied[] {
  const closed: Applied[] = [];
  // Guests on air first: their airtime decides whether they are charged, before the purchases close.
  endShowSeats(ctx, showId, actor);
  for (const record of ctx.repos.purchases.listForShow(showId)) {
    const applied = transitionPurchase(ctx, record, { type: 'show_ended' }, actor);
    // show_ended is never refused; a refusal here would be a bug worth stopping the transaction for.
    if (!applied.ok) throw new Error(`show end refused for ${record.purchase.id}: ${applied.error.message}`);
    if (applied.value.changed) closed.push(applied.value);
  }
  return closed;
}
