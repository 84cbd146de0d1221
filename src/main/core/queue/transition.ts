import type { PaymentState, PurchaseStatus } from '../../../shared/purchases';
import { errorWith, type ErrorCode, type ErrorMessageId, type ErrorValues } from '../../../shared/result';

/**
 * The vocabulary shared by the purchase state machines: what the provider can tell us
 * (observations), what a machine asks the outside world to do (effects), and its answer.
 */
export const OBSERVATION_TYPES = [
  'payment_authorized',
  'payment_captured',
  'authorization_canceled',
  'checkout_expired',
  'payment_failed',
  'refund_observed',
] as const;
export type ObservationType = (typeof OBSERVATION_TYPES)[number];

export type Effect =
  | { type: 'cancel_authorization' }
  | { type: 'capture_payment' }
  | { type: 'refund_payment' }
  | { type: 'expire_checkout' }
  | { type: 'release_reservation' };
export type EffectType = Effect['type'];

export interface MachineState {
  status: PurchaseStatus;
  payment: PaymentState;
  /** Who accepted/rejected a hot seat or refunded an order: named in refusals. */
  decidedBy: string | null;
}

export type Transition =
  | { ok: true; status: PurchaseStatus; payment: PaymentState; effects: Effect[]; changed: boolean }
  /** `reason`: the refusal in English (logs, tests); `because`: the same as a catalog reason, for `failWith`. */
  | { ok: false; code: ErrorCode; reason: string; because: { id: ErrorMessageId; values?: ErrorValues } };

export const effect = (type: EffectType): Effect => ({ type });

/** Nothing to do: the event was already applied, is stale, or does not concern this state. */
export const stay = (state: MachineState, effects: Effect[] = []): Transition => ({
  ok: true,
  status: state.status,
  payment: state.payment,
  effects,
  changed: false,
});

export const moveTo = (
  state: MachineState,
  status: PurchaseStatus,
  payment: PaymentState,
  effects: Effect[] = [],
): Transition => ({
  ok: true,
  status,
  payment,
  effects,
  changed: status !== state.status || payment !== state.payment,
});

/** A command refused, with a reason a person reads (a catalog id and its values). */
export const refuse = (code: ErrorCode, id: ErrorMessageId, values?: ErrorValues): Transition => ({
  ok: false,
  code,
  reason: errorWith(code, id, values).message,
  because: values ? { id, values } : { id },
});

/**
 * What gives the buyer their money back, given what the money is doing: release a hold, or refund
 * a charge. Nothing when no money is held.
 */
export function releaseMoney(payment: PaymentState): Effect[] {
  if (payment === 'authorized') return [effect('cancel_authorization')];
  if (payment === 'captured') return [effect('refund_payment')];
  return [];
}
