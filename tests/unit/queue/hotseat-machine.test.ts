import { describe, expect, it } from 'vitest';
import { PaymentState, PurchaseStatus } from '../../../src/shared/purchases';
import {
  HOT_SEAT_COMMANDS,
  HOT_SEAT_EVENT_TYPES,
  hotSeatTransition,
  type HotSeatEvent,
  type HotSeatEventType,
} from '../../../src/main/core/queue/hotseat-machine';
import { OBSERVATION_TYPES, releaseMoney } from '../../../src/main/core/queue/transition';
import { expectOutcome, refused, same, to, type Expected } from './machine-expectations';

const event = (type: HotSeatEventType): HotSeatEvent => ({ type });

/** The payment each status normally carries, so every row below is a state that really occurs. */
const USUAL_PAYMENT: Record<PurchaseStatus, PaymentState> = {
  pending_payment: 'none',
  pending_review: 'authorized',
  accepted: 'authorized',
  rejected: 'canceled',
  expired: 'none',
  cancelled: 'canceled',
  paid: 'captured',
  refunded: 'refunded',
  on_air: 'authorized',
  completed: 'captured',
  no_show: 'canceled',
};

/** The seat lifecycle's commands, refused alike from a status where none applies. */
const seatCommands = (decide: Expected): Pick<Record<HotSeatEventType, Expected>, 'go_live' | 'airtime_reached' | 'end_served' | 'end_unserved' | 'no_show'> => ({
  go_live: decide,
  airtime_reached: decide,
  end_served: decide,
  end_unserved: decide,
  no_show: decide,
});

const notAHotSeat = refused('bad_request', 'not a hot seat');
const ignoresEverything = (decide: Expected): Record<HotSeatEventType, Expected> => ({
  payment_authorized: same(),
  payment_captured: same(),
  authorization_canceled: same(),
  checkout_expired: same(),
  payment_failed: same(),
  refund_observed: same(),
  show_ended: same(),
  accept: decide,
  reject: decide,
  ...seatCommands(decide),
});

