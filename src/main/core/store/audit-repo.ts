import type BetterSqlite3 from 'better-sqlite3';
import type { AuditEntry } from '../../../shared/purchases';

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  purchase_id: string | null;
  detail: string;
}

const toEntry = (row: AuditRow): AuditEntry => ({
  id: row.id,
  at: row.at,
  actor: row.actor,
  action: row.action,
  purchaseId: row.purchase_id,
  detail: row.detail,
});

export interface AuditRepo {
  append(entry: Omit<AuditEntry, 'id'>): AuditEntry;
  /** Newest first. */
  recent(limit: number): AuditEntry[];
  /** Oldest first: the story of one purchase. */
  forPurchase(purchaseId: string): AuditEntry[];
}

export function createAuditRepo(db: BetterSqlite3.Database): AuditRepo {
  const insert = db.prepare<[Omit<AuditRow, 'id'>]>(
    'INSERT INTO audit_log (at, actor, action, purchase_id, detail) VALUES (@at, @actor, @action, @purchase_id, @detail)',
  );
  const recent = db.prepare<[number], AuditRow>('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?');
  const forPurchase = db.prepare<[string], AuditRow>('SELECT * FROM audit_log WHERE purchase_id = ? ORDER BY id');

  return {
    append: (entry) => {
      const row = { at: entry.at, actor: entry.actor, action: entry.action, purchase_id: entry.purchaseId, detail: entry.detail };
      const { lastInsertRowid } = insert.run(row);
      return { ...entry, id: Number(lastInsertRowid) };
    },
    recent: (limit) => recent.all(limit).map(toEntry),
    forPurchase: (purchaseId) => forPurchase.all(purchaseId).map(toEntry),
  };
}
