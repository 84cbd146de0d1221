import type { StudioEvent } from '../../../shared/events';
import type { Offer } from '../../../shared/offers';
import type { OverlayState, ProgramState } from '../../../shared/program';
import type { Purchase } from '../../../shared/purchases';

/**
 * What the alert overlay page (role `overlay`, opened by the program key that OBS holds) may see:
 * the paid tips, gifts and merch sales it turns into alerts, the gift offers (their animations) and
 * the program's size and word filter, and the store card (the store's public address, shown on
 * stream anyway), and for the program page the studio's signaling of the program feed. Never an email, a shipping address, a hot seat, a question,
 * who decided, a dispute or a shipment, a held or rejected message, the links or anything about OBS, payments or guests.
 * Every event type is decided here: a new one does not compile until someone says.
 */
export function overlayPurchase(purchase: Purchase): Purchase | null {
  if (purchase.status !== 'paid') return null;
  if (purchase.kind !== 'tip' && purchase.kind !== 'gift' && purchase.kind !== 'merch') return null;
  const showable = purchase.messageStatus === 'approved' || purchase.messageStatus === 'none';
  return {
    ...purchase,
    buyerEmail: null,
    shipping: null,
    shipment: null,
    dispute: null,
    question: null,
    decidedBy: null,
    message: showable ? purchase.message : null,
  };
}

export function overlayOffer(offer: Offer): Offer | null {
  return offer.kind === 'gift' ? offer : null;
}

export function overlayStateOf(program: ProgramState): OverlayState {
  return { resolution: program.settings.resolution, wordFilter: program.settings.wordFilter, alertsLayer: program.alertsLayer, storeCard: program.storeCard, language: program.language };
}

export function overlayEvent(event: StudioEvent): StudioEvent | null {
  switch (event.type) {
    case 'purchase.upserted': {
      const purchase = overlayPurchase(event.purchase);
      return purchase ? { type: 'purchase.upserted', purchase } : null;
    }
    case 'offer.upserted': {
      const offer = overlayOffer(event.offer);
      return offer ? { type: 'offer.upserted', offer } : null;
    }
    case 'program.state':
      return { type: 'overlay.state', overlay: overlayStateOf(event.program) };
    // The program page (same key) receives the studio's answers for its feed.
    case 'programFeed.toWatcher':
      return event;
    case 'programFeed.fromWatcher':
      return null;
    case 'show.upserted':
    case 'audit.appended':
    case 'network.updated':
    case 'public.status':
    case 'payments.status':
    case 'receipt.updated':
    case 'seat.upserted':
    case 'guests.settings':
    case 'studio.language':
    case 'studio.signal':
    case 'guest.view':
    case 'guest.signal':
    case 'guest.selfie':
    case 'moderation.updated':
    case 'moderators.updated':
    case 'obs.status':
    case 'overlay.state':
    case 'storage.status':
    case 'mail.message':
    case 'selfies.updated':
      return null;
  }
}
