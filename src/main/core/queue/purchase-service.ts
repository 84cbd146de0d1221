import type { Offer, Show } from '../../../shared/offers';
import type { AuditEntry, PaymentState, Purchase } from '../../../shared/purchases';
import { describeZodError, fail, ok, type Result } from '../../../shared/result';
import { CheckoutRequest, type ReceiptView } from '../../../shared/store-api';
import type { Actor } from '../actor';
import type { EventBus } from '../bus';
import { redact } from '../log';
import { hotSeatsRemaining, variantsAvailable } from '../catalog/availability';
import { isoNow, systemClock, type Clock } from '../store/clock';
import type { Database } from '../store/db';
import { newId } from '../store/ids';
import type { MoneyAction, MoneyActionKind } from '../store/money-actions-repo';
import type { PurchaseRecord } from '../store/purchases-repo';
import { repositories } from '../store/repositories';
import { runUnitOfWork, type Emit } from '../store/unit-of-work';
import { checkoutTerms, type OrderTerms } from './checkout-terms';
import { describePurchase, describeStanding } from './describe-purchase';
import { transitionPurchase, type Applied, type ObservationDetails, type PurchaseContext } from './purchase-transition';
import { hashReceiptToken, looksLikeReceiptToken, newReceiptToken, receiptTokenMatches } from './receipt-token';
import type { ObservationType } from './transition';

export type { MoneyAction, MoneyActionKind } from '../store/money-actions-repo';

/** What the payments edge reports about a purchase, read from the provider's current state. */
export interface Observation extends ObservationDetails {
  type: ObservationType;
}

export interface Reservation {
  purchase: Purchase;
  /** The buyer's private key to their receipt; returned once, stored only as a hash. */
  receiptToken: string;
  offer: Offer;
  show: Show;
}

export interface PaymentRef {
  purchaseId: string;
  stripeSessionId: string | null;
  stripePaymentIntentId: string | null;
}

export interface PurchaseService {
  reserve(slug: string | null, request: unknown): Result<Reservation>;
  /**
   * Links the provider's checkout session to the reservation. Refused (`conflict`) when the
   * reservation closed meanwhile (the show ended): the session is then scheduled for expiry and
   * the buyer must not be sent to it.
   */
  attachCheckoutSession(purchaseId: string, sessionId: string, checkoutUrl: string): Result<Purchase>;
  /** The checkout could not be created: the reservation expires and its stock is released. */
  abandonReservation(purchaseId: string, reason: string): Result<Purchase>;
  applyObservation(input: { eventId: string | null; purchaseId: string; observation: Observation }): Result<Applied>;
  decide(
    purchaseId: string,
    decision: 'accept' | 'reject',
    actor: Actor,
    expectedVersion?: number,
    reason?: string,
  ): Result<Purchase>;
  moderateMessage(purchaseId: string, decision: 'approve' | 'reject', actor: Actor, expectedVersion?: number): Result<Purchase>;
  /** Tips and merch only: a gift has already played on stream, a hot seat is rejected instead. */
  requestRefund(purchaseId: string, actor: Actor, expectedVersion?: number): Result<Purchase>;
  pendingMoneyActions(limit: number): MoneyAction[];
  /** The provider confirmed the action; `payment` is the payment state it reported. */
  completeMoneyAction(actionId: number, outcome: { payment: PaymentState }): Result<{ purchase: Purchase; changed: boolean }>;
  failMoneyAction(actionId: number, error: string, retryable: boolean): Result<MoneyAction>;
  /** Every money action of a purchase, oldest first. */
  moneyActionFor(purchaseId: string): MoneyAction[];
  get(purchaseId: string): Purchase | null;
  listForShow(showId: string): Purchase[];
  openCheckoutSessions(): { purchaseId: string; sessionId: string }[];
  findByCheckoutSession(sessionId: string): Purchase | null;
  findByPaymentIntent(paymentIntentId: string): Purchase | null;
  findPaymentRef(lookup: { purchaseId?: string | null; sessionId?: string | null; paymentIntentId?: string | null }): PaymentRef | null;
  receiptByToken(token: string): Result<ReceiptView>;
  recentAudit(limit: number): AuditEntry[];
  paymentCursor(): string | null;
  setPaymentCursor(eventId: string): void;
}

