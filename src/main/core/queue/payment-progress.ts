import type { PaymentState } from '../../../shared/purchases';
import type { ObservationType } from './transition';

/** The payment state each observation reports; an expired checkout says nothing about money. */
const REPORTED: Record<ObservationType, PaymentState | null> = {
  payment_authorized: 'authorized',
  payment_captured: 'captured',
  authorization_canceled: 'canceled',
  checkout_expired: null,
  payment_failed: 'failed',
  refund_observed: 'refunded',
};

/**
 * Which states a payment can move on to. Money only moves forward at the provider (a cancelled or
 * refunded payment never becomes authorized again), so an observation reporting an earlier state
 * is stale (an old event, a webhook overtaken by polling) and is ignored. Skipping ahead is fine:
 * a missed "captured" before "refunded" still lands on refunded.
 */
const CAN_MOVE_TO: Record<PaymentState, readonly PaymentState[]> = {
  none: ['failed', 'authorized', 'captured', 'canceled', 'refunded'],
  failed: ['authorized', 'captured', 'canceled', 'refunded'],
  authorized: ['captured', 'canceled', 'refunded'],
  captured: ['refunded'],
  canceled: [],
  refunded: [],
};

/** The payment state after an observation: the reported one when it moves forward, else unchanged. */
export function paymentAfter(current: PaymentState, observation: ObservationType): PaymentState {
  const reported = REPORTED[observation];
  if (reported === null) return current;
  return CAN_MOVE_TO[current].includes(reported) ? reported : current;
}

/** Money is held or taken from the buyer. */
export const holdsMoney = (payment: PaymentState): boolean => payment === 'authorized' || payment === 'captured';
