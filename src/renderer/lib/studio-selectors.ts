import type { StudioSnapshot } from '../../shared/commands';
import type { Offer, Show } from '../../shared/offers';
import type { Purchase } from '../../shared/purchases';

/** Read-only views over the studio state, one per area of the control room. */

export function activeShow(state: StudioSnapshot): Show | null {
  return state.shows.find((show) => show.id === state.activeShowId) ?? state.shows[0] ?? null;
}

export function offersOf(state: StudioSnapshot, showId: string): Offer[] {
  return state.offers.filter((offer) => offer.showId === showId);
}

/** When the buyer started waiting: payment authorized, or the order itself if that is unknown. */
export function waitingSince(purchase: Purchase): string {
  return purchase.paidAt ?? purchase.createdAt;
}

/** Hot seats waiting for a decision, longest-waiting first: first come, first reviewed. */
export function pendingSeats(state: StudioSnapshot, showId: string): Purchase[] {
  return state.purchases
    .filter((p) => p.showId === showId && p.kind === 'hotseat' && p.status === 'pending_review')
    .sort(byWaitingSince);
}

function byWaitingSince(a: Purchase, b: Purchase): number {
  const [x, y] = [waitingSince(a), waitingSince(b)];
  return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Accepted hot seats in line order: order of payment, as the core counts queuePosition. The
 * position number itself is not shown as sent, because the core derives it when it reads a
 * purchase and does not resend the others when someone ahead leaves the line.
 */
export function acceptedSeats(state: StudioSnapshot, showId: string): Purchase[] {
  return state.purchases
    .filter((p) => p.showId === showId && p.kind === 'hotseat' && p.status === 'accepted')
    .sort(byWaitingSince);
}

/** Tips and gifts that were paid (and possibly refunded since), newest first. */
export function tipsAndGifts(state: StudioSnapshot, showId: string): Purchase[] {
  return state.purchases.filter(
    (p) => p.showId === showId && (p.kind === 'tip' || p.kind === 'gift') && (p.status === 'paid' || p.status === 'refunded'),
  );
}

/** Paid merch orders of every show, newest first: fulfilment goes on after a show ends. */
export function merchOrders(state: StudioSnapshot): Purchase[] {
  return state.purchases.filter((p) => p.kind === 'merch' && (p.status === 'paid' || p.status === 'refunded'));
}

export function heldMessageCount(purchases: readonly Purchase[]): number {
  return purchases.filter((p) => p.messageStatus === 'held').length;
}

/**
 * The show the control room is about: the live one when there is one (only one can be live),
 * otherwise the one the host picked in the editor, otherwise the core's active show.
 */
export function currentShow(state: StudioSnapshot, pickedShowId: string | null): Show | null {
  return (
    state.shows.find((show) => show.status === 'live') ??
    state.shows.find((show) => show.id === pickedShowId) ??
    activeShow(state)
  );
}

/** The public store address for a show: the core's own link when it gave one, else built like it. */
export function storeLinkFor(state: StudioSnapshot, show: Show): string {
  if (state.links.store && show.status === 'live') return state.links.store;
  const base = state.network.publicBaseUrl ?? new URL(state.links.studio).origin;
  return `${base.replace(/\/+$/, '')}/s/${encodeURIComponent(show.slug)}`;
}
