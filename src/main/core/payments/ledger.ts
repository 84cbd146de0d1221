import type { Result } from '../../../shared/result';
import type { PaymentState } from '../../../shared/purchases';
import type { Observation } from './observe';
import type { MoneyActionKind } from './gateway';

/**
 * What the payments edge needs from the local purchase records. The purchase service implements
 * it; keeping it narrow lets ingest, polling and the money worker be read (and tested) on their own.
 */
export interface PaymentRef {
  purchaseId: string;
  stripeSessionId: string | null;
  stripePaymentIntentId: string | null;
}

export interface PendingMoneyAction {
  id: number;
  kind: MoneyActionKind;
  idempotencyKey: string;
  attempts: number;
  purchase: PaymentRef;
}

export interface PurchaseLedger {
  findPaymentRef(lookup: { purchaseId?: string | null; sessionId?: string | null; paymentIntentId?: string | null }): PaymentRef | null;
  applyObservation(input: { eventId: string | null; purchaseId: string; observation: Observation }): Result<{ changed: boolean }>;
  openCheckoutSessions(): { purchaseId: string; sessionId: string }[];
  pendingMoneyActions(limit: number): PendingMoneyAction[];
  completeMoneyAction(actionId: number, outcome: { payment: PaymentState }): void;
  failMoneyAction(actionId: number, error: string, retryable: boolean): void;
  paymentCursor(): string | null;
  setPaymentCursor(eventId: string): void;
}
