import type BetterSqlite3 from 'better-sqlite3';
import type { MailKind, MailMessage, MailMessageState } from '../../../shared/mail';

/** A message owed to a buyer, with what its rendering needs (never the rendered text or a token). */
export interface OutboxRecord {
  message: MailMessage;
  dedupeKey: string;
  data: Record<string, unknown>;
}

interface OutboxRow {
  id: number;
  purchase_id: string | null;
  kind: MailKind;
  recipient: string;
  dedupe_key: string;
  data: string;
  state: MailMessageState;
  attempts: number;
  last_error: string | null;
  next_attempt_at: string | null;
  created_at: string;
  sent_at: string | null;
}

const toRecord = (row: OutboxRow): OutboxRecord => ({
  message: {
    id: row.id,
    kind: row.kind,
    purchaseId: row.purchase_id,
    recipient: row.recipient,
    state: row.state,
    attempts: row.attempts,
    lastError: row.last_error,
    nextAttemptAt: row.next_attempt_at,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  },
  dedupeKey: row.dedupe_key,
  data: JSON.parse(row.data) as Record<string, unknown>,
});

export interface NewOutboxMessage {
  kind: MailKind;
  purchaseId: string | null;
  recipient: string;
  dedupeKey: string;
  data?: Record<string, unknown>;
}

export interface MailOutboxRepo {
  /** Queues the message unless one with its key exists (sent or not): true when this call queued it. */
  enqueue(message: NewOutboxMessage, now: string): boolean;
  get(id: number): OutboxRecord | null;
  /** Pending messages due at `now`, oldest first. */
  due(now: string, limit: number): OutboxRecord[];
  /** The earliest time a pending message becomes due (null: none pending). */
  nextDueAt(): string | null;
  recent(limit: number): OutboxRecord[];
  countFailed(): number;
  markSent(id: number, now: string): boolean;
  markSkipped(id: number, reason: string): boolean;
  /** Counts the attempt; `retryAt` null gives up (failed). */
  recordFailure(id: number, error: string, retryAt: string | null): boolean;
  /** A failed message given another round of attempts. */
  rearm(id: number, now: string): boolean;
}

export function createMailOutboxRepo(db: BetterSqlite3.Database): MailOutboxRepo {
  const insert = db.prepare<[{ purchase_id: string | null; kind: string; recipient: string; key: string; data: string; now: string }]>(
    `INSERT INTO mail_outbox (purchase_id, kind, recipient, dedupe_key, data, state, attempts, next_attempt_at, created_at)
     VALUES (@purchase_id, @kind, @recipient, @key, @data, 'pending', 0, @now, @now)
     ON CONFLICT (dedupe_key) DO NOTHING`,
  );
  const byId = db.prepare<[number], OutboxRow>('SELECT * FROM mail_outbox WHERE id = ?');
  const due = db.prepare<[string, number], OutboxRow>(
    `SELECT * FROM mail_outbox WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?`,
  );
  const nextDue = db.prepare<[], string | null>(`SELECT MIN(next_attempt_at) FROM mail_outbox WHERE state = 'pending'`).pluck();
  const recent = db.prepare<[number], OutboxRow>('SELECT * FROM mail_outbox ORDER BY id DESC LIMIT ?');
  const countFailed = db.prepare<[], number>(`SELECT COUNT(*) FROM mail_outbox WHERE state = 'failed'`).pluck();
  const markSent = db.prepare<[string, number]>(
    `UPDATE mail_outbox SET state = 'sent', sent_at = ?, last_error = NULL, next_attempt_at = NULL WHERE id = ? AND state = 'pending'`,
  );
  const markSkipped = db.prepare<[string, number]>(
    `UPDATE mail_outbox SET state = 'skipped', last_error = ?, next_attempt_at = NULL WHERE id = ? AND state = 'pending'`,
  );
  const recordFailure = db.prepare<[{ id: number; error: string; retry_at: string | null }]>(
    `UPDATE mail_outbox SET attempts = attempts + 1, last_error = @error, next_attempt_at = @retry_at,
       state = CASE WHEN @retry_at IS NULL THEN 'failed' ELSE 'pending' END
     WHERE id = @id AND state = 'pending'`,
  );
  const rearm = db.prepare<[string, number]>(
    `UPDATE mail_outbox SET state = 'pending', attempts = 0, next_attempt_at = ? WHERE id = ? AND state = 'failed'`,
  );
  return {
    enqueue: (m, now) =>
      insert.run({ purchase_id: m.purchaseId, kind: m.kind, recipient: m.recipient, key: m.dedupeKey, data: JSON.stringify(m.data ?? {}), now }).changes === 1,
    get: (id) => {
      const row = byId.get(id);
      return row ? toRecord(row) : null;
    },
    due: (now, limit) => due.all(now, limit).map(toRecord),
    nextDueAt: () => nextDue.get() ?? null,
    recent: (limit) => recent.all(limit).map(toRecord),
    countFailed: () => countFailed.get() ?? 0,
    markSent: (id, now) => markSent.run(now, id).changes === 1,
    markSkipped: (id, reason) => markSkipped.run(reason, id).changes === 1,
    recordFailure: (id, error, retryAt) => recordFailure.run({ id, error, retry_at: retryAt }).changes === 1,
    rearm: (id, now) => rearm.run(now, id).changes === 1,
  };
}
