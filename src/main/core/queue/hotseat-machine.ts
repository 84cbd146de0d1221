import type { PaymentState, PurchaseStatus } from '../../../shared/purchases';
import { holdsMoney, paymentAfter } from './payment-progress';
import { whoValues } from './describe-purchase';
import {
  effect,
  moveTo,
  OBSERVATION_TYPES,
  refuse,
  releaseMoney,
  stay,
  type MachineState,
  type ObservationType,
  type Transition,
} from './transition';

/**
 * The life of a hot seat: paid by authorization only, reviewed by the host or a moderator, and
 * charged only later (capture happens after the guest has been on air). Observations report what
 * the provider did and never fail; commands (accept, reject) are refused with a reason a person
 * can act on. Whenever money turns out to be held for a seat that is no longer going ahead, the
 * answer includes giving it back, so a buyer is never left charged.
 */
export type HotSeatEvent =
  | { type: ObservationType }
  | { type: 'show_ended' }
  | { type: 'accept' }
  | { type: 'reject' }
  /** The guest went on the program for the first time. */
  | { type: 'go_live' }
  /** The guest has been on air as long as the capture policy asks: charge now. */
  | { type: 'airtime_reached' }
  /** The seat ended after the guest got the airtime the policy asks for (time up, or the host ended it). */
  | { type: 'end_served' }
  /** The seat ended before that: dropped before air, or ended by the host too early. */
  | { type: 'end_unserved' }
  /** Called, and did not join within the grace time. */
  | { type: 'no_show' };
export type HotSeatEventType = HotSeatEvent['type'];
/** Events a person or the seat lifecycle asks for; they may be refused. Observations and show_ended never are. */
export const HOT_SEAT_COMMANDS = ['accept', 'reject', 'go_live', 'airtime_reached', 'end_served', 'end_unserved', 'no_show'] as const;
export const HOT_SEAT_EVENT_TYPES: readonly HotSeatEventType[] = [...OBSERVATION_TYPES, 'show_ended', ...HOT_SEAT_COMMANDS];

/**
 * Where each status stands; the type makes forgetting a new status a compile error. Being called,
 * waiting in the green room and being backstage are moments of the seat (guests/), not of the
 * money: the purchase stays accepted through them.
 */
type Phase = 'awaiting_payment' | 'in_queue' | 'on_air' | 'served' | 'closed' | 'not_a_hot_seat';
const PHASE: Record<PurchaseStatus, Phase> = {
  pending_payment: 'awaiting_payment',
  pending_review: 'in_queue',
  accepted: 'in_queue',
  on_air: 'on_air',
  completed: 'served',
  rejected: 'closed',
  expired: 'closed',
  cancelled: 'closed',
  no_show: 'closed',
  paid: 'not_a_hot_seat',
  refunded: 'not_a_hot_seat',
};

const voided = (payment: PaymentState) => payment === 'canceled' || payment === 'refunded';

export function hotSeatTransition(state: MachineState, event: HotSeatEvent): Transition {
  switch (event.type) {
    case 'accept':
      return state.status === 'pending_review' ? moveTo(state, 'accepted', state.payment) : refusal(state);
    case 'reject':
      return PHASE[state.status] === 'in_queue'
        ? moveTo(state, 'rejected', state.payment, releaseMoney(state.payment))
        : refusal(state);
    case 'go_live':
      if (state.status === 'on_air') return stay(state); // back on the program after backstage or a drop
      return state.status === 'accepted' && holdsMoney(state.payment) ? moveTo(state, 'on_air', state.payment) : refusal(state);
    case 'airtime_reached':
      if (state.status !== 'on_air') return notOnAir(state);
      return stay(state, state.payment === 'authorized' ? [effect('capture_payment')] : []);
    case 'end_served':
      if (state.status !== 'on_air') return notOnAir(state);
      return moveTo(state, 'completed', state.payment, state.payment === 'authorized' ? [effect('capture_payment')] : []);
    case 'end_unserved':
      if (state.status === 'accepted') return moveTo(state, 'cancelled', state.payment, releaseMoney(state.payment));
      if (state.status !== 'on_air') return refusal(state);
      // Charged at go-live under the policy then in force: the guest was served, nothing to undo.
      if (state.payment === 'captured') return moveTo(state, 'completed', state.payment);
      return moveTo(state, 'cancelled', state.payment, releaseMoney(state.payment));
    case 'no_show':
      return state.status === 'accepted' ? moveTo(state, 'no_show', state.payment, releaseMoney(state.payment)) : refusal(state);
    case 'show_ended':
      return showEnded(state);
    default:
      return observe(state, event.type);
  }
}

