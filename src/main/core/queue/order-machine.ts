import type { PurchaseStatus } from '../../../shared/purchases';
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
 * The life of a tip, gift or merch order: charged at once by the provider (automatic capture),
 * then possibly refunded. Observations never fail; a refund request is refused with a reason when
 * there is nothing (left) to refund.
 */
export type OrderEvent = { type: ObservationType } | { type: 'show_ended' } | { type: 'refund' };
export type OrderEventType = OrderEvent['type'];
export const ORDER_EVENT_TYPES: readonly OrderEventType[] = [...OBSERVATION_TYPES, 'show_ended', 'refund'];

export interface OrderState extends MachineState {
  /** A money action (the refund) is recorded and not yet confirmed by the provider. */
  paymentActionPending: boolean;
}

type Phase = 'awaiting_payment' | 'paid' | 'refunded' | 'void' | 'not_an_order';
const PHASE: Record<PurchaseStatus, Phase> = {
  pending_payment: 'awaiting_payment',
  paid: 'paid',
  refunded: 'refunded',
  expired: 'void',
  cancelled: 'void',
  pending_review: 'not_an_order',
  accepted: 'not_an_order',
  rejected: 'not_an_order',
  on_air: 'not_an_order',
  completed: 'not_an_order',
  no_show: 'not_an_order',
};

export function orderTransition(state: OrderState, event: OrderEvent): Transition {
  switch (event.type) {
    case 'refund':
      return refund(state);
    case 'show_ended':
      return showEnded(state);
    default:
      return observe(state, event.type);
  }
}

function observe(state: OrderState, observation: ObservationType): Transition {
  const payment = paymentAfter(state.payment, observation);
  const release = effect('release_reservation');
  switch (PHASE[state.status]) {
    case 'awaiting_payment':
      if (observation === 'checkout_expired') return moveTo(state, 'expired', payment, [release, ...releaseMoney(payment)]);
      if (payment === 'captured') return moveTo(state, 'paid', payment);
      if (payment === 'refunded') return moveTo(state, 'refunded', payment, [release]);
      if (payment === 'canceled') return moveTo(state, 'cancelled', payment, [release]);
      return moveTo(state, state.status, payment); // authorized on the way to capture, or a failed attempt
    case 'paid':
      return payment === 'refunded' ? moveTo(state, 'refunded', payment) : moveTo(state, state.status, payment);
    case 'void': {
      // The order was closed (checkout expired, show ended) and money arrived anyway: give it back.
      const arriving = observation === 'payment_authorized' || observation === 'payment_captured';
      return moveTo(state, state.status, payment, arriving ? releaseMoney(payment) : []);
    }
    case 'refunded':
    case 'not_an_order':
      return stay(state);
  }
}

function refund(state: OrderState): Transition {
  switch (PHASE[state.status]) {
    case 'paid':
      if (state.paymentActionPending) {
        return refuse('conflict', 'error.purchases.refundUnderway', whoValues(state.decidedBy));
      }
      if (state.payment !== 'captured') return refuse('conflict', 'error.purchases.paymentNotSettled');
      return { ok: true, status: state.status, payment: state.payment, effects: [effect('refund_payment')], changed: true };
    case 'awaiting_payment':
      return refuse('conflict', 'error.purchases.notPaidNothingToRefund');
    case 'refunded':
      return refuse('conflict', 'error.purchases.alreadyRefunded', whoValues(state.decidedBy));
    case 'void':
      return holdsMoney(state.payment)
        ? refuse('conflict', 'error.purchases.closedPaymentReturning')
        : refuse('conflict', 'error.purchases.voidNothingToRefund', { status: state.status === 'expired' ? 'expired' : 'cancelled' });
    case 'not_an_order':
      return refuse('bad_request', 'error.purchases.hotSeatNotRefunded');
  }
}

function showEnded(state: OrderState): Transition {
  switch (PHASE[state.status]) {
    case 'awaiting_payment':
      return moveTo(state, 'expired', state.payment, [
        effect('expire_checkout'),
        effect('release_reservation'),
        ...releaseMoney(state.payment),
      ]);
    case 'void':
      return stay(state, releaseMoney(state.payment));
    case 'paid':
    case 'refunded':
    case 'not_an_order':
      return stay(state);
  }
}
