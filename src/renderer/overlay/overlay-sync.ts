import type { StudioEvent } from '../../shared/events';
import type { Offer } from '../../shared/offers';
import type { OverlayState } from '../../shared/program';
import type { Purchase } from '../../shared/purchases';
import type { SyncedStateOptions } from '../lib/synced-state';

/** How many purchases that arrived since the last load the page keeps (the alert line remembers ids itself). */
const ARRIVED_KEPT = 100;

/** What the overlay page follows: its settings, the gift offers (for pictures) and the purchases to alert on. */
export interface OverlayFeed {
  overlay: OverlayState;
  offers: Offer[];
  /** The alerts of the last minutes, as the snapshot listed them (a reconnect's catch-up). */
  recent: Purchase[];
  /** Purchases changed since that snapshot, newest last (each once, at its latest version). */
  arrived: Purchase[];
}

export const OVERLAY_SYNC: SyncedStateOptions<OverlayFeed> = {
  load: async (client) => {
    const snapshot = await client.command('overlay.snapshot', {});
    return snapshot.ok ? { ok: true, value: { overlay: snapshot.value.overlay, offers: snapshot.value.offers, recent: snapshot.value.recent, arrived: [] } } : snapshot;
  },
  apply: applyOverlayEvent,
};

export function applyOverlayEvent(feed: OverlayFeed, event: StudioEvent): OverlayFeed {
  switch (event.type) {
    case 'overlay.state':
      return { ...feed, overlay: event.overlay };
    case 'offer.upserted':
      return { ...feed, offers: [...feed.offers.filter((offer) => offer.id !== event.offer.id), event.offer] };
    case 'purchase.upserted':
      return { ...feed, arrived: [...feed.arrived.filter((p) => p.id !== event.purchase.id), event.purchase].slice(-ARRIVED_KEPT) };
    default:
      return feed;
  }
}
