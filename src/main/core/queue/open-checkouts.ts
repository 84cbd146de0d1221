import type { Offer } from '../../../shared/offers';
import { failWith, ok, type Result } from '../../../shared/result';
import type { Repositories } from '../store/repositories';

/**
 * One client cannot hold a show's stock hostage with unpaid checkouts.
 *
 * - A buyer (their per-browser key) who starts a new checkout for an offer releases their previous
 *   unpaid one for that offer: its stock goes back at once and its payment page is closed at Stripe
 *   (an `expire_checkout` money action, idempotent), so "start again" never holds two units.
 * - A client (network address, see server/client-address.ts) may hold at most `maxOpen` unpaid
 *   checkouts per offer at a time; a buyer key is free to make up, an address is not.
 *
 * Both apply to offers with limited stock (merch, hot seats) only: tips and gifts have no stock
 * to hold hostage, and a household or phone network sharing one address must not be stopped from
 * tipping. The client's purchases are remembered in memory (after a restart the old ones expire
 * at Stripe within 31 minutes as before; the count starts again).
 */
export interface ClientCheckouts {
  /** The client's purchase ids that may still be open (pruned on every read). */
  openIds(): string[];
  maxOpen: number;
}

export const limitsStock = (offer: Offer): boolean => offer.kind === 'merch' || offer.kind === 'hotseat';

export function checkClientOpenCheckouts(repos: Repositories, offer: Offer, client: ClientCheckouts): Result<true> {
  if (!limitsStock(offer)) return ok(true);
  const open = client.openIds().filter((id) => {
    const record = repos.purchases.get(id);
    return record?.purchase.offerId === offer.id && record.purchase.status === 'pending_payment';
  }).length;
  if (open < client.maxOpen) return ok(true);
  return failWith('limit_reached', 'error.purchases.openCheckouts', { open, offer: offer.title });
}

/** Who holds which unpaid purchases, per client address. In memory, bounded by what is still open. */
export interface OpenCheckoutTracker {
  /** The view `reserve` takes for one client. */
  forClient(client: string, maxOpen: number): ClientCheckouts;
  remember(client: string, purchaseId: string): void;
  /** Forgets purchases that are no longer waiting for payment. */
  prune(): void;
  size(): number;
}

export function createOpenCheckoutTracker(isOpen: (purchaseId: string) => boolean): OpenCheckoutTracker {
  const byClient = new Map<string, string[]>();
  const openOf = (client: string): string[] => {
    const ids = (byClient.get(client) ?? []).filter(isOpen);
    if (ids.length === 0) byClient.delete(client);
    else byClient.set(client, ids);
    return ids;
  };
  return {
    forClient: (client, maxOpen) => ({ openIds: () => openOf(client), maxOpen }),
    remember(client, purchaseId) {
      byClient.set(client, [...openOf(client), purchaseId]);
    },
    prune() {
      for (const client of [...byClient.keys()]) openOf(client);
    },
    size: () => [...byClient.values()].reduce((n, ids) => n + ids.length, 0),
  };
}