/** Every status × every event, decided. The Record type makes a missing pair a compile error. */
const TABLE: Record<PurchaseStatus, Record<HotSeatEventType, Expected>> = {
  pending_payment: {
    payment_authorized: to('pending_review', 'authorized'),
    payment_captured: to('pending_review', 'captured'),
    authorization_canceled: to('cancelled', 'canceled', ['release_reservation']),
    checkout_expired: to('expired', 'none', ['release_reservation']),
    payment_failed: to('pending_payment', 'failed'),
    refund_observed: to('cancelled', 'refunded', ['release_reservation']),
    show_ended: to('expired', 'none', ['expire_checkout', 'release_reservation']),
    accept: refused('conflict', 'This hot seat is not paid yet'),
    reject: refused('conflict', 'This hot seat is not paid yet'),
    ...seatCommands(refused('conflict', 'This hot seat is not paid yet')),
  },
  pending_review: {
    payment_authorized: same(),
    payment_captured: to('pending_review', 'captured'),
    authorization_canceled: to('cancelled', 'canceled'),
    checkout_expired: same(),
    payment_failed: same(),
    refund_observed: to('cancelled', 'refunded'),
    show_ended: to('cancelled', 'authorized', ['cancel_authorization']),
    accept: to('accepted', 'authorized'),
    reject: to('rejected', 'authorized', ['cancel_authorization']),
    ...seatCommands(refused('conflict', 'This hot seat is still waiting for review')),
  },
  accepted: {
    payment_authorized: same(),
    payment_captured: to('accepted', 'captured'),
    authorization_canceled: to('cancelled', 'canceled'),
    checkout_expired: same(),
    payment_failed: same(),
    refund_observed: to('cancelled', 'refunded'),
    show_ended: to('cancelled', 'authorized', ['cancel_authorization']),
    accept: refused('conflict', 'This hot seat was already accepted by Maya'),
    reject: to('rejected', 'authorized', ['cancel_authorization']),
    go_live: to('on_air', 'authorized'),
    airtime_reached: refused('conflict', 'This guest has not been on air yet'),
    end_served: refused('conflict', 'This guest has not been on air yet'),
    // Dropped before air, or ended by the host before air: the hold is released.
    end_unserved: to('cancelled', 'authorized', ['cancel_authorization']),
    no_show: to('no_show', 'authorized', ['cancel_authorization']),
  },
  on_air: {
    payment_authorized: same(),
    payment_captured: to('on_air', 'captured'),
    authorization_canceled: to('cancelled', 'canceled'),
    checkout_expired: same(),
    payment_failed: same(),
    refund_observed: to('cancelled', 'refunded'),
    show_ended: to('cancelled', 'authorized', ['cancel_authorization']),
    accept: refused('conflict', 'This guest is on air now'),
    reject: refused('conflict', 'This guest is on air now'),
    go_live: same(),
    airtime_reached: same(['capture_payment']),
    end_served: to('completed', 'authorized', ['capture_payment']),
    end_unserved: to('cancelled', 'authorized', ['cancel_authorization']),
    no_show: refused('conflict', 'This guest is on air now'),
  },
  completed: {
    payment_authorized: same(),
    payment_captured: same(),
    authorization_canceled: same(),
    checkout_expired: same(),
    payment_failed: same(),
    refund_observed: to('completed', 'refunded'),
    show_ended: same(),
    accept: refused('conflict', 'This hot seat is over'),
    reject: refused('conflict', 'This hot seat is over'),
    ...seatCommands(refused('conflict', 'This hot seat is over')),
  },
  no_show: ignoresEverything(refused('conflict', 'This guest did not show up')),
  rejected: ignoresEverything(refused('conflict', 'This hot seat was already rejected by Maya')),
  expired: {
    payment_authorized: to('expired', 'authorized', ['cancel_authorization']),
    payment_captured: to('expired', 'captured', ['refund_payment']),
    authorization_canceled: to('expired', 'canceled'),
    checkout_expired: same(),
    payment_failed: to('expired', 'failed'),
    refund_observed: to('expired', 'refunded'),
    show_ended: same(),
    accept: refused('conflict', 'This hot seat expired before it was paid'),
    reject: refused('conflict', 'This hot seat expired before it was paid'),
    ...seatCommands(refused('conflict', 'This hot seat expired before it was paid')),
  },
  cancelled: ignoresEverything(refused('conflict', 'This hot seat was cancelled')),
  paid: ignoresEverything(notAHotSeat),
  refunded: ignoresEverything(notAHotSeat),
};

/** Closed seats whose money is still held (a cancel not yet confirmed), and charged seats. */
const MONEY_STILL_HELD: { status: PurchaseStatus; payment: PaymentState; cases: Partial<Record<HotSeatEventType, Expected>> }[] = [
  {
    status: 'rejected',
    payment: 'authorized',
    cases: {
      payment_authorized: same(['cancel_authorization']),
      payment_captured: to('rejected', 'captured', ['refund_payment']),
      authorization_canceled: to('rejected', 'canceled'),
      show_ended: same(['cancel_authorization']),
    },
  },
  {
    status: 'expired',
    payment: 'authorized',
    cases: { payment_authorized: same(['cancel_authorization']), show_ended: same(['cancel_authorization']) },
  },
  {
    status: 'cancelled',
    payment: 'captured',
    cases: { payment_captured: same(['refund_payment']), refund_observed: to('cancelled', 'refunded') },
  },
  {
    status: 'accepted',
    payment: 'captured',
    cases: {
      show_ended: same(),
      reject: to('rejected', 'captured', ['refund_payment']),
      authorization_canceled: same(),
      refund_observed: to('cancelled', 'refunded'),
    },
  },
  {
    status: 'pending_review',
    payment: 'captured',
    cases: { show_ended: to('cancelled', 'captured', ['refund_payment']), accept: to('accepted', 'captured') },
  },
  {
    status: 'on_air',
    payment: 'captured',
    cases: {
      // Charged at go-live: the guest counts as served however the seat ends.
      show_ended: to('completed', 'captured'),
      end_unserved: to('completed', 'captured'),
      end_served: to('completed', 'captured'),
      airtime_reached: same(),
      refund_observed: to('cancelled', 'refunded'),
    },
  },
  {
    status: 'completed',
    payment: 'authorized',
    cases: {
      payment_captured: to('completed', 'captured'),
      authorization_canceled: to('completed', 'canceled'),
      show_ended: same(),
    },
  },
  {
    status: 'no_show',
    payment: 'authorized',
    cases: {
      payment_authorized: same(['cancel_authorization']),
      payment_captured: to('no_show', 'captured', ['refund_payment']),
      show_ended: same(['cancel_authorization']),
    },
  },
  {
    status: 'accepted',
    payment: 'failed',
    cases: { go_live: refused('conflict', 'This hot seat was already accepted') },
  },
  {
    status: 'pending_payment',
    payment: 'failed',
    cases: { payment_failed: same(), payment_authorized: to('pending_review', 'authorized') },
  },
];

