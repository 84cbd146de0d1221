import { needsResponse } from '../../../shared/books';
import type { AuditEntry, PaymentState, Purchase } from '../../../shared/purchases';
import { fail, failWith, failZod, ok, type ErrorReason, type Result } from '../../../shared/result';
import { CheckoutRequest, type ReceiptView } from '../../../shared/store-api';
import type { Actor } from '../actor';
import type { EventBus } from '../bus';
import { isoNow, systemClock, type Clock } from '../store/clock';
import type { Database } from '../store/db';
import type { MoneyAction } from '../store/money-actions-repo';
import type { PurchaseRecord } from '../store/purchases-repo';
import { repositories } from '../store/repositories';
import { runUnitOfWork } from '../store/unit-of-work';
import { standingValues, whoValues } from './describe-purchase';
import { activity, purchaseSubject, said } from '../activity/activity-said';
import { markShipped } from './merch-shipping';
import { completeMoneyAction, failMoneyAction } from './money-action-outcomes';
import { publishPurchase } from './publish-purchase';
import { transitionPurchase, type Applied, type ObservationDetails } from './purchase-transition';
import type { PurchaseContext } from './purchase-context';
import { receiptView } from './receipt-view';
import { newReceiptToken } from './receipt-token';
import type { ClientCheckouts } from './open-checkouts';
import { reservePurchase, type Reservation } from './reservation';
import type { ObservationType } from './transition';

export type { MoneyAction, MoneyActionKind } from '../store/money-actions-repo';
export type { Reservation } from './reservation';
export type { Applied } from './purchase-transition';

/** What the payments edge reports about a purchase, read from the provider's current state. */
export interface Observation extends ObservationDetails {
  type: ObservationType;
}

/** The provider objects behind a purchase. */
export interface PaymentRef {
  purchaseId: string;
  stripeSessionId: string | null;
  stripePaymentIntentId: string | null;
}

/**
 * Everything that happens to a purchase, each command one IMMEDIATE transaction: reservation,
 * checkout, what the provider observed, the host's and moderators' decisions, and the outcome of
 * the money actions those decisions recorded. Events are published after commit.
 */
export interface PurchaseService {
  /** `slug` null: the live show. */
  /** `client`: the requesting client's unpaid checkouts and how many it may hold per offer (open-checkouts.ts). */
  reserve(slug: string | null, request: unknown, client?: ClientCheckouts): Result<Reservation>;
  /**
   * Links the provider's checkout session to the reservation. Refused (`conflict`) when the
   * reservation closed meanwhile (the show ended): the session is then scheduled for expiry and
   * the buyer must not be sent to it.
   */
  attachCheckoutSession(purchaseId: string, sessionId: string, checkoutUrl: string): Result<Purchase>;
  /** The checkout could not be created: the reservation expires and its stock is released. */
  /** `reason` says why, for the activity log (an `activity.said.because`). */
  abandonReservation(purchaseId: string, reason: ErrorReason): Result<Purchase>;
  /**
   * Releases reservations that never got a checkout session, older than `maxAgeMs` (the process
   * stopped between reserving and opening the payment page). Call at startup and now and then.
   * Returns how many were released.
   */
  expireStaleReservations(maxAgeMs: number): number;
  /** Idempotent per event id; a null event id (direct re-read) relies on the state machine alone. */
  applyObservation(input: { eventId: string | null; purchaseId: string; observation: Observation }): Result<Applied>;
  decide(purchaseId: string, decision: 'accept' | 'reject', actor: Actor, expectedVersion?: number, reason?: string): Result<Purchase>;
  moderateMessage(purchaseId: string, decision: 'approve' | 'reject', actor: Actor, expectedVersion?: number): Result<Purchase>;
  /** Tips and merch only: a gift has already played on stream, a hot seat is rejected instead. */
  requestRefund(purchaseId: string, actor: Actor, expectedVersion?: number): Result<Purchase>;
  /** Paid merch on its way, with an optional tracking number: all the orders, or none (merch-shipping.ts). */
  markShipped(purchaseIds: readonly string[], trackingNumber: string | null, actor: Actor): Result<Purchase[]>;
  /** Pending actions, oldest first; the worker carrying them out owns retry timing. */
  pendingMoneyActions(limit: number): MoneyAction[];
  /** The provider confirmed the action; `payment` is the payment state it reported. */
  completeMoneyAction(actionId: number, outcome: { payment: PaymentState }): Result<{ purchase: Purchase; changed: boolean }>;
  failMoneyAction(actionId: number, error: string, retryable: boolean): Result<MoneyAction>;
  /** Every money action of a purchase, oldest first. */
  moneyActionFor(purchaseId: string): MoneyAction[];
  get(purchaseId: string): Purchase | null;
  listForShow(showId: string): Purchase[];
  /** Disputes of any show still waiting for the host's answer: the studio's alert outlives the show. */
  awaitingDisputeAnswer(): Purchase[];
  /** Reservations with a checkout session still open: re-read them at startup. */
  openCheckoutSessions(): { purchaseId: string; sessionId: string }[];
  findByCheckoutSession(sessionId: string): Purchase | null;
  findByPaymentIntent(paymentIntentId: string): Purchase | null;
  findPaymentRef(lookup: { purchaseId?: string | null; sessionId?: string | null; paymentIntentId?: string | null }): PaymentRef | null;
  receiptByToken(token: string): Result<ReceiptView>;
  /** Newest first. */
  recentAudit(limit: number): AuditEntry[];
  /** The Events API cursor: id of the newest provider event already read. */
  paymentCursor(): string | null;
  setPaymentCursor(eventId: string): void;
}

