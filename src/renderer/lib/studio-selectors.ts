import type { StudioSnapshot } from '../../shared/commands';
import type { Offer, Show } from '../../shared/offers';
import { lineOf } from '../../shared/line-order';
import type { BlockedBuyer, SeatNote } from '../../shared/moderation';
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
 * Accepted hot seats in line order: seats placed by hand (host or moderators) first, then the
 * others in order of payment, by the same rule as the core (shared/line-order.ts). A seat's place
 * is its index here: purchases carry no position of their own (one would go stale whenever someone
 * ahead leaves or is moved, since the core does not resend everyone's purchase).
 */
export function acceptedSeats(state: StudioSnapshot, showId: string): Purchase[] {
  const accepted = state.purchases.filter((p) => p.showId === showId && p.kind === 'hotseat' && p.status === 'accepted');
  const placed = state.moderation.showId === showId ? state.moderation.lineOrder : [];
  return lineOf(accepted, placed);
}

/** Notes on one seat, oldest first. */
export function notesFor(state: StudioSnapshot, purchaseId: string): SeatNote[] {
  return state.moderation.notes.filter((note) => note.purchaseId === purchaseId);
}

/** Buyers blocked for this show. */
export function blockedBuyers(state: StudioSnapshot, showId: string): BlockedBuyer[] {
  return state.moderation.showId === showId ? state.moderation.blockedBuyers : [];
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

/**
 * The store address for a show, built like the core's links (server/links.ts) from the public
 * address as it is now: `public.status` events keep that current, while the snapshot's own links
 * are only as fresh as the last snapshot.
 */
export function storeLinkFor(state: StudioSnapshot, show: Show): string {
  return `${linkBase(state)}/s/${encodeURIComponent(show.slug)}`;
}

/** Where Stripe should send webhooks: only a public address can receive them. */
export function webhookLinkFor(state: StudioSnapshot): string | null {
  return state.publicAddress.url ? `${linkBase(state)}/api/stripe/webhook` : null;
}

function linkBase(state: StudioSnapshot): string {
  return (state.publicAddress.url ?? new URL(state.links.studio).origin).replace(/\/+$/, '');
}

/** False while links carry only this computer's address: nobody elsewhere can open them. */
export function hasPublicAddress(state: StudioSnapshot): boolean {
  return state.publicAddress.url !== null;
}