/** Observations and confirmations are recorded under the provider's name. */
const PROVIDER: Actor = { role: 'system', name: 'Stripe' };
const CHECKOUT: Actor = { role: 'system', name: 'Checkout' };

const RECEIPT_NOT_FOUND = 'This receipt link is not valid. Open the full link from your confirmation.';

/** The payment state a confirmed money action reports, as the observation it amounts to. */
const CONFIRMED_AS: Record<PaymentState, ObservationType | null> = {
  none: null,
  failed: 'payment_failed',
  authorized: 'payment_authorized',
  captured: 'payment_captured',
  canceled: 'authorization_canceled',
  refunded: 'refund_observed',
};

const FAILED_WORDS: Record<MoneyActionKind, string> = {
  cancel: "release the buyer's card hold",
  capture: 'capture the payment',
  refund: 'refund the payment',
  expire_checkout: 'close the payment page',
};

export function createPurchaseService(db: Database, bus: EventBus, clock: Clock = systemClock): PurchaseService {
  const repos = repositories(db);

  /** One command as one transaction, with the context every purchase change needs. */
  const work = <T>(fn: (ctx: PurchaseContext) => Result<T>): Result<T> =>
    runUnitOfWork(db, bus, (emit: Emit) => fn({ repos, now: isoNow(clock), emit }));

  const load = (purchaseId: string, noun = 'purchase'): Result<PurchaseRecord> => {
    const record = repos.purchases.get(purchaseId);
    return record ? ok(record) : fail('not_found', `This ${noun} does not exist (any more)`);
  };

  const staleVersion = (record: PurchaseRecord, expectedVersion: number | undefined, noun: string): Result<never> | null => {
    if (expectedVersion === undefined || expectedVersion === record.purchase.version) return null;
    return fail('conflict', `This ${noun} changed since you looked (now ${describeStanding(record.purchase)})`);
  };

  const publishUpdate = (ctx: PurchaseContext, purchaseId: string, action: string, actor: Actor, detail: string) => {
    const stored = repos.purchases.get(purchaseId);
    if (!stored) throw new Error(`Purchase ${purchaseId} vanished inside its transaction`);
    const entry = repos.audit.append({ at: ctx.now, actor: actor.name, action, purchaseId, detail });
    ctx.emit({ type: 'purchase.upserted', purchase: stored.purchase });
    ctx.emit({ type: 'audit.appended', entry });
    return stored.purchase;
  };

  function reserveIn(ctx: PurchaseContext, slug: string | null, request: CheckoutRequest, receiptToken: string): Result<Reservation> {
    const show = slug === null ? repos.shows.live() : repos.shows.getBySlug(slug);
    if (!show) return slug === null ? fail('show_not_live', 'No show is live right now') : fail('not_found', 'There is no show at this address');
    if (show.status !== 'live') return fail('show_not_live', `‘${show.title}’ is not live right now`);
    const offer = repos.offers.get(request.offerId);
    if (!offer || offer.showId !== show.id) return fail('not_found', `This offer is not part of ‘${show.title}’`);
    if (!offer.active) return fail('conflict', `‘${offer.title}’ is not available right now`);

    const terms = checkoutTerms(offer, request, show.currency);
    if (!terms.ok) return terms;
    const inStock = checkStock(offer, terms.value, request.buyerKey);
    if (!inStock.ok) return inStock;

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
        message: terms.value.message,
        messageStatus: 'none',
        question: terms.value.question,
        variantId: terms.value.variant?.id ?? null,
        variantLabel: terms.value.variant?.label ?? null,
        shipping: null,
        queuePosition: null,
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
      receiptTokenHash: hashReceiptToken(receiptToken),
    });
    const purchase = publishUpdate(ctx, id, 'purchase.reserved', { role: 'viewer', name: request.buyerName }, `${describePurchase({ kind: offer.kind, offerTitle: offer.title, buyerName: request.buyerName })}: reserved, waiting for payment`);
    return ok({ purchase, receiptToken, offer, show });
  }

  /** Stock and limits, read in the reserving transaction so concurrent buyers cannot oversell. */
  function checkStock(offer: Offer, terms: OrderTerms, buyerKey: string): Result<true> {
    if (offer.kind === 'merch' && terms.variant) {
      const variantId = terms.variant.id;
      const variant = variantsAvailable(offer, repos.purchases.heldForOffer(offer.id)).find((v) => v.id === variantId);
      if (!variant || variant.available < terms.quantity) {
        const left = variant?.available ?? 0;
        return left === 0
          ? fail('sold_out', `${terms.variant.label} is sold out`)
          : fail('sold_out', `Only ${left} left in ${terms.variant.label}`);
      }
    }
    if (offer.kind === 'hotseat') {
      if (hotSeatsRemaining(offer, repos.purchases.heldForOffer(offer.id)) < terms.quantity) {
        return fail('sold_out', `All ${offer.perShow} hot seats of ‘${offer.title}’ are taken`);
      }
      const mine = repos.purchases.heldForBuyer(offer.id, buyerKey);
      if (mine + terms.quantity > offer.perBuyer) {
        const seats = offer.perBuyer === 1 ? 'one hot seat' : `${offer.perBuyer} hot seats`;
        return fail('limit_reached', `You can hold ${seats} of ‘${offer.title}’ at a time, and you already do`);
      }
    }
    return ok(true);
  }

  return {
    reserve(slug, request) {
      const parsed = CheckoutRequest.safeParse(request);
      if (!parsed.success) {
        const { message, details } = describeZodError(parsed.error);
        return fail('bad_request', message, details);
      }
      const token = newReceiptToken();
      return work((ctx) => reserveIn(ctx, slug, parsed.data, token));
    },

    attachCheckoutSession(purchaseId, sessionId, checkoutUrl) {
      const attached = work((ctx) => {
        const loaded = load(purchaseId);
        if (!loaded.ok) return loaded;
        const record = loaded.value;
        if (record.checkoutSessionId === sessionId) return ok({ purchase: record.purchase, open: record.purchase.status === 'pending_payment' });
        if (record.checkoutSessionId !== null) return fail('conflict', 'This purchase already has a payment page');
        if (repos.purchases.findByCheckoutSession(sessionId)) return fail('conflict', 'This payment page belongs to another purchase');
        repos.purchases.update({ ...record, checkoutSessionId: sessionId, checkoutUrl, purchase: { ...record.purchase, updatedAt: ctx.now } });
        const open = record.purchase.status === 'pending_payment';
        // Closed while the session was being created: the session must not stay payable.
        if (!open) repos.moneyActions.enqueue(purchaseId, 'expire_checkout', ctx.now);
        const detail = open ? 'payment page opened' : 'payment page opened after the reservation closed; closing it';
        const purchase = publishUpdate(ctx, purchaseId, 'purchase.checkout_attached', CHECKOUT, `${describePurchase(record.purchase)}: ${detail}`);
        return ok({ purchase, open });
      });
      if (!attached.ok) return attached;
      if (!attached.value.open) {
        return fail('conflict', `This reservation is ${describeStanding(attached.value.purchase)}; nothing was charged. Please start again.`);
      }
      return ok(attached.value.purchase);
    },

    abandonReservation(purchaseId, reason) {
      return work((ctx) => {
        const loaded = load(purchaseId);
        if (!loaded.ok) return loaded;
        if (loaded.value.purchase.status !== 'pending_payment') return ok(loaded.value.purchase);
        const applied = transitionPurchase(ctx, loaded.value, { type: 'checkout_expired' }, CHECKOUT, { reason });
        return applied.ok ? ok(applied.value.purchase) : applied;
      });
    },

    applyObservation({ eventId, purchaseId, observation }) {
      return work((ctx) => {
        const loaded = load(purchaseId);
        if (!loaded.ok) return loaded;
        if (eventId !== null && !repos.stripeEvents.markProcessed(eventId, purchaseId, ctx.now)) {
          return ok({ purchase: loaded.value.purchase, effects: [], changed: false });
        }
        const { type, ...details } = observation;
        return transitionPurchase(ctx, loaded.value, { type }, PROVIDER, { observation: details });
      });
    },

    decide(purchaseId, decision, actor, expectedVersion, reason) {
      return work((ctx) => {
        const loaded = load(purchaseId, 'hot seat');
        if (!loaded.ok) return loaded;
        if (loaded.value.purchase.kind !== 'hotseat') return fail('bad_request', 'Only hot seats are accepted or rejected');
        const stale = staleVersion(loaded.value, expectedVersion, 'seat');
        if (stale) return stale;
        const applied = transitionPurchase(ctx, loaded.value, { type: decision }, actor, { reason });
        return applied.ok ? ok(applied.value.purchase) : applied;
      });
    },

    moderateMessage(purchaseId, decision, actor, expectedVersion) {
      return work((ctx) => {
        const loaded = load(purchaseId);
        if (!loaded.ok) return loaded;
        const record = loaded.value;
        const p = record.purchase;
        if (p.kind !== 'tip' && p.kind !== 'gift') return fail('bad_request', 'Only tips and gifts carry a message');
        const stale = staleVersion(record, expectedVersion, 'message');
        if (stale) return stale;
        const by = record.messageModeratedBy ?? 'someone else';
        switch (p.messageStatus) {
          case 'none':
            return fail('conflict', p.message === null ? 'This purchase has no message' : 'This message is not paid for yet');
          case 'approved':
            return fail('conflict', `This message was already approved by ${by}`);
          case 'rejected':
            return fail('conflict', `This message was already rejected by ${by}`);
          case 'held':
            break;
        }
        const messageStatus = decision === 'approve' ? 'approved' : 'rejected';
        repos.purchases.update({ ...record, messageModeratedBy: actor.name, purchase: { ...p, messageStatus, updatedAt: ctx.now } });
        return ok(publishUpdate(ctx, purchaseId, `message.${decision}`, actor, `${describePurchase(p)}: message ${messageStatus}`));
      });
    },

    requestRefund(purchaseId, actor, expectedVersion) {
      return work((ctx) => {
        const loaded = load(purchaseId);
        if (!loaded.ok) return loaded;
        const p = loaded.value.purchase;
        if (p.kind === 'hotseat') {
          return fail('bad_request', "Hot seats are charged only after the guest has been on air: reject the seat to release the buyer's hold");
        }
        if (p.kind === 'gift') {
          return fail('bad_request', 'Gifts are not refunded from the studio: the gift has already played on stream. Refund it in your Stripe dashboard if you must.');
        }
        const stale = staleVersion(loaded.value, expectedVersion, 'purchase');
        if (stale) return stale;
        const applied = transitionPurchase(ctx, loaded.value, { type: 'refund' }, actor);
        return applied.ok ? ok(applied.value.purchase) : applied;
      });
    },

    pendingMoneyActions: (limit) => repos.moneyActions.pending(Math.max(1, Math.min(limit, 500))),

    completeMoneyAction(actionId, outcome) {
      return work((ctx) => {
        const action = repos.moneyActions.get(actionId);
        if (!action) return fail('not_found', `Money action ${actionId} does not exist`);
        const loaded = load(action.purchaseId);
        if (!loaded.ok) return loaded;
        if (action.status === 'done') return ok({ purchase: loaded.value.purchase, changed: false });
        repos.moneyActions.markDone(action.id, ctx.now);
        const observation = CONFIRMED_AS[outcome.payment];
        if (observation !== null) {
          const applied = transitionPurchase(ctx, loaded.value, { type: observation }, PROVIDER);
          if (!applied.ok) return applied;
          if (applied.value.changed) return ok({ purchase: applied.value.purchase, changed: true });
        }
        // The purchase itself did not move, but its pending action is gone: clients must hear it.
        repos.purchases.update({ ...loaded.value, purchase: { ...loaded.value.purchase, updatedAt: ctx.now } });
        const purchase = publishUpdate(ctx, action.purchaseId, `money.${action.kind}.done`, PROVIDER, `${describePurchase(loaded.value.purchase)}: ${FAILED_WORDS[action.kind]}: done`);
        return ok({ purchase, changed: true });
      });
    },

    failMoneyAction(actionId, error, retryable) {
      return work((ctx) => {
        const action = repos.moneyActions.get(actionId);
        if (!action) return fail('not_found', `Money action ${actionId} does not exist`);
        if (action.status !== 'pending') return ok(action);
        const message = redact(error).slice(0, 500);
        repos.moneyActions.recordFailure(action.id, message, retryable, ctx.now);
        if (!retryable) {
          const loaded = load(action.purchaseId);
          if (!loaded.ok) return loaded;
          repos.purchases.update({ ...loaded.value, purchase: { ...loaded.value.purchase, updatedAt: ctx.now } });
          publishUpdate(
            ctx,
            action.purchaseId,
            `money.${action.kind}.failed`,
            PROVIDER,
            `${describePurchase(loaded.value.purchase)}: could not ${FAILED_WORDS[action.kind]} (${message}). Check this payment in your Stripe dashboard.`,
          );
        }
        const updated = repos.moneyActions.get(action.id);
        return updated ? ok(updated) : fail('internal', 'The money action vanished');
      });
    },

    moneyActionFor: (purchaseId) => repos.moneyActions.forPurchase(purchaseId),
    get: (purchaseId) => repos.purchases.get(purchaseId)?.purchase ?? null,
    listForShow: (showId) => repos.purchases.listForShow(showId).map((r) => r.purchase),
    openCheckoutSessions: () => repos.purchases.openCheckoutSessions(),
    findByCheckoutSession: (sessionId) => repos.purchases.findByCheckoutSession(sessionId)?.purchase ?? null,
    findByPaymentIntent: (paymentIntentId) => repos.purchases.findByPaymentIntent(paymentIntentId)?.purchase ?? null,

    findPaymentRef({ purchaseId, sessionId, paymentIntentId }) {
      const record =
        (purchaseId ? repos.purchases.get(purchaseId) : null) ??
        (sessionId ? repos.purchases.findByCheckoutSession(sessionId) : null) ??
        (paymentIntentId ? repos.purchases.findByPaymentIntent(paymentIntentId) : null);
      if (!record) return null;
      return {
        purchaseId: record.purchase.id,
        stripeSessionId: record.checkoutSessionId,
        stripePaymentIntentId: record.paymentIntentId,
      };
    },

    receiptByToken(token) {
      if (!looksLikeReceiptToken(token)) return fail('not_found', RECEIPT_NOT_FOUND);
      const found = repos.purchases.findByReceiptHash(hashReceiptToken(token));
      if (!found || !receiptTokenMatches(token, found.receiptTokenHash)) return fail('not_found', RECEIPT_NOT_FOUND);
      const p = found.record.purchase;
      const offer = repos.offers.get(p.offerId);
      return ok({
        purchaseId: p.id,
        showTitle: repos.shows.get(p.showId)?.title ?? '',
        offerTitle: p.offerTitle,
        kind: p.kind,
        format: p.format,
        status: p.status,
        amount: p.amount,
        currency: p.currency,
        charged: p.payment === 'captured',
        buyerName: p.buyerName,
        message: p.message,
        messageStatus: p.messageStatus,
        question: p.question,
        variantLabel: p.variantLabel,
        minutes: offer?.kind === 'hotseat' ? offer.minutes : null,
        createdAt: p.createdAt,
        updatedAt: p.updatedAt,
        joinUrl: null,
      });
    },

    recentAudit: (limit) => repos.audit.recent(Math.max(1, Math.min(limit, 1000))),
    paymentCursor: () => repos.stripeEvents.cursor(),
    setPaymentCursor: (eventId) => repos.stripeEvents.setCursor(eventId, isoNow(clock)),
  };
}