const PROVIDER: Actor = { role: 'system', name: 'Stripe' };
const CHECKOUT: Actor = { role: 'system', name: 'Checkout' };
/** Who turns away a blocked buyer's late payment (audit, "already handled by"). */
const BLOCK_LIST: Actor = { role: 'system', name: 'Block list' };

/** A decision made on an older version of a seat that someone else has accepted or rejected since. */
function alreadyDecided(purchase: Purchase, expectedVersion: number | undefined): Result<never> | null {
  if (expectedVersion === undefined || expectedVersion === purchase.version) return null;
  if (purchase.status === 'pending_review' || purchase.decidedBy === null) return null;
  return failWith('conflict', 'error.purchases.seatAlreadyDecided', standingValues(purchase));
}

const clamp = (n: number, max: number) => Math.max(1, Math.min(Math.floor(n), max));

export function createPurchaseService(db: Database, bus: EventBus, clock: Clock = systemClock): PurchaseService {
  const repos = repositories(db);

  const work = <T>(fn: (ctx: PurchaseContext) => Result<T>): Result<T> =>
    runUnitOfWork(db, bus, (emit) => fn({ repos, now: isoNow(clock), emit }));

  const load = (purchaseId: string, noun: 'purchase' | 'seat' = 'purchase'): Result<PurchaseRecord> => {
    const record = repos.purchases.get(purchaseId);
    return record ? ok(record) : failWith('not_found', 'error.purchases.notFound', { noun });
  };

  /** Nobody acts on old information: a stale version says what happened meanwhile. */
  const staleVersion = (record: PurchaseRecord, expectedVersion: number | undefined, noun: 'seat' | 'message' | 'purchase'): Result<never> | null => {
    if (expectedVersion === undefined || expectedVersion === record.purchase.version) return null;
    return failWith('conflict', 'error.purchases.changedSinceLooked', { noun, ...standingValues(record.purchase) });
  };

  /**
   * A buyer blocked while on the payment page still completes the payment: their hot seat never
   * enters the queue (rejected at once, the hold released, not charged). Their tip or gift message
   * was already hidden when it was paid (purchase-transition.ts); the money stays.
   */
  const turnAwayBlockedBuyer = (ctx: PurchaseContext, applied: Applied): Result<Applied> => {
    const p = applied.purchase;
    if (p.kind !== 'hotseat' || p.status !== 'pending_review') return ok(applied);
    const record = repos.purchases.get(p.id);
    if (!record || !repos.moderation.isBlocked(p.showId, record.buyerKey)) return ok(applied);
    const rejected = transitionPurchase(ctx, record, { type: 'reject' }, BLOCK_LIST, { reason: said('activity.said.because', { why: 'blockedBuyer' }) });
    if (!rejected.ok) return rejected;
    return ok({ ...rejected.value, effects: [...applied.effects, ...rejected.value.effects] });
  };

  const purchaseOf = (applied: Result<Applied>): Result<Purchase> => (applied.ok ? ok(applied.value.purchase) : applied);

  return {
    reserve(slug, request, client) {
      const parsed = CheckoutRequest.safeParse(request);
      if (!parsed.success) {
        return failZod('bad_request', parsed.error);
      }
      const token = newReceiptToken();
      return work((ctx) => reservePurchase(ctx, slug, parsed.data, token, client));
    },

    attachCheckoutSession(purchaseId, sessionId, checkoutUrl) {
      const attached = work((ctx) => {
        const loaded = load(purchaseId);
        if (!loaded.ok) return loaded;
        const record = loaded.value;
        const open = record.purchase.status === 'pending_payment';
        if (record.checkoutSessionId === sessionId) return ok({ purchase: record.purchase, open });
        // Two contract breaches (a session attached twice, or reused by the gateway): bugs for the log, not worded.
        if (record.checkoutSessionId !== null) return fail('conflict', 'This purchase already has a payment page');
        if (repos.purchases.findByCheckoutSession(sessionId)) return fail('conflict', 'This payment page belongs to another purchase');
        repos.purchases.update({ ...record, checkoutSessionId: sessionId, checkoutUrl, purchase: { ...record.purchase, updatedAt: ctx.now } });
        // Closed while the session was being created (the show ended): it must not stay payable.
        if (!open) repos.moneyActions.enqueue(purchaseId, 'expire_checkout', ctx.now);
        const detail = activity(purchaseSubject(record.purchase), said('activity.said.checkoutAttached', { open: open ? 'yes' : 'no' }));
        const purchase = publishPurchase(ctx, purchaseId, CHECKOUT, 'purchase.checkout_attached', detail);
        return ok({ purchase, open });
      });
      if (!attached.ok) return attached;
      const { purchase, open } = attached.value;
      if (!open) return failWith('conflict', 'error.purchases.reservationClosed', standingValues(purchase));
      return ok(purchase);
    },

    abandonReservation(purchaseId, reason) {
      return work((ctx) => {
        const loaded = load(purchaseId);
        if (!loaded.ok) return loaded;
        if (loaded.value.purchase.status !== 'pending_payment') return ok(loaded.value.purchase);
        return purchaseOf(transitionPurchase(ctx, loaded.value, { type: 'checkout_expired' }, CHECKOUT, { reason }));
      });
    },

    expireStaleReservations(maxAgeMs) {
      const released = work((ctx) => {
        const cutoff = new Date(Date.parse(ctx.now) - maxAgeMs).toISOString();
        const stale = repos.purchases.reservationsWithoutSession(cutoff);
        for (const record of stale) {
          const applied = transitionPurchase(ctx, record, { type: 'checkout_expired' }, CHECKOUT, { reason: said('activity.said.because', { why: 'noPaymentPage' }) });
          if (!applied.ok) return applied;
        }
        return ok(stale.length);
      });
      return released.ok ? released.value : 0;
    },

    applyObservation({ eventId, purchaseId, observation }) {
      return work((ctx) => {
        const loaded = load(purchaseId);
        if (!loaded.ok) return loaded;
        if (eventId !== null && !repos.stripeEvents.markProcessed(eventId, purchaseId, ctx.now)) {
          return ok({ purchase: loaded.value.purchase, effects: [], changed: false });
        }
        const { type, ...details } = observation;
        const applied = transitionPurchase(ctx, loaded.value, { type }, PROVIDER, { observation: details });
        return applied.ok && applied.value.changed ? turnAwayBlockedBuyer(ctx, applied.value) : applied;
      });
    },

    decide(purchaseId, decision, actor, expectedVersion, reason) {
      return work((ctx) => {
        const loaded = load(purchaseId, 'seat');
        if (!loaded.ok) return loaded;
        if (loaded.value.purchase.kind !== 'hotseat') return failWith('bad_request', 'error.purchases.onlyHotSeatsDecided');
        // Someone decided first (host and moderators act at once): say who, not just "changed".
        const handled = alreadyDecided(loaded.value.purchase, expectedVersion);
        if (handled) return handled;
        const stale = staleVersion(loaded.value, expectedVersion, 'seat');
        if (stale) return stale;
        const given = reason ? { reason: said('activity.said.reasonGiven', { text: reason }) } : {};
        return purchaseOf(transitionPurchase(ctx, loaded.value, { type: decision }, actor, given));
      });
    },

    moderateMessage(purchaseId, decision, actor, expectedVersion) {
      return work((ctx) => {
        const loaded = load(purchaseId);
        if (!loaded.ok) return loaded;
        const record = loaded.value;
        const p = record.purchase;
        if (p.kind !== 'tip' && p.kind !== 'gift') return failWith('bad_request', 'error.purchases.messageOnlyTipsGifts');
        const stale = staleVersion(record, expectedVersion, 'message');
        if (stale) return stale;
        const by = whoValues(record.messageModeratedBy);
        switch (p.messageStatus) {
          case 'none':
            return failWith('conflict', p.message === null ? 'error.purchases.noMessage' : 'error.purchases.messageNotPaid');
          case 'approved':
            return failWith('conflict', 'error.purchases.messageAlreadyModerated', { decision: 'approved', ...by });
          case 'rejected':
            return failWith('conflict', 'error.purchases.messageAlreadyModerated', { decision: 'rejected', ...by });
          case 'held':
            break;
        }
        const messageStatus = decision === 'approve' ? 'approved' : 'rejected';
        repos.purchases.update({ ...record, messageModeratedBy: actor.name, purchase: { ...p, messageStatus, updatedAt: ctx.now } });
        return ok(publishPurchase(ctx, purchaseId, actor, `message.${decision}`, activity(purchaseSubject(p), said('activity.said.messageDecided', { decision: messageStatus }))));
      });
    },

    requestRefund(purchaseId, actor, expectedVersion) {
      return work((ctx) => {
        const loaded = load(purchaseId);
        if (!loaded.ok) return loaded;
        switch (loaded.value.purchase.kind) {
          case 'hotseat':
            return failWith('bad_request', 'error.purchases.hotSeatChargedAfterAir');
          case 'gift':
            return failWith('bad_request', 'error.purchases.giftNotRefunded');
          case 'tip':
          case 'merch':
            break;
        }
        const stale = staleVersion(loaded.value, expectedVersion, 'purchase');
        if (stale) return stale;
        return purchaseOf(transitionPurchase(ctx, loaded.value, { type: 'refund' }, actor));
      });
    },

    markShipped: (purchaseIds, trackingNumber, actor) => work((ctx) => markShipped(ctx, purchaseIds, trackingNumber, actor)),

    pendingMoneyActions: (limit) => repos.moneyActions.pending(clamp(limit, 500)),
    completeMoneyAction: (actionId, outcome) => work((ctx) => completeMoneyAction(ctx, actionId, outcome)),
    failMoneyAction: (actionId, error, retryable) => work((ctx) => failMoneyAction(ctx, actionId, error, retryable)),
    moneyActionFor: (purchaseId) => repos.moneyActions.forPurchase(purchaseId),

    get: (purchaseId) => repos.purchases.get(purchaseId)?.purchase ?? null,
    listForShow: (showId) => repos.purchases.listForShow(showId).map((r) => r.purchase),
    awaitingDisputeAnswer: () => repos.purchases.listDisputed().map((r) => r.purchase).filter((p) => needsResponse(p.dispute)),
    openCheckoutSessions: () => repos.purchases.openCheckoutSessions(),
    findByCheckoutSession: (sessionId) => repos.purchases.findByCheckoutSession(sessionId)?.purchase ?? null,
    findByPaymentIntent: (paymentIntentId) => repos.purchases.findByPaymentIntent(paymentIntentId)?.purchase ?? null,

    findPaymentRef({ purchaseId, sessionId, paymentIntentId }) {
      const record =
        (purchaseId ? repos.purchases.get(purchaseId) : null) ??
        (sessionId ? repos.purchases.findByCheckoutSession(sessionId) : null) ??
        (paymentIntentId ? repos.purchases.findByPaymentIntent(paymentIntentId) : null);
      if (!record) return null;
      return { purchaseId: record.purchase.id, stripeSessionId: record.checkoutSessionId, stripePaymentIntentId: record.paymentIntentId };
    },

    receiptByToken: (token) => receiptView(repos, token),
    recentAudit: (limit) => repos.audit.recent(clamp(limit, 1000)),
    paymentCursor: () => repos.stripeEvents.cursor(),
    setPaymentCursor: (eventId) => repos.stripeEvents.setCursor(eventId, isoNow(clock)),
  };
}
