import { backoffDelay } from '../../../shared/backoff';
import type { Logger } from '../log';
import type { StripeGateway } from './gateway';
import type { PurchaseLedger } from './ledger';

/**
 * Carries out the money actions the queue recorded (cancel, capture, refund, expire). The action
 * was written in the same transaction as the decision, so a crash between "rejected" and the
 * Stripe call only delays the call: on restart the worker finds it and retries with the same
 * idempotency key, and Stripe answers the first call's result instead of acting twice.
 */
export interface MoneyWorkerHandle {
  kick(): void;
  /** Resolves once no action is pending or all pending ones are waiting for their backoff. */
  drain(): Promise<void>;
  stop(): Promise<void>;
  lastError(): string | null;
}

const MAX_BACKOFF_MS = 60_000;

export function startMoneyWorker(
  deps: { gateway: StripeGateway; ledger: PurchaseLedger; log: Logger },
  options: { baseBackoffMs?: number; idleCheckMs?: number } = {},
): MoneyWorkerHandle {
  const baseBackoff = options.baseBackoffMs ?? 500;
  const notBefore = new Map<number, number>();
  let stopped = false;
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let again = false;
  let lastError: string | null = null;

  const runOnce = async () => {
    const due = deps.ledger.pendingMoneyActions(50).filter((a) => (notBefore.get(a.id) ?? 0) <= Date.now());
    for (const action of due) {
      if (stopped) return;
      const outcome = await deps.gateway.execute(action);
      if (outcome.ok) {
        deps.ledger.completeMoneyAction(action.id, { payment: outcome.payment });
        if (outcome.observed) {
          deps.ledger.applyObservation({ eventId: null, purchaseId: action.purchase.purchaseId, observation: outcome.observed });
        }
        notBefore.delete(action.id);
        continue;
      }
      lastError = outcome.message;
      deps.log.warn('money action failed', { action: action.kind, purchase: action.purchase.purchaseId, retryable: outcome.retryable, error: outcome.message });
      deps.ledger.failMoneyAction(action.id, outcome.message, outcome.retryable);
      if (outcome.retryable) notBefore.set(action.id, Date.now() + backoffDelay(action.attempts + 1, { baseMs: baseBackoff, maxMs: MAX_BACKOFF_MS }));
    }
    if (due.length > 0 && deps.ledger.pendingMoneyActions(50).length === 0) lastError = null;
  };

  const schedule = (delay: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void run(), delay);
  };

  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = runOnce()
      .catch((error: unknown) => {
        lastError = error instanceof Error ? error.message : String(error);
        deps.log.error('money worker crashed a pass', { error: lastError });
      })
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          void run();
        } else {
          const waits = [...notBefore.values()].map((t) => t - Date.now());
          schedule(waits.length > 0 ? Math.max(10, Math.min(...waits)) : (options.idleCheckMs ?? 5_000));
        }
      });
    return running;
  };

  schedule(0);
  return {
    kick: () => void run(),
    drain: async () => {
      await run();
      while (running) await running;
    },
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (running) await running;
    },
    lastError: () => lastError,
  };
}
