import type BetterSqlite3 from 'better-sqlite3';

export const MONEY_ACTION_KINDS = ['cancel', 'capture', 'refund', 'expire_checkout'] as const;
export type MoneyActionKind = (typeof MONEY_ACTION_KINDS)[number];
export type MoneyActionStatus = 'pending' | 'done' | 'failed';

/** A call the payment gateway owes the provider, with what it needs to make it. */
export interface MoneyAction {
  id: number;
  purchaseId: string;
  kind: MoneyActionKind;
  /** Sent to the provider with the call, so a retry after a crash never acts twice. */
  idempotencyKey: string;
  status: MoneyActionStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
  /** The provider objects to act on, read from the purchase when the action is read. */
  purchase: { purchaseId: string; stripeSessionId: string | null; stripePaymentIntentId: string | null };
  amount: number;
  currency: string;
}

interface ActionRow {
  id: number;
  purchase_id: string;
  kind: MoneyActionKind;
  idempotency_key: string;
  status: MoneyActionStatus;
  attempts: number;
  last_error: string | null;
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
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  purchase: {
    purchaseId: row.purchase_id,
    stripeSessionId: row.stripe_session_id,
    stripePaymentIntentId: row.stripe_payment_intent_id,
  },
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
  get(id: number): MoneyAction | null;
  /** Pending actions, oldest first. The worker that carries them out owns retry timing. */
  pending(limit: number): MoneyAction[];
  forPurchase(purchaseId: string): MoneyAction[];
  markDone(id: number, now: string): void;
  /** Counts a failed attempt; not retryable gives up (status failed). */
  recordFailure(id: number, error: string, retryable: boolean, now: string): void;
}

export function createMoneyActionsRepo(db: BetterSqlite3.Database): MoneyActionsRepo {
  const insert = db.prepare<[{ purchase_id: string; kind: string; key: string; now: string }]>(
    `INSERT INTO money_actions (purchase_id, kind, idempotency_key, status, attempts, created_at, updated_at)
     VALUES (@purchase_id, @kind, @key, 'pending', 0, @now, @now)
     ON CONFLICT (idempotency_key) DO NOTHING`,
  );
  const rearm = db.prepare<[{ key: string; now: string }]>(
    `UPDATE money_actions SET status = 'pending', updated_at = @now WHERE idempotency_key = @key AND status = 'failed'`,
  );
  const byKey = db.prepare<[string], ActionRow>(`${SELECT} WHERE m.idempotency_key = ?`);
  const byId = db.prepare<[number], ActionRow>(`${SELECT} WHERE m.id = ?`);
  const pending = db.prepare<[number], ActionRow>(`${SELECT} WHERE m.status = 'pending' ORDER BY m.id LIMIT ?`);
  const forPurchase = db.prepare<[string], ActionRow>(`${SELECT} WHERE m.purchase_id = ? ORDER BY m.id`);
  const markDone = db.prepare<[string, number]>(
    `UPDATE money_actions SET status = 'done', last_error = NULL, updated_at = ? WHERE id = ?`,
  );
  const recordFailure = db.prepare<[{ id: number; error: string; now: string; final: 0 | 1 }]>(
    `UPDATE money_actions SET attempts = attempts + 1, last_error = @error, updated_at = @now,
       status = CASE WHEN @final = 1 THEN 'failed' ELSE 'pending' END
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
      const created = insert.run({ purchase_id: purchaseId, kind, key, now }).changes === 1;
      const armed = created || rearm.run({ key, now }).changes === 1;
      return { action: byKeyOrThrow(key), armed };
    },
    get: (id) => {
      const row = byId.get(id);
      return row ? toAction(row) : null;
    },
    pending: (limit) => pending.all(limit).map(toAction),
    forPurchase: (purchaseId) => forPurchase.all(purchaseId).map(toAction),
    markDone: (id, now) => void markDone.run(now, id),
    recordFailure: (id, error, retryable, now) => void recordFailure.run({ id, error, now, final: retryable ? 0 : 1 }),
  };
}
