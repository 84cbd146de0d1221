/**
 * Fault injection, for tests that prove Hotseat survives a misbehaving Stripe. API faults are
 * matched per request (method and path prefix) and consumed; webhook faults shape delivery.
 *
 * - `http500`: answer 500 `api_error` before acting (nothing changes; stripe-node retries it).
 * - `drop_after_commit`: act and commit, then drop the connection without answering: the client
 *   cannot tell whether it happened, which is what idempotency keys are for.
 * - `delay`: wait `ms` before acting (client timeouts; the request still completes afterwards).
 *
 * Webhook faults: `duplicateWebhooks` (every event delivered twice), `reorderWebhooks` (newest
 * queued event first, so a burst arrives out of order) and `dropWebhookDeliveries` (the next
 * attempts fail as if the receiver were unreachable, so Stripe's retries kick in).
 *
 * New kinds slot in here: API faults as another `ApiFaultKind` handled in the API handler,
 * webhook faults as another field of `WebhookFaultPlan` read by the dispatcher.
 */
export type ApiFaultKind = 'http500' | 'drop_after_commit' | 'delay';

export interface ApiFaultRule {
  kind: ApiFaultKind;
  /** Only requests with this method (any method when absent). */
  method?: string;
  /** Only requests whose path starts with this, e.g. `/v1/payment_intents/` (any path when absent). */
  pathPrefix?: string;
  /** For `delay`. */
  ms?: number;
  /** How many matching requests it affects (1 when absent). */
  times?: number;
}

export interface ApiFault {
  kind: ApiFaultKind;
  ms: number;
}

export interface WebhookFaultPlan {
  /** How many times each event is delivered (2 when duplicating). */
  copies: number;
  /** Deliver the newest queued event first instead of the oldest. */
  newestFirst: boolean;
}

export interface Faults {
  failNext(rule: ApiFaultRule): void;
  duplicateWebhooks(enabled: boolean): void;
  reorderWebhooks(enabled: boolean): void;
  /** The next `times` delivery attempts fail without reaching the receiver (then retried). */
  dropWebhookDeliveries(times: number): void;
  /** Drops every pending fault. */
  clear(): void;
  /** API faults not yet consumed. */
  pending(): number;
}

export interface FaultInjector extends Faults {
  takeApiFault(method: string, path: string): ApiFault | null;
  webhookPlan(): WebhookFaultPlan;
  /** True when this delivery attempt is to fail (consumes one). */
  takeWebhookDrop(): boolean;
}

const MAX_DELAY_MS = 5 * 60 * 1000;

export function createFaults(): FaultInjector {
  let rules: { rule: ApiFaultRule; remaining: number }[] = [];
  let duplicate = false;
  let newestFirst = false;
  let dropDeliveries = 0;

  return {
    failNext(rule) {
      const times = rule.times ?? 1;
      if (!Number.isInteger(times) || times < 1) throw new Error(`fault times must be a positive integer, got ${times}`);
      if (rule.kind === 'delay' && !(typeof rule.ms === 'number' && rule.ms >= 0 && rule.ms <= MAX_DELAY_MS)) {
        throw new Error(`a delay fault needs ms between 0 and ${MAX_DELAY_MS}`);
      }
      if (rule.method !== undefined && !/^[A-Z]+$/.test(rule.method)) throw new Error(`fault method must be upper case, like POST`);
      rules.push({ rule: { ...rule }, remaining: times });
    },
    duplicateWebhooks(enabled) {
      duplicate = enabled;
    },
    reorderWebhooks(enabled) {
      newestFirst = enabled;
    },
    dropWebhookDeliveries(times) {
      if (!Number.isInteger(times) || times < 0) throw new Error(`dropped deliveries must be a non-negative integer, got ${times}`);
      dropDeliveries = times;
    },
    clear() {
      rules = [];
      duplicate = false;
      newestFirst = false;
      dropDeliveries = 0;
    },
    pending() {
      return rules.reduce((sum, r) => sum + r.remaining, 0);
    },
    takeApiFault(method, path) {
      const entry = rules.find(
        (r) => (r.rule.method === undefined || r.rule.method === method) && (r.rule.pathPrefix === undefined || path.startsWith(r.rule.pathPrefix)),
      );
      if (!entry) return null;
      entry.remaining -= 1;
      if (entry.remaining === 0) rules = rules.filter((r) => r !== entry);
      return { kind: entry.rule.kind, ms: entry.rule.ms ?? 0 };
    },
    webhookPlan() {
      return { copies: duplicate ? 2 : 1, newestFirst };
    },
    takeWebhookDrop() {
      if (dropDeliveries === 0) return false;
      dropDeliveries -= 1;
      return true;
    },
  };
}
