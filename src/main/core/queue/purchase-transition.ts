import type { MessageStatus, Purchase, ShippingAddress } from '../../../shared/purchases';
import type { Settlement } from '../../../shared/books';
import { failWith, ok, type ErrorReason, type Result } from '../../../shared/result';
import type { ActivityDetail } from '../../../shared/activity-detail';
import type { Actor } from '../actor';
import type { MoneyAction, MoneyActionKind } from '../store/money-actions-repo';
import type { PurchaseRecord } from '../store/purchases-repo';
import type { PurchaseContext } from './purchase-context';
import { standingValues } from './describe-purchase';
import { activity, purchaseSubject, said } from '../activity/activity-said';
import { hotSeatTransition, type HotSeatEvent } from './hotseat-machine';
import { orderTransition, type OrderEvent } from './order-machine';
import { publishPurchase } from './publish-purchase';
import { holdsMoney } from './payment-progress';
import { paidJustNow, queueBuyerMail } from '../mail/mail-triggers';
import { OBSERVATION_TYPES, refuse, type EffectType, type ObservationType, type Transition } from './transition';

/**
 * Applies one event to one stored purchase and records everything that follows from it, inside
 * the caller's transaction: the purchase (version bumped), the money actions its effects call for,
 * the audit entry, and the events to publish after commit. Every path that changes a purchase
 * (observations, decisions, refunds, the end of a show) goes through here.
 */
export type PurchaseEvent = HotSeatEvent | OrderEvent;

export interface ObservationDetails {
  paymentIntentId?: string;
  buyerEmail?: string | null;
  shipping?: ShippingAddress | null;
  /** What Stripe moved for the charge (fee, refunds, disputes), once there is captured money. */
  settlement?: Settlement | null;
}

export interface Applied {
  purchase: Purchase;
  /** Money actions this event made pending (new, or a failed one re-armed). */
  effects: MoneyAction[];
  changed: boolean;
}

const EFFECT_ACTION: Record<EffectType, MoneyActionKind | null> = {
  cancel_authorization: 'cancel',
  capture_payment: 'capture',
  refund_payment: 'refund',
  expire_checkout: 'expire_checkout',
  // Stock is counted from purchase statuses, so a released reservation needs no action of its own.
  release_reservation: null,
};

const SEAT_EVENTS: readonly string[] = ['go_live', 'airtime_reached', 'end_served', 'end_unserved', 'no_show'];
const isSeatEvent = (event: PurchaseEvent): event is Extract<HotSeatEvent, { type: 'go_live' | 'airtime_reached' | 'end_served' | 'end_unserved' | 'no_show' }> =>
  SEAT_EVENTS.includes(event.type);

const isObservation = (type: PurchaseEvent['type']): type is ObservationType =>
  (OBSERVATION_TYPES as readonly string[]).includes(type);

export function transitionPurchase(
  ctx: PurchaseContext,
  record: PurchaseRecord,
  event: PurchaseEvent,
  actor: Actor,
  details: { observation?: ObservationDetails; reason?: ErrorReason } = {},
): Result<Applied> {
  const transition = runMachine(record, event);
  if (!transition.ok) return failWith(transition.code, transition.because.id, transition.because.values);

  const next = nextRecord(ctx, record, event, transition, actor, details.observation);
  const recordChanged = storedFieldsOf(next) !== storedFieldsOf(record);
  if (recordChanged) ctx.repos.purchases.update(next);
  const settlement = details.observation?.settlement;
  const newLines = settlement ? ctx.repos.balanceLines.record(record.purchase.id, settlement.lines, ctx.now) : 0;
  // The receipt email commits with the payment it confirms (core/mail/mail-triggers.ts).
  if (paidJustNow(record.purchase, next.purchase)) queueBuyerMail(ctx.repos, 'receipt', record.purchase.id, ctx.now);

  const armed: MoneyAction[] = [];
  for (const { type } of transition.effects) {
    const kind = EFFECT_ACTION[type];
    // A checkout session not created yet is expired when it is attached (attachCheckoutSession).
    if (kind === null || (kind === 'expire_checkout' && next.checkoutSessionId === null)) continue;
    const queued = ctx.repos.moneyActions.enqueue(record.purchase.id, kind, ctx.now);
    if (queued.armed) armed.push(queued.action);
  }
  const settled = isObservation(event.type) ? settleActions(ctx, record.purchase.id, event.type, transition.payment) : [];

  if (!recordChanged && armed.length === 0 && settled.length === 0 && newLines === 0) {
    return ok({ purchase: record.purchase, effects: [], changed: false });
  }
  // Pending actions are part of what clients see (paymentActionPending), and new balance lines
  // change the books: a new version either way, so every page re-reads.
  if (!recordChanged) ctx.repos.purchases.update(next);

  const detail = auditDetail(record.purchase, next.purchase, armed, details.reason, newLines);
  const purchase = publishPurchase(ctx, record.purchase.id, actor, `purchase.${event.type}`, detail);
  return ok({ purchase, effects: armed.map((a) => ctx.repos.moneyActions.get(a.id) ?? a), changed: true });
}

function runMachine(record: PurchaseRecord, event: PurchaseEvent): Transition {
  const p = record.purchase;
  const state = { status: p.status, payment: p.payment, decidedBy: p.decidedBy };
  if (p.kind === 'hotseat') {
    if (event.type === 'refund') {
      return refuse('bad_request', 'error.purchases.hotSeatNotRefunded');
    }
    return hotSeatTransition(state, event);
  }
  if (event.type === 'accept' || event.type === 'reject') {
    return refuse('bad_request', 'error.purchases.onlyHotSeatsDecided');
  }
  if (isSeatEvent(event)) return refuse('bad_request', 'error.purchases.onlyHotSeatsOnAir');
  return orderTransition({ ...state, paymentActionPending: p.paymentActionPending }, event);
}

