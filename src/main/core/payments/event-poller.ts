import type Stripe from 'stripe';
import { backoffDelay } from '../../../shared/backoff';
import type { Logger } from '../log';
import type { StripeGateway } from './gateway';
import { INGESTED_EVENT_TYPES, ingestEvent, reconcileOpenSessions } from './ingest';
import type { PurchaseLedger } from './ledger';

/**
 * Polls Stripe's Events API with an id cursor, oldest first. A desktop studio is usually behind
 * NAT where no webhook can reach it, so polling always runs; webhooks only make things faster.
 */
export interface PollerDeps {
  stripe: Stripe;
  gateway: StripeGateway;
  ledger: PurchaseLedger;
  log: Logger;
  now?: () => number;
}

export async function pollEventsOnce(deps: PollerDeps, firstRunSince: number): Promise<number> {
  let cursor = deps.ledger.paymentCursor();
  let applied = 0;
  if (!cursor) {
    // First run: catch up on everything since the studio started taking payments, then keep a cursor.
    const backlog: Stripe.Event[] = [];
    for await (const event of deps.stripe.events.list({ types: [...INGESTED_EVENT_TYPES], created: { gte: firstRunSince }, limit: 100 })) {
      backlog.push(event);
    }
    for (const event of backlog.reverse()) {
      if ((await ingestEvent(event, deps)) === 'applied') applied += 1;
      deps.ledger.setPaymentCursor(event.id);
    }
    return applied;
  }
  for (;;) {
    const page = await deps.stripe.events.list({ types: [...INGESTED_EVENT_TYPES], ending_before: cursor, limit: 100 });
    // Stripe lists newest first; the page just before the cursor is applied oldest first.
    for (const event of [...page.data].reverse()) {
      if ((await ingestEvent(event, deps)) === 'applied') applied += 1;
      deps.ledger.setPaymentCursor(event.id);
      cursor = event.id;
    }
    if (!page.has_more || page.data.length === 0) return applied;
  }
}

export interface PollerHandle {
  /** Poll now (after a checkout returns, or when the host asks); resolves when that poll is done. */
  pollNow(): Promise<void>;
  stop(): void;
  lastPollAt(): string | null;
  lastError(): string | null;
}

/** The longest pause between polls while they keep failing (an event waits at most this long once the fault clears). */
const MAX_FAILING_POLL_MS = 4_000;

export function startEventPoller(deps: PollerDeps, options: { intervalMs: number; reconcileEveryMs: number }): PollerHandle {
  const now = deps.now ?? Date.now;
  const since = Math.floor(now() / 1000) - 300;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let running: Promise<void> | null = null;
  let lastAt: string | null = null;
  let lastError: string | null = null;
  let lastReconcile = 0;
  // Consecutive failed polls (Stripe down, or the studio's own database locked or full): wait longer
  // between tries, up to a few seconds, so a fault that lasts does not keep the studio busy failing.
  let failures = 0;
  // Failing polls slow down, but never past 64 intervals (a fast poller comes back fast).
  const failingBackoff = { baseMs: options.intervalMs, maxMs: Math.min(64 * options.intervalMs, Math.max(options.intervalMs, MAX_FAILING_POLL_MS)) };
  const nextDelay = () => backoffDelay(failures + 1, failingBackoff);

  const runOnce = async () => {
    try {
      if (now() - lastReconcile >= options.reconcileEveryMs) {
        lastReconcile = now();
        await reconcileOpenSessions(deps);
      }
      await pollEventsOnce(deps, since);
      lastAt = new Date(now()).toISOString();
      lastError = null;
      failures = 0;
    } catch (error) {
      failures += 1;
      lastError = error instanceof Error ? error.message : String(error);
      deps.log.warn('stripe poll failed', { error: lastError });
    }
  };

  const tick = () => {
    running ??= runOnce().finally(() => {
      running = null;
      if (!stopped) timer = setTimeout(() => void tick(), nextDelay());
    });
    return running;
  };

  timer = setTimeout(() => void tick(), 0);
  return {
    pollNow: async () => {
      if (running) await running;
      if (timer) clearTimeout(timer);
      if (!stopped) await tick();
    },
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
    lastPollAt: () => lastAt,
    lastError: () => lastError,
  };
}
