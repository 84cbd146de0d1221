import { expect } from 'vitest';
import type { PaymentState, PurchaseStatus } from '../../../src/shared/purchases';
import type { ErrorCode } from '../../../src/shared/result';
import type { EffectType, Transition } from '../../../src/main/core/queue/transition';

/** A compact way to write down the decided outcome of one (state × event) pair. */
export type Expected =
  | { kind: 'to'; status: PurchaseStatus; payment: PaymentState; effects: EffectType[]; changed?: boolean }
  | { kind: 'same'; effects: EffectType[] }
  | { kind: 'refused'; code: ErrorCode; reason: string };

export const to = (status: PurchaseStatus, payment: PaymentState, effects: EffectType[] = []): Expected => ({
  kind: 'to',
  status,
  payment,
  effects,
});
export const same = (effects: EffectType[] = []): Expected => ({ kind: 'same', effects });
export const refused = (code: ErrorCode, reason: string): Expected => ({ kind: 'refused', code, reason });
/** A command that succeeds without moving status or payment (it records a decision). */
export const recorded = (status: PurchaseStatus, payment: PaymentState, effects: EffectType[]): Expected => ({
  kind: 'to',
  status,
  payment,
  effects,
  changed: true,
});

export function expectOutcome(
  actual: Transition,
  expected: Expected,
  from: { status: PurchaseStatus; payment: PaymentState },
): void {
  switch (expected.kind) {
    case 'refused':
      expect(actual.ok).toBe(false);
      if (!actual.ok) {
        expect(actual.code).toBe(expected.code);
        expect(actual.reason).toContain(expected.reason);
      }
      return;
    case 'same':
      expect(actual).toEqual({
        ok: true,
        status: from.status,
        payment: from.payment,
        effects: expected.effects.map((type) => ({ type })),
        changed: false,
      });
      return;
    case 'to':
      expect(actual).toEqual({
        ok: true,
        status: expected.status,
        payment: expected.payment,
        effects: expected.effects.map((type) => ({ type })),
        changed: expected.changed ?? (expected.status !== from.status || expected.payment !== from.payment),
      });
  }
}