function nextRecord(
  ctx: PurchaseContext,
  record: PurchaseRecord,
  event: PurchaseEvent,
  transition: Extract<Transition, { ok: true }>,
  actor: Actor,
  observed: ObservationDetails | undefined,
): PurchaseRecord {
  const p = record.purchase;
  const decision = event.type === 'accept' || event.type === 'reject' || event.type === 'refund';
  const nowPaid = transition.status === 'paid' && p.status !== 'paid';
  const messageStatus = nowPaid ? messageStatusOnPayment(ctx, record) : p.messageStatus;
  const hiddenForBlock = nowPaid && messageStatus === 'rejected';
  return {
    ...record,
    messageModeratedBy: hiddenForBlock ? BLOCKED_BUYER_MODERATOR : record.messageModeratedBy,
    paymentIntentId: record.paymentIntentId ?? observed?.paymentIntentId ?? null,
    chargeId: observed?.settlement?.chargeId ?? record.chargeId,
    purchase: {
      ...p,
      status: transition.status,
      payment: transition.payment,
      paidAt: p.paidAt ?? (holdsMoney(transition.payment) ? ctx.now : null),
      decidedBy: decision ? actor.name : p.decidedBy,
      decidedAt: decision ? ctx.now : p.decidedAt,
      buyerEmail: observed?.buyerEmail ?? p.buyerEmail,
      shipping: observed?.shipping ?? p.shipping,
      dispute: observed?.settlement ? observed.settlement.dispute : p.dispute,
      messageStatus,
      updatedAt: ctx.now,
    },
  };
}

/** Who hid the message of a buyer blocked while paying ("already rejected by …"). */
const BLOCKED_BUYER_MODERATOR = 'Block list';

/**
 * A paid tip or gift message goes to the overlay at once, or waits for a moderator; a buyer blocked
 * for the show (perhaps while on the payment page) keeps paying but their message is hidden.
 */
function messageStatusOnPayment(ctx: PurchaseContext, record: PurchaseRecord): MessageStatus {
  const purchase = record.purchase;
  if (purchase.message === null) return 'none';
  if (ctx.repos.moderation.isBlocked(purchase.showId, record.buyerKey)) return 'rejected';
  const offer = ctx.repos.offers.get(purchase.offerId);
  const hold = offer && (offer.kind === 'tip' || offer.kind === 'gift') ? offer.holdMessagesForReview : true;
  return hold ? 'held' : 'approved';
}

/** An observation can show that a pending action's goal is already reached (done elsewhere, or by us). */
const GOAL_REACHED: Record<MoneyActionKind, (payment: Purchase['payment'], observation: ObservationType) => boolean> = {
  cancel: (payment) => payment === 'canceled',
  capture: (payment) => payment === 'captured' || payment === 'refunded',
  refund: (payment) => payment === 'refunded',
  // Any outcome but a failed attempt means the payment page is no longer open.
  expire_checkout: (_payment, observation) => observation !== 'payment_failed',
};

function settleActions(
  ctx: PurchaseContext,
  purchaseId: string,
  observation: ObservationType,
  payment: Purchase['payment'],
): MoneyAction[] {
  const settled = ctx.repos.moneyActions
    .forPurchase(purchaseId)
    .filter((a) => a.status === 'pending' && GOAL_REACHED[a.kind](payment, observation));
  for (const action of settled) ctx.repos.moneyActions.markDone(action.id, ctx.now);
  return settled;
}

/** The fields a transition may change, as one comparable string (updatedAt aside). */
function storedFieldsOf(record: PurchaseRecord): string {
  const p = record.purchase;
  return JSON.stringify([
    p.status,
    p.payment,
    p.paidAt,
    p.decidedBy,
    p.decidedAt,
    p.buyerEmail,
    p.shipping,
    p.messageStatus,
    p.dispute,
    record.paymentIntentId,
    record.chargeId,
  ]);
}

function auditDetail(before: Purchase, after: Purchase, armed: MoneyAction[], reason: ErrorReason | undefined, newLines: number): ActivityDetail {
  const parts: ErrorReason[] = [];
  if (before.status !== after.status) {
    const from = standingValues(before);
    const to = standingValues(after);
    parts.push(said('activity.said.standing', { from: from.standing, fromBy: from.by, to: to.standing, toBy: to.by }));
  }
  if (before.payment !== after.payment) parts.push(said('activity.said.payment', { from: before.payment, to: after.payment }));
  const dispute = disputeChange(before, after);
  if (dispute) parts.push(dispute);
  for (const action of armed) parts.push(said('activity.said.moneyAction', { action: action.kind }));
  if (before.messageStatus !== after.messageStatus && after.messageStatus === 'rejected') parts.push(said('activity.said.messageHiddenBlocked'));
  if (reason) parts.push(reason);
  const [first = said(newLines > 0 ? 'activity.said.balanceRecorded' : 'activity.said.actionConfirmed'), ...rest] = parts;
  return activity(purchaseSubject(before), first, ...rest);
}

function disputeChange(before: Purchase, after: Purchase): ErrorReason | null {
  const now = after.dispute;
  if (!now || before.dispute?.status === now.status) return null;
  // Stripe's words for a status or reason this build does not know, readable: "check_returned" → "check returned".
  return before.dispute
    ? said('activity.said.disputeStatus', { status: now.status, statusText: now.status.replace(/_/g, ' ') })
    : said('activity.said.disputeOpened', { reason: now.reason, reasonText: now.reason.replace(/_/g, ' ') });
}