const CLOSED: PurchaseStatus[] = ['rejected', 'expired', 'cancelled', 'no_show'];
const COMMANDS: readonly HotSeatEventType[] = HOT_SEAT_COMMANDS;

describe('hot seat machine', () => {
  describe.each(PurchaseStatus.options)('from %s', (status) => {
    it.each(HOT_SEAT_EVENT_TYPES)('on %s', (type) => {
      const expected = TABLE[status][type];
      expect(expected, `no decided outcome for ${status} × ${type}`).toBeDefined();
      const payment = USUAL_PAYMENT[status];
      expectOutcome(hotSeatTransition({ status, payment, decidedBy: 'Maya' }, event(type)), expected, { status, payment });
    });
  });

  describe('when money is still held', () => {
    for (const row of MONEY_STILL_HELD) {
      for (const [type, expected] of Object.entries(row.cases) as [HotSeatEventType, Expected][]) {
        it(`${row.status}/${row.payment} on ${type}`, () => {
          const from = { status: row.status, payment: row.payment };
          expectOutcome(hotSeatTransition({ ...from, decidedBy: 'Maya' }, event(type)), expected, from);
        });
      }
    }
  });

  it('names nobody when the decider is unknown', () => {
    const answer = hotSeatTransition({ status: 'accepted', payment: 'authorized', decidedBy: null }, event('accept'));
    expect(answer).toEqual({
      ok: false,
      code: 'conflict',
      reason: 'This hot seat was already accepted by someone else',
      because: { id: 'error.purchases.seatDecidedBy', values: { decision: 'accepted', who: 'unknown', by: '' } },
    });
  });

  describe('over every status × payment × event', () => {
    const all = PurchaseStatus.options.flatMap((status) =>
      PaymentState.options.flatMap((payment) => HOT_SEAT_EVENT_TYPES.map((type) => ({ status, payment, type }))),
    );

    it('never refuses an observation or the end of the show', () => {
      for (const { status, payment, type } of all) {
        if (COMMANDS.includes(type)) continue;
        expect(hotSeatTransition({ status, payment, decidedBy: null }, event(type)).ok, `${status}/${payment} ${type}`).toBe(true);
      }
    });

    it('reports changed exactly when status or payment moved (commands aside)', () => {
      for (const { status, payment, type } of all) {
        const t = hotSeatTransition({ status, payment, decidedBy: null }, event(type));
        if (!t.ok) continue;
        expect(t.changed, `${status}/${payment} ${type}`).toBe(t.status !== status || t.payment !== payment);
      }
    });

    it('gives the money back whenever a seat lands closed with money held', () => {
      for (const { status, payment, type } of all) {
        const t = hotSeatTransition({ status, payment, decidedBy: null }, event(type));
        if (!t.ok || !CLOSED.includes(t.status) || !t.changed) continue;
        const arrivedOrClosedNow = t.payment !== payment || t.status !== status;
        if (!arrivedOrClosedNow) continue;
        for (const needed of releaseMoney(t.payment)) {
          expect(t.effects, `${status}/${payment} ${type}`).toContainEqual(needed);
        }
      }
    });

    it('never lets a payment move backwards', () => {
      for (const { status, payment, type } of all) {
        if (!(OBSERVATION_TYPES as readonly string[]).includes(type)) continue;
        const t = hotSeatTransition({ status, payment, decidedBy: null }, event(type));
        if (!t.ok) continue;
        if (payment === 'canceled' || payment === 'refunded') expect(t.payment, `${status}/${payment} ${type}`).toBe(payment);
        if (payment === 'captured') expect(['captured', 'refunded']).toContain(t.payment);
      }
    });
  });
});
