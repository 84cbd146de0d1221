import { describe, expect, it } from 'vitest';
import { PaymentState, PurchaseStatus } from '../../../src/shared/purchases';
import {
  ORDER_EVENT_TYPES,
  orderTransition,
  type OrderEvent,
  type OrderEventType,
} from '../../../src/main/core/queue/order-machine';
import { releaseMoney } from '../../../src/main/core/queue/transition';
import { expectOutcome, recorded, refused, same, to, type Expected } from './machine-expectations';

const event = (type: OrderEventType): OrderEvent => ({ type });

const USUAL_PAYMENT: Record<PurchaseStatus, PaymentState> = {
  pending_payment: 'none',
  paid: 'captured',
  refunded: 'refunded',
  expired: 'none',
  cancelled: 'canceled',
  pending_review: 'authorized',
  accepted: 'authorized',
  rejected: 'canceled',
  on_air: 'authorized',
  completed: 'captured',
  no_show: 'canceled',
};

const ignoresEverything = (refund: Expected): Record<OrderEventType, Expected> => ({
  payment_authorized: same(),
  payment_captured: same(),
  authorization_canceled: same(),
  checkout_expired: same(),
  payment_failed: same(),
  refund_observed: same(),
  show_ended: same(),
  refund,
});
const hotSeatStatus = ignoresEverything(refused('bad_request', 'reject the seat'));

const TABLE: Record<PurchaseStatus, Record<OrderEventType, Expected>> = {
  pending_payment: {
    payment_authorized: to('pending_payment', 'authorized'),
    payment_captured: to('paid', 'captured'),
    authorization_canceled: to('cancelled', 'canceled', ['release_reservation']),
    checkout_expired: to('expired', 'none', ['release_reservation']),
    payment_failed: to('pending_payment', 'failed'),
    refund_observed: to('refunded', 'refunded', ['release_reservation']),
    show_ended: to('expired', 'none', ['expire_checkout', 'release_reservation']),
    refund: refused('conflict', 'This purchase is not paid yet'),
  },
  paid: {
    payment_authorized: same(),
    payment_captured: same(),
    authorization_canceled: same(),
    checkout_expired: same(),
    payment_failed: same(),
    refund_observed: to('refunded', 'refunded'),
    show_ended: same(),
    refund: recorded('paid', 'captured', ['refund_payment']),
  },
  refunded: ignoresEverything(refused('conflict', 'This purchase was already refunded by Maya')),
  expired: {
    payment_authorized: to('expired', 'authorized', ['cancel_authorization']),
    payment_captured: to('expired', 'captured', ['refund_payment']),
    authorization_canceled: to('expired', 'canceled'),
    checkout_expired: same(),
    payment_failed: to('expired', 'failed'),
    refund_observed: to('expired', 'refunded'),
    show_ended: same(),
    refund: refused('conflict', 'This purchase expired before it was paid'),
  },
  cancelled: ignoresEverything(refused('conflict', 'This purchase was cancelled before it was paid')),
  pending_review: hotSeatStatus,
  accepted: hotSeatStatus,
  rejected: hotSeatStatus,
  on_air: hotSeatStatus,
  completed: hotSeatStatus,
  no_show: hotSeatStatus,
};

const CLOSED: PurchaseStatus[] = ['expired', 'cancelled'];

describe('order machine', () => {
  describe.each(PurchaseStatus.options)('from %s', (status) => {
    it.each(ORDER_EVENT_TYPES)('on %s', (type) => {
      const expected = TABLE[status][type];
      expect(expected, `no decided outcome for ${status} × ${type}`).toBeDefined();
      const payment = USUAL_PAYMENT[status];
      const state = { status, payment, decidedBy: 'Maya', paymentActionPending: false };
      expectOutcome(orderTransition(state, event(type)), expected, { status, payment });
    });
  });

  it('refuses a second refund while the first is on its way', () => {
    const state = { status: 'paid' as const, payment: 'captured' as const, decidedBy: 'Maya', paymentActionPending: true };
    expect(orderTransition(state, event('refund'))).toEqual({
      ok: false,
      code: 'conflict',
      reason: 'A refund for this purchase is already on its way (requested by Maya)',
      because: { id: 'error.purchases.refundUnderway', values: { who: 'named', by: 'Maya' } },
    });
  });

  it('says a refund made outside the studio without naming anyone', () => {
    const state = { status: 'refunded' as const, payment: 'refunded' as const, decidedBy: null, paymentActionPending: false };
    expect(orderTransition(state, event('refund'))).toEqual({
      ok: false,
      code: 'conflict',
      reason: 'This purchase was already refunded',
      because: { id: 'error.purchases.alreadyRefunded', values: { who: 'unknown', by: '' } },
    });
  });

  it('explains that a late payment on a closed order is already being returned', () => {
    const state = { status: 'expired' as const, payment: 'captured' as const, decidedBy: null, paymentActionPending: true };
    expectOutcome(orderTransition(state, event('refund')), refused('conflict', 'already being returned'), state);
    expectOutcome(orderTransition(state, event('payment_captured')), same(['refund_payment']), state);
    expectOutcome(orderTransition(state, event('show_ended')), same(['refund_payment']), state);
  });

  describe('over every status × payment × event', () => {
    const all = PurchaseStatus.options.flatMap((status) =>
      PaymentState.options.flatMap((payment) => ORDER_EVENT_TYPES.map((type) => ({ status, payment, type }))),
    );
    const run = (status: PurchaseStatus, payment: PaymentState, type: OrderEventType) =>
      orderTransition({ status, payment, decidedBy: null, paymentActionPending: false }, event(type));

    it('never refuses an observation or the end of the show', () => {
      for (const { status, payment, type } of all) {
        if (type === 'refund') continue;
        expect(run(status, payment, type).ok, `${status}/${payment} ${type}`).toBe(true);
      }
    });

    it('gives the money back whenever an order lands closed with money held', () => {
      for (const { status, payment, type } of all) {
        const t = run(status, payment, type);
        if (!t.ok || !CLOSED.includes(t.status) || !t.changed) continue;
        for (const needed of releaseMoney(t.payment)) expect(t.effects, `${status}/${payment} ${type}`).toContainEqual(needed);
      }
    });

    it('only ever refunds a captured payment of a paid order, on request', () => {
      for (const { status, payment, type } of all) {
        const t = run(status, payment, type);
        if (type !== 'refund' || !t.ok) continue;
        expect({ status, payment }).toEqual({ status: 'paid', payment: 'captured' });
      }
    });
  });
});
