import type { StudioSnapshot } from '../../shared/commands';
import type { StudioEvent } from '../../shared/events';
import type { Offer, Show } from '../../shared/offers';
import { needsResponse } from '../../shared/books';
import type { AuditEntry, Purchase } from '../../shared/purchases';

/**
 * The studio's picture of the world: a snapshot with every later event applied. Pure, so the same
 * events always give the same state, and each list keeps one canonical order whatever the arrival
 * order: shows newest first, offers by sort order, purchases newest first, audit newest first.
 */

/** The activity log on screen is a window, not an archive; the core keeps the full history. */
export const AUDIT_LIMIT = 500;

export function applyEvent(state: StudioSnapshot, event: StudioEvent): StudioSnapshot {
  switch (event.type) {
    case 'show.upserted':
      return {
        ...state,
        shows: upsert(state.shows, event.show, byNewestShow),
        activeShowId: nextActiveShow(state, event.show),
      };
    case 'offer.upserted':
      return { ...state, offers: upsert(state.offers, event.offer, bySortOrder) };
    case 'purchase.upserted': {
      const current = state.purchases.find((p) => p.id === event.purchase.id);
      // Events can overtake a snapshot or each other; an older version must never undo a newer one.
      if (current && current.version > event.purchase.version) return state;
      return { ...state, purchases: upsert(state.purchases, event.purchase, byNewestPurchase), disputes: followDispute(state.disputes, event.purchase) };
    }
    case 'audit.appended':
      if (state.audit.some((entry) => entry.id === event.entry.id)) return state;
      return { ...state, audit: [event.entry, ...state.audit].sort(byNewestAudit).slice(0, AUDIT_LIMIT) };
    case 'network.updated':
      return { ...state, network: event.network };
    case 'public.status':
      return { ...state, publicAddress: event.status };
    case 'payments.status':
      return { ...state, payments: event.payments };
    case 'receipt.updated':
      return state; // meant for a viewer's receipt page; nothing in the studio depends on it
    case 'moderation.updated':
      // Whole-state replacement, newest revision wins (events may overtake a snapshot).
      return event.moderation.revision >= state.moderation.revision ? { ...state, moderation: event.moderation } : state;
    case 'moderators.updated':
      return state; // the host's Moderators panel keeps its own list
    case 'seat.upserted':
    case 'guests.settings':
    case 'studio.signal':
    case 'guest.view':
    case 'guest.signal':
    case 'guest.selfie':
      return state; // guest seats have their own state on the page (lib/guest-seats-state.ts)
    case 'obs.status':
    case 'program.state':
    case 'overlay.state':
      return state; // the Program panel keeps its own (lib/broadcast-state.ts)
    case 'programFeed.fromWatcher':
    case 'programFeed.toWatcher':
      return state; // the program engine's feed sender answers these (lib/program-feed-sender.ts)
    case 'selfies.updated':
      return state; // the Guests tab's selfie strip keeps its own (hooks/use-selfies.ts)
    case 'storage.status':
      return { ...state, storage: event.storage };
    case 'studio.language':
      return { ...state, language: event.language };
    case 'mail.message':
      return state; // the mail banner and Settings → Email keep their own (studio/mail/mail-sync.ts)
  }
}

export function applyEvents(state: StudioSnapshot, events: readonly StudioEvent[]): StudioSnapshot {
  return events.reduce(applyEvent, state);
}

/** Puts a snapshot into canonical order, so the reducer's ordering holds from the first render. */
export function normalizeSnapshot(snapshot: StudioSnapshot): StudioSnapshot {
  return {
    ...snapshot,
    shows: [...snapshot.shows].sort(byNewestShow),
    offers: [...snapshot.offers].sort(bySortOrder),
    purchases: [...snapshot.purchases].sort(byNewestPurchase),
    disputes: [...snapshot.disputes].sort(byNewestPurchase),
    audit: [...snapshot.audit].sort(byNewestAudit).slice(0, AUDIT_LIMIT),
  };
}

/** A purchase of any show joins the open disputes while its dispute awaits an answer, and leaves once answered or closed. */
function followDispute(disputes: readonly Purchase[], purchase: Purchase): Purchase[] {
  if (disputes.some((p) => p.id === purchase.id && p.version > purchase.version)) return [...disputes];
  const others = disputes.filter((p) => p.id !== purchase.id);
  return needsResponse(purchase.dispute) ? [...others, purchase].sort(byNewestPurchase) : others;
}

function nextActiveShow(state: StudioSnapshot, show: Show): string | null {
  // A show going live becomes the one on screen; otherwise the host's current choice stands.
  if (show.status === 'live') return show.id;
  return state.activeShowId ?? show.id;
}

function upsert<T extends { id: string }>(items: readonly T[], item: T, order: (a: T, b: T) => number): T[] {
  return [...items.filter((existing) => existing.id !== item.id), item].sort(order);
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const byNewestShow = (a: Show, b: Show): number => compareText(b.createdAt, a.createdAt) || compareText(a.id, b.id);

const bySortOrder = (a: Offer, b: Offer): number =>
  compareText(a.showId, b.showId) || a.sortOrder - b.sortOrder || compareText(a.id, b.id);

const byNewestPurchase = (a: Purchase, b: Purchase): number =>
  compareText(b.createdAt, a.createdAt) || compareText(b.id, a.id);

const byNewestAudit = (a: AuditEntry, b: AuditEntry): number => b.id - a.id;
