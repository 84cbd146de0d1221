import type { HotSeatOffer, Show, TipOffer } from '../../../src/shared/offers';
import type { Purchase } from '../../../src/shared/purchases';
import { transaction, type Database } from '../../../src/main/core/store/db';
import { newId } from '../../../src/main/core/store/ids';
import type { NewPurchase } from '../../../src/main/core/store/purchases-repo';
import { repositories } from '../../../src/main/core/store/repositories';

/**
 * Fills a studio database fast, through the store layer (the same repositories and SQL the core
 * uses) in one transaction, so a benchmark starts from a realistic history in seconds.
 */
export interface SeededShow {
  show: Show;
  /** Hot seat offers (perShow 200 each: a show's queue is bounded by its offers). */
  seats: HotSeatOffer[];
  tip: TipOffer;
}

export function seedShow(db: Database, status: Show['status'], at: string, index: number, seatOffers = 1): SeededShow {
  const repos = repositories(db);
  const show: Show = {
    id: newId('shw'),
    title: `Show ${index}`,
    slug: `show-${index}-${newId('shw').slice(4, 10).toLowerCase()}`,
    currency: 'usd',
    status,
    createdAt: at,
    startedAt: status === 'draft' ? null : at,
    endedAt: status === 'ended' ? at : null,
    language: 'en',
  };
  repos.shows.insert(show);
  const seats = Array.from({ length: seatOffers }, (_, n): HotSeatOffer => ({
    id: newId('off'), showId: show.id, kind: 'hotseat', title: `Hot seat Q&A ${n + 1}`, description: '', format: 'qa',
    price: 2500, minutes: 5, perShow: 200, perBuyer: 20, questionRequired: false, active: true, sortOrder: n,
  }));
  const tip: TipOffer = {
    id: newId('off'), showId: show.id, kind: 'tip', title: 'Tip jar', description: '', minAmount: 200, maxAmount: 50_000,
    messageMaxLength: 200, holdMessagesForReview: false, active: true, sortOrder: seatOffers,
  };
  for (const seat of seats) repos.offers.insert(seat, at);
  repos.offers.insert(tip, at);
  return { show, seats, tip };
}

export function purchaseOf(
  offer: HotSeatOffer | TipOffer,
  at: string,
  index: number,
  fields: Partial<Purchase> & Partial<Pick<NewPurchase, 'checkoutSessionId' | 'paymentIntentId'>> = {},
): NewPurchase {
  const { checkoutSessionId = null, paymentIntentId = null, ...purchase } = fields;
  const id = newId('pur');
  return {
    purchase: {
      id,
      showId: offer.showId,
      offerId: offer.id,
      offerTitle: offer.title,
      kind: offer.kind,
      format: offer.kind === 'hotseat' ? offer.format : null,
      status: 'pending_payment',
      payment: 'none',
      paymentActionPending: false,
      amount: offer.kind === 'hotseat' ? offer.price : 500,
      currency: 'usd',
      quantity: 1,
      buyerName: `Viewer ${index}`,
      buyerEmail: null,
      buyerLocale: 'en',
      message: offer.kind === 'tip' ? `Great show! #${index}` : null,
      messageStatus: 'none',
      question: offer.kind === 'hotseat' ? 'What is next?' : null,
      variantId: null,
      variantLabel: null,
      shipping: null,
      shipment: null,
      dispute: null,
      version: 0,
      createdAt: at,
      updatedAt: at,
      paidAt: null,
      decidedAt: null,
      decidedBy: null,
      ...purchase,
    },
    buyerKey: `bench-buyer-${String(index).padStart(10, '0')}`,
    checkoutSessionId,
    paymentIntentId,
    checkoutUrl: checkoutSessionId ? `https://checkout.example/${checkoutSessionId}` : null,
    messageModeratedBy: null,
    chargeId: null,
    receiptTokenHash: `bench-receipt-${id}`,
  };
}

/** Inserts the purchases (and one audit entry each, as a real history has) in one transaction. */
export function insertPurchases(db: Database, records: NewPurchase[]): void {
  const repos = repositories(db);
  transaction(db, () => {
    for (const record of records) {
      repos.purchases.insert(record);
      repos.audit.append({ at: record.purchase.updatedAt, actor: 'Stripe', action: 'purchase.seeded', purchaseId: record.purchase.id, said: { parts: [{ id: 'activity.said.reserved' }] } });
    }
  });
}
