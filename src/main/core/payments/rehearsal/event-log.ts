import type Stripe from 'stripe';
import type { Db } from './db';
import { eventIdFor } from './ids';
import { buildEvent, type EmittedEventObjects, type EmittedEventType } from './objects/event';
import { pageOf, type Page, type PageRequest } from './paging';

export interface EventFilter {
  /** Exact types (`types[]`) or one type with `*` wildcards (`type=charge.*`). */
  types?: string[];
  typePattern?: string;
}

export interface EventLogHooks {
  /** Whether a webhook endpoint is configured now; its events go to the outbox in the same transaction. */
  webhookActive(): boolean;
  /** Called after each event queued for the webhook; delivery starts once the transaction has committed. */
  appended(): void;
}

/**
 * Stripe's event stream: append-only, ids in creation order, each event a snapshot of its object.
 * Appends run inside the caller's transaction, so an event exists exactly when its change does.
 */
export class EventLog {
  constructor(
    private readonly db: Db,
    private readonly hooks: EventLogHooks,
  ) {}

  append<T extends EmittedEventType>(
    type: T,
    object: EmittedEventObjects[T],
    created: number,
    request: Stripe.Event.Request,
  ): Stripe.Event {
    const { next } = this.db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM events').get() as { next: number };
    const webhook = this.hooks.webhookActive();
    const event: Stripe.Event = buildEvent({ id: eventIdFor(next), type, object, created, pendingWebhooks: webhook ? 1 : 0, request });
    this.db
      .prepare('INSERT INTO events (seq, id, type, created, json) VALUES (?, ?, ?, ?, ?)')
      .run(next, event.id, type, created, JSON.stringify(event));
    if (webhook) {
      this.db.prepare('INSERT INTO webhook_outbox (event_seq, next_attempt_ms) VALUES (?, 0)').run(next);
      this.hooks.appended();
    }
    return event;
  }

  get(id: string): Stripe.Event | null {
    const row = this.db.prepare('SELECT json FROM events WHERE id = ?').get(id) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as Stripe.Event) : null;
  }

  list(filter: EventFilter, page: PageRequest): Page<Stripe.Event> {
    const where: string[] = ['1 = 1'];
    const args: (string | number)[] = [];
    if (filter.types && filter.types.length > 0) {
      where.push(`type IN (${filter.types.map(() => '?').join(', ')})`);
      args.push(...filter.types);
    }
    if (filter.typePattern !== undefined) {
      where.push("type LIKE ? ESCAPE '\\'");
      args.push(filter.typePattern.replace(/[\\%_]/g, (c) => `\\${c}`).replace(/\*/g, '%'));
    }
    return pageOf(this.db, { table: 'events', where, args, cursorKind: 'event' }, page, (json) => JSON.parse(json) as Stripe.Event);
  }

  /** `pending_webhooks` counts down as the endpoint acknowledges (or we give up on) an event. */
  settleWebhook(seq: number): void {
    this.db
      .prepare("UPDATE events SET json = json_set(json, '$.pending_webhooks', 0) WHERE seq = ?")
      .run(seq);
  }
}
