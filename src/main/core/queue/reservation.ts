import { DEFAULT_LOCALE } from '../../../shared/i18n/locale';
import type { Offer, Show } from '../../../shared/offers';
import type { Purchase } from '../../../shared/purchases';
import { failWith, ok, type Result } from '../../../shared/result';
import type { CheckoutRequest } from '../../../shared/store-api';
import { hotSeatsRemaining, variantsAvailable } from '../catalog/availability';
import { newId } from '../store/ids';
import type { Repositories } from '../store/repositories';
import { checkoutTerms, type OrderTerms } from './checkout-terms';
import { activity, purchaseSubject, said } from '../activity/activity-said';
import { checkClientOpenCheckouts, limitsStock, type ClientCheckouts } from './open-checkouts';
import { publishPurchase } from './publish-purchase';
import { transitionPurchase } from './purchase-transition';
import type { PurchaseContext } from './purchase-context';
import { hashReceiptToken } from './receipt-token';

export interface Reservation {
  purchase: Purchase;
  /** The buyer's private key to their receipt; returned once, stored only as a hash. */
  receiptToken: string;
  offer: Offer;
  show: Show;
  /** The buyer's earlier unpaid checkouts of this offer, released for this one. */
  released: string[];
}

const CHECKOUT = { role: 'system', name: 'Checkout' } as const;

/**
 * A viewer's order becomes a `pending_payment` purchase that holds its unit of stock or its seat
 * until checkout completes or expires. Runs inside the caller's IMMEDIATE transaction: the stock
 * read and the insert cannot interleave with another buyer's.
 */
export function reservePurchase(
  ctx: PurchaseContext,
  slug: string | null,
  request: CheckoutRequest,
  receiptToken: string,
  client?: ClientCheckouts,
): Result<Reservation> {
  const { repos } = ctx;
  const show = slug === null ? repos.shows.live() : repos.shows.getBySlug(slug);
  if (!show) return slug === null ? failWith('show_not_live', 'error.purchases.noLiveShow') : failWith('not_found', 'error.purchases.noShowHere');
  if (show.status !== 'live') return failWith('show_not_live', 'error.purchases.showNotLive', { show: show.title });
  const offer = repos.offers.get(request.offerId);
  if (!offer || offer.showId !== show.id) return failWith('not_found', 'error.purchases.offerNotInShow', { show: show.title });
  if (!offer.active) return failWith('conflict', 'error.purchases.offerUnavailable', { offer: offer.title });
  if (repos.moderation.isBlocked(show.id, request.buyerKey)) {
    return failWith('forbidden', 'error.purchases.buyerBlocked', { show: show.title });
  }

  const terms = checkoutTerms(offer, request, show.currency);
  if (!terms.ok) return terms;
  const released = releaseBuyersOpenCheckouts(ctx, offer, request.buyerKey);
  if (!released.ok) return released;
  if (client) {
    const allowed = checkClientOpenCheckouts(repos, offer, client);
    if (!allowed.ok) return allowed;
  }
  const available = checkAvailable(repos, offer, terms.value, request.buyerKey);
  if (!available.ok) return available;

  const id = newId('pur');
  repos.purchases.insert({
    purchase: {
      id,
      showId: show.id,
      offerId: offer.id,
      offerTitle: offer.title,
      kind: offer.kind,
      format: offer.kind === 'hotseat' ? offer.format : null,
      status: 'pending_payment',
      payment: 'none',
      paymentActionPending: false,
      amount: terms.value.amount * terms.value.quantity,
      currency: show.currency,
      quantity: terms.value.quantity,
      buyerName: request.buyerName,
      buyerEmail: null,
      buyerLocale: request.locale ?? DEFAULT_LOCALE,
      message: terms.value.message,
      // Decided when the payment arrives, under the offer's moderation setting at that time.
      messageStatus: 'none',
      question: terms.value.question,
      variantId: terms.value.variant?.id ?? null,
      variantLabel: terms.value.variant?.label ?? null,
      shipping: null,
      shipment: null,
      dispute: null,
      version: 0,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      paidAt: null,
      decidedAt: null,
      decidedBy: null,
    },
    buyerKey: request.buyerKey,
    checkoutSessionId: null,
    paymentIntentId: null,
    checkoutUrl: null,
    messageModeratedBy: null,
    chargeId: null,
    receiptTokenHash: hashReceiptToken(receiptToken),
  });
  const buyer = { role: 'viewer', name: request.buyerName } as const;
  const named = purchaseSubject({ kind: offer.kind, offerTitle: offer.title, buyerName: request.buyerName });
  const purchase = publishPurchase(ctx, id, buyer, 'purchase.reserved', activity(named, said('activity.said.reserved')));
  return ok({ purchase, receiptToken, offer, show, released: released.value });
}

/**
 * Starting again releases the buyer's unpaid checkout of the same (limited) offer: stock back at
 * once, its payment page closed at Stripe. If they pay on the old page anyway, the payment arrives
 * for a closed purchase and is given back (the machines' `void` phase).
 */
function releaseBuyersOpenCheckouts(ctx: PurchaseContext, offer: Offer, buyerKey: string): Result<string[]> {
  if (!limitsStock(offer)) return ok([]);
  const released: string[] = [];
  for (const record of ctx.repos.purchases.openForBuyer(offer.id, buyerKey)) {
    const applied = transitionPurchase(ctx, record, { type: 'checkout_expired' }, CHECKOUT, { reason: said('activity.said.because', { why: 'newCheckout' }) });
    if (!applied.ok) return applied;
    // No session yet (its creation is still under way): attachCheckoutSession closes it on arrival.
    if (record.checkoutSessionId !== null) ctx.repos.moneyActions.enqueue(record.purchase.id, 'expire_checkout', ctx.now);
    released.push(record.purchase.id);
  }
  return ok(released);
}

function checkAvailable(repos: Repositories, offer: Offer, terms: OrderTerms, buyerKey: string): Result<true> {
  if (offer.kind === 'merch' && terms.variant) {
    const wanted = terms.variant;
    const variant = variantsAvailable(offer, repos.purchases.heldForOffer(offer.id)).find((v) => v.id === wanted.id);
    const left = variant?.available ?? 0;
    if (left < terms.quantity) {
      return left === 0
        ? failWith('sold_out', 'error.purchases.variantSoldOut', { variant: wanted.label })
        : failWith('sold_out', 'error.purchases.variantFewLeft', { variant: wanted.label, left });
    }
  }
  if (offer.kind === 'hotseat') {
    if (hotSeatsRemaining(offer, repos.purchases.heldForOffer(offer.id)) < terms.quantity) {
      return failWith('sold_out', 'error.purchases.hotSeatsTaken', { total: offer.perShow, offer: offer.title });
    }
    if (repos.purchases.heldForBuyer(offer.id, buyerKey) + terms.quantity > offer.perBuyer) {
      return failWith('limit_reached', 'error.purchases.seatsPerBuyer', { limit: offer.perBuyer, offer: offer.title });
    }
  }
  return ok(true);
}
