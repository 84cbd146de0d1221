import Stripe from 'stripe';
import { backoffDelay } from '../../../../shared/backoff';
import type { Logger } from '../../log';
import type { Db } from './db';
import type { EventLog } from './event-log';
import type { FaultInjector } from './faults';

export interface WebhookTarget {
  url: string;
  secret: string;
}

export interface WebhookRetry {
  /** Deliveries tried per event before giving up on it. */
  attempts: number;
  /** Wait after the first failure; doubles after each further failure, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs?: number;
  /** Per delivery; a receiver slower than this counts as a failure. */
  timeoutMs?: number;
}

export const DEFAULT_WEBHOOK_RETRY: Required<WebhookRetry> = {
  attempts: 8,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  timeoutMs: 10_000,
};

interface OutboxHead {
  event_seq: number;
  attempts: number;
  next_attempt_ms: number;
  json: string;
}

/**
 * Delivers events to the configured endpoint, one at a time and in creation order, each POST
 * signed with a real `Stripe-Signature`. Failed deliveries are retried with exponential backoff;
 * later events wait, so order holds. The queue is a table, so deliveries survive a restart, and
 * the API never waits for any of it.
 *
 * Signature timestamps use the wall clock, not the server's injectable business clock: they are
 * checked against the receiver's clock.
 */
export class WebhookDispatcher {
  private target: WebhookTarget | null = null;
  private running = false;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private readonly abort = new AbortController();
  private current: Promise<void> | null = null;
  private readonly retry: Required<WebhookRetry>;

  constructor(
    private readonly db: Db,
    private readonly events: EventLog,
    private readonly faults: FaultInjector,
    private readonly log: Logger,
    retry: WebhookRetry | undefined,
  ) {
    this.retry = { ...DEFAULT_WEBHOOK_RETRY, ...(retry ?? {}) };
    if (!Number.isInteger(this.retry.attempts) || this.retry.attempts < 1) throw new Error('webhook retry attempts must be at least 1');
  }

  active(): boolean {
    return this.target !== null;
  }

  /** Null stops delivery and drops what was queued, as disabling an endpoint at Stripe does. */
  setTarget(target: WebhookTarget | null): void {
    if (target) {
      const url = new URL(target.url);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('webhook url must be http or https');
      if (!target.secret) throw new Error('webhook secret is required');
      this.target = { url: target.url, secret: target.secret };
      this.kick();
      return;
    }
    this.target = null;
    const seqs = this.db.prepare('SELECT event_seq FROM webhook_outbox').all() as { event_seq: number }[];
    this.db.transaction(() => {
      for (const { event_seq } of seqs) this.events.settleWebhook(event_seq);
      this.db.prepare('DELETE FROM webhook_outbox').run();
    })();
  }

  /** Something may be deliverable: start the loop unless it is already running. */
  kick(): void {
    if (this.abort.signal.aborted) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = true;
    // After the current synchronous work, so the transaction that queued the event has committed.
    this.current = new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.drain());
  }

  /** Events still waiting for a successful delivery. */
  pending(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM webhook_outbox').get() as { n: number }).n;
  }

  async close(): Promise<void> {
    this.abort.abort();
    if (this.timer) clearTimeout(this.timer);
    await this.current;
  }

  private async drain(): Promise<void> {
    try {
      for (;;) {
        this.again = false;
        const target = this.target;
        if (!target || this.abort.signal.aborted) return;
        // In creation order, unless a fault asks for the newest first (out-of-order delivery).
        const order = this.faults.webhookPlan().newestFirst ? 'DESC' : 'ASC';
        const head = this.db
          .prepare(
            `SELECT o.event_seq, o.attempts, o.next_attempt_ms, e.json FROM webhook_outbox o
               JOIN events e ON e.seq = o.event_seq ORDER BY o.event_seq ${order} LIMIT 1`,
          )
          .get() as OutboxHead | undefined;
        if (!head) return;
        const wait = head.next_attempt_ms - Date.now();
        if (wait > 0) {
          this.timer = setTimeout(() => this.kick(), wait);
          return;
        }
        const delivered = await this.deliver(target, head.json);
        if (this.abort.signal.aborted) return;
        this.settle(head, delivered);
      }
    } catch (error) {
      this.log.error('rehearsal webhook dispatcher stopped', { error });
    } finally {
      this.running = false;
      if (this.again) this.kick();
    }
  }

  private settle(head: OutboxHead, delivered: boolean): void {
    const attempts = head.attempts + 1;
    if (delivered || attempts >= this.retry.attempts) {
      if (!delivered) this.log.warn('rehearsal webhook given up', { event_seq: head.event_seq, attempts });
      this.db.transaction(() => {
        this.db.prepare('DELETE FROM webhook_outbox WHERE event_seq = ?').run(head.event_seq);
        this.events.settleWebhook(head.event_seq);
      })();
      return;
    }
    const delay = backoffDelay(attempts, { baseMs: this.retry.baseDelayMs, maxMs: this.retry.maxDelayMs });
    this.db
      .prepare('UPDATE webhook_outbox SET attempts = ?, next_attempt_ms = ? WHERE event_seq = ?')
      .run(attempts, Date.now() + delay, head.event_seq);
  }

  private async deliver(target: WebhookTarget, eventJson: string): Promise<boolean> {
    // Stripe sends the event pretty-printed; receivers must verify the exact bytes they got.
    const payload = JSON.stringify(JSON.parse(eventJson) as unknown, null, 2);
    if (this.faults.takeWebhookDrop()) return false;
    const { copies } = this.faults.webhookPlan();
    let delivered = false;
    for (let copy = 0; copy < copies; copy += 1) {
      const ok = await this.post(target, payload);
      delivered ||= ok;
      if (!ok) break;
    }
    return delivered;
  }

  private async post(target: WebhookTarget, payload: string): Promise<boolean> {
    const signature = Stripe.webhooks.generateTestHeaderString({
      payload,
      secret: target.secret,
      timestamp: Math.floor(Date.now() / 1000),
    });
    try {
      const response = await fetch(target.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'Stripe-Signature': signature,
          'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
        },
        body: payload,
        signal: AbortSignal.any([this.abort.signal, AbortSignal.timeout(this.retry.timeoutMs)]),
        redirect: 'manual',
      });
      await response.arrayBuffer();
      return response.status >= 200 && response.status < 300;
    } catch (error) {
      if (!this.abort.signal.aborted) this.log.warn('rehearsal webhook delivery failed', { url: target.url, error });
      return false;
    }
  }
}