function observe(state: MachineState, observation: ObservationType): Transition {
  const payment = paymentAfter(state.payment, observation);
  switch (PHASE[state.status]) {
    case 'awaiting_payment':
      if (observation === 'checkout_expired') {
        return moveTo(state, 'expired', payment, [effect('release_reservation'), ...releaseMoney(payment)]);
      }
      if (holdsMoney(payment)) return moveTo(state, 'pending_review', payment);
      if (voided(payment)) return moveTo(state, 'cancelled', payment, [effect('release_reservation')]);
      return moveTo(state, state.status, payment); // a failed attempt: the buyer can retry on the checkout page
    case 'in_queue':
    case 'on_air':
      // Cancelled or refunded at the provider (hold expired, host refunded in the dashboard).
      if (voided(payment)) return moveTo(state, 'cancelled', payment);
      return moveTo(state, state.status, payment);
    case 'served':
      // The guest had their time: a capture confirmed, or a refund the host made in the dashboard.
      return moveTo(state, state.status, payment);
    case 'closed': {
      // Money arriving for a seat that is not going ahead (late or out-of-order events): give it back.
      const arriving = observation === 'payment_authorized' || observation === 'payment_captured';
      return moveTo(state, state.status, payment, arriving ? releaseMoney(payment) : []);
    }
    case 'not_a_hot_seat':
      return stay(state);
  }
}

function showEnded(state: MachineState): Transition {
  switch (PHASE[state.status]) {
    case 'awaiting_payment':
      return moveTo(state, 'expired', state.payment, [
        effect('expire_checkout'),
        effect('release_reservation'),
        ...releaseMoney(state.payment),
      ]);
    case 'in_queue':
      // A seat that has been charged has been served: ending the show does not undo it.
      if (state.status === 'accepted' && state.payment === 'captured') return stay(state);
      return moveTo(state, 'cancelled', state.payment, releaseMoney(state.payment));
    case 'on_air':
      // The seat service ends on-air seats first (served or not, by their airtime); this is the
      // fallback: charged already means served, otherwise the hold is released.
      if (state.payment === 'captured') return moveTo(state, 'completed', state.payment);
      return moveTo(state, 'cancelled', state.payment, releaseMoney(state.payment));
    case 'served':
      return stay(state);
    case 'closed':
      // Asks again for any hold still open; the outbox keeps it to one action per purchase.
      return stay(state, releaseMoney(state.payment));
    case 'not_a_hot_seat':
      return stay(state);
  }
}

function notOnAir(state: MachineState): Transition {
  return state.status === 'accepted' ? refuse('conflict', 'error.purchases.seatNotOnAirYet') : refusal(state);
}

function refusal(state: MachineState): Transition {
  const by = whoValues(state.decidedBy);
  switch (state.status) {
    case 'pending_payment':
      return refuse('conflict', 'error.purchases.seatNotPaid');
    case 'pending_review':
      return refuse('conflict', 'error.purchases.seatInReview');
    case 'accepted':
      return refuse('conflict', 'error.purchases.seatDecidedBy', { decision: 'accepted', ...by });
    case 'rejected':
      return refuse('conflict', 'error.purchases.seatDecidedBy', { decision: 'rejected', ...by });
    case 'expired':
      return refuse('conflict', 'error.purchases.seatExpired');
    case 'cancelled':
      return refuse('conflict', 'error.purchases.seatCancelled');
    case 'on_air':
      return refuse('conflict', 'error.purchases.seatOnAir');
    case 'completed':
      return refuse('conflict', 'error.purchases.seatOver');
    case 'no_show':
      return refuse('conflict', 'error.purchases.seatNoShow');
    case 'paid':
    case 'refunded':
      return refuse('bad_request', 'error.purchases.notAHotSeat');
  }
}
