import type { StudioEvent } from '../../../shared/events';
import type { Purchase } from '../../../shared/purchases';

/**
 * What a moderator may see. Moderators screen hot seats, tips and gifts; they never see a buyer's
 * email or shipping address, merch orders, settings, payment keys or the host's links. Every event
 * type must be decided here: a new one is a compile error until someone says who sees it.
 */
export function moderatorPurchase(purchase: Purchase): Purchase | null {
  if (purchase.kind === 'merch') return null;
  // A dispute is the host's business with Stripe, not the screening team's.
  return { ...purchase, buyerEmail: null, shipping: null, dispute: null };
}

/** Guest seats and their signaling are the host's (guests/); the hub routes guest.* by seat first. */
export function moderatorEvent(event: StudioEvent): StudioEvent | null {
  switch (event.type) {
    case 'purchase.upserted': {
      const purchase = moderatorPurchase(event.purchase);
      return purchase ? { type: 'purchase.upserted', purchase } : null;
    }
    case 'show.upserted':
    case 'offer.upserted':
    case 'audit.appended':
    case 'moderation.updated':
    case 'studio.language':
      return event;
    case 'seat.upserted':
      // Seats carry no email or money beyond the console's own (screening in the green room).
      return event;
    case 'network.updated':
    case 'public.status':
    case 'payments.status':
    case 'receipt.updated':
    case 'moderators.updated':
    case 'guests.settings':
    case 'studio.signal':
    case 'guest.view':
    case 'guest.signal':
    case 'guest.selfie':
    case 'obs.status':
    case 'program.state':
    case 'selfies.updated':
    case 'overlay.state':
    case 'storage.status':
    case 'mail.message':
    case 'programFeed.fromWatcher':
    case 'programFeed.toWatcher':
      return null;
  }
}
