import type BetterSqlite3 from 'better-sqlite3';

/** Which provider events were already applied, and how far the Events API poller has read. */
export interface StripeEventsRepo {
  /** True when the event is new (and is now recorded); false when it was already processed. */
  markProcessed(eventId: string, purchaseId: string | null, now: string): boolean;
  isProcessed(eventId: string): boolean;
  cursor(): string | null;
  setCursor(eventId: string, now: string): void;
}

export function createStripeEventsRepo(db: BetterSqlite3.Database): StripeEventsRepo {
  const mark = db.prepare<[string, string, string | null]>(
    `INSERT INTO processed_stripe_events (event_id, received_at, purchase_id) VALUES (?, ?, ?)
     ON CONFLICT (event_id) DO NOTHING`,
  );
  const seen = db.prepare<[string], number>('SELECT 1 FROM processed_stripe_events WHERE event_id = ?').pluck();
  const cursor = db.prepare<[], string>('SELECT event_id FROM payment_cursor WHERE id = 1').pluck();
  const setCursor = db.prepare<[string, string]>(
    `INSERT INTO payment_cursor (id, event_id, updated_at) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET event_id = excluded.event_id, updated_at = excluded.updated_at`,
  );
  return {
    markProcessed: (eventId, purchaseId, now) => mark.run(eventId, now, purchaseId).changes === 1,
    isProcessed: (eventId) => seen.get(eventId) !== undefined,
    cursor: () => cursor.get() ?? null,
    setCursor: (eventId, now) => void setCursor.run(eventId, now),
  };
}
