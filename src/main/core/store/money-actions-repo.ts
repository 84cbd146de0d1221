import type BetterSqlite3 from 'better-sqlite3';
import { newId } from './ids';

export const MONEY_ACTION_KINDS = ['cancel', 'capture', 'refund', 'expire_checkout'] as const;
export type MoneyActionKind = (typeof MONEY_ACTION_KINDS)[number];
export type MoneyActionStatus = 'pending' | 'done' | 'failed';

/** A call the payment gateway owes the provider, with what it needs to make it. */
export interface MoneyAction {
  id: string;
  purchaseId: string;
  kind: MoneyActionKind;
  /** Sent to the provider with the call, so a retry after a crash never acts twice. */
  idempotencyKey: string;
  status: MoneyActionStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string;
  createdAt: string;
  updatedAt: string;
  paymentIntentId: string | null;
  checkoutSessionId: string | null;
  amount: number;
  currency: string;
}

interface ActionRow {
  id: string;
  purchase_id: string;
  kind: MoneyActionKind;
  idempotency_key: string;
  status: MoneyActionStatus;
  attempts: number;
  last_error: string | null;
  next_attempt_at: string;
  created_at: string;
  updated_at: string;
  stripe_payment_intent_id: string | null;
  stripe_session_id: string | null;
  amount: number;
  currency: string;
}

const SELECT = `
  SELECT m.*, p.stripe_payment_intent_id, p.stripe_session_id, p.amount, p.currency
  FROM money_actions m JOIN purchases p ON p.id = m.purchase_id`;

const toAction = (row: ActionRow): MoneyAction => ({
  id: row.id,
  purchaseId: row.purchase_id,
  kind: row.kind,
  idempotencyKey: row.idempotency_key,
  status: row.status,
  attempts: row.attempts,
  lastError: row.last_error,
  nextAttemptAt: row.next_attempt_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  paymentIntentId: row.stripe_payment_intent_id,
  checkoutSessionId: row.stripe_session_id,
  amount: row.amount,
  currency: row.currency,
});

/** One action of each kind per purchase, ever: the key is derived from our own ids. */
export const idempotencyKeyFor = (kind: MoneyActionKind, purchaseId: string): string => `${kind}-${purchaseId}`;

export interface MoneyActionsRepo {
  /**
   * Records that `kind` must happen for the purchase. `armed` is true when this call made it
   * pending: newly created, or a failed one given another chance. A pending or done action stays
   * as it is, so the same effect can never be enqueued twice.
   */
  enqueue(purchaseId: string, kind: MoneyActionKind, now: string): { action: MoneyAction; armed: boolean };
  get(id: string): MoneyAction | null;
  /** Pending actions whose next attempt is due, oldest first. */
  due(now: string, limit: number): MoneyAction[];
  forPurchase(purchaseId: string): MoneyAction[];
  markDone(id: string, now: string): void;
  /** Counts a failed attempt; `retryAt` null gives up (status failed). */
  recordFailure(id: string, error: string, now: string, retryAt: string | null): void;
}

export function createMoneyActionsRepo(db: BetterSqlite3.Database): MoneyActionsRepo {
  const insert = db.prepare<[{ id: string; purchase_id: string; kind: string; key: string; now: string }]>(
    `INSERT INTO money_actions (id, purchase_id, kind, idempotency_key, status, attempts, next_attempt_at,
       created_at, updated_at)
     VALUES (@id, @purchase_id, @kind, @key, 'pending', 0, @now, @now, @now)
     ON CONFLICT (idempotency_key) DO NOTHING`,
  );
  const rearm = db.prepare<[{ key: string; now: string }]>(
    `UPDATE money_actions SET status = 'pending', next_attempt_at = @now, updated_at = @now
     WHERE idempotency_key = @key AND status = 'failed'`,
  );
  const byKey = db.prepare<[string], ActionRow>(`${SELECT} WHERE m.idempotency_key = ?`);
  const byId = db.prepare<[string], ActionRow>(`${SELECT} WHERE m.id = ?`);
  const due = db.prepare<[string, number], ActionRow>(
    `${SELECT} WHERE m.status = 'pending' AND m.next_attempt_at <= ? ORDER BY m.created_at, m.id LIMIT ?`,
  );
  const forPurchase = db.prepare<[string], ActionRow>(`${SELECT} WHERE m.purchase_id = ? ORDER BY m.created_at, m.id`);
  const markDone = db.prepare<[string, string]>(
    `UPDATE money_actions SET status = 'done', last_error = NULL, updated_at = ? WHERE id = ?`,
  );
  const recordFailure = db.prepare<[{ id: string; error: string; now: string; retry_at: string | null }]>(
    `UPDATE money_actions SET attempts = attempts + 1, last_error = @error, updated_at = @now,
       status = CASE WHEN @retry_at IS NULL THEN 'failed' ELSE 'pending' END,
       next_attempt_at = COALESCE(@retry_at, next_attempt_at)
     WHERE id = @id AND status = 'pending'`,
  );

  const byKeyOrThrow = (key: string): MoneyAction => {
    const row = byKey.get(key);
    if (!row) throw new Error(`Money action ${key} vanished inside its transaction`);
    return toAction(row);
  };

  return {
    enqueue: (purchaseId, kind, now) => {
      const key = idempotencyKeyFor(kind, purchaseId);
      const created = insert.run({ id: newId('mact'), purchase_id: purchaseId, kind, key, now }).changes === 1;
      const armed = created || rearm.run({ key, now }).changes === 1;
      return { action: byKeyOrThrow(key), armed };
    },
    get: (id) => {
      const row = byId.get(id);
      return row ? toAction(row) : null;
    },
    due: (now, limit) => due.all(now, limit).map(toAction),
    forPurchase: (purchaseId) => forPurchase.all(purchaseId).map(toAction),
    markDone: (id, now) => void markDone.run(now, id),
    recordFailure: (id, error, now, retryAt) => void recordFailure.run({ id, error, now, retry_at: retryAt }),
  };
}
