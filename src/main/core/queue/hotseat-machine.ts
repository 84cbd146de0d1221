import type { PaymentState, PurchaseStatus } from '../../../shared/purchases';
import { holdsMoney, paymentAfter } from './payment-progress';
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
export type HotSeatEvent = { type: ObservationType } | { type: 'show_ended' } | { type: 'accept' } | { type: 'reject' };
export type HotSeatEventType = HotSeatEvent['type'];
export const HOT_SEAT_EVENT_TYPES: readonly HotSeatEventType[] = [...OBSERVATION_TYPES, 'show_ended', 'accept', 'reject'];

/**
 * Where each status stands. A new status (called, green room, on air, completed, no-show) gets a
 * phase here first; the type makes forgetting it a compile error.
 */
type Phase = 'awaiting_payment' | 'in_queue' | 'closed' | 'not_a_hot_seat';
const PHASE: Record<PurchaseStatus, Phase> = {
  pending_payment: 'awaiting_payment',
  pending_review: 'in_queue',
  accepted: 'in_queue',
  rejected: 'closed',
  expired: 'closed',
  cancelled: 'closed',
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
      // Cancelled or refunded at the provider (hold expired, host refunded in the dashboard).
      if (voided(payment)) return moveTo(state, 'cancelled', payment);
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
    case 'closed':
      // Asks again for any hold still open; the outbox keeps it to one action per purchase.
      return stay(state, releaseMoney(state.payment));
    case 'not_a_hot_seat':
      return stay(state);
  }
}

function refusal(state: MachineState): Transition {
  const by = state.decidedBy ?? 'someone else';
  switch (state.status) {
    case 'pending_payment':
      return refuse('conflict', 'This hot seat is not paid yet');
    case 'pending_review':
      return refuse('conflict', 'This hot seat is still waiting for review');
    case 'accepted':
      return refuse('conflict', `This hot seat was already accepted by ${by}`);
    case 'rejected':
      return refuse('conflict', `This hot seat was already rejected by ${by}`);
    case 'expired':
      return refuse('conflict', 'This hot seat expired before it was paid');
    case 'cancelled':
      return refuse('conflict', 'This hot seat was cancelled; the buyer was not charged for it');
    case 'paid':
    case 'refunded':
      return refuse('bad_request', 'This purchase is not a hot seat');
  }
}
