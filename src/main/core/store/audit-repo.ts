import type BetterSqlite3 from 'better-sqlite3';
import { ActivityDetail } from '../../../shared/activity-detail';
import { wordActivity } from '../../../shared/i18n/word-activity';
import type { AuditEntry } from '../../../shared/purchases';

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  purchase_id: string | null;
  detail: string;
  detail_said: string | null;
}

/** The stored reasons, when they are there and still parse (a line from before migration 10 has none). */
function saidOf(row: AuditRow): ActivityDetail | undefined {
  if (row.detail_said === null) return undefined;
  const parsed = ActivityDetail.safeParse(JSON.parse(row.detail_said));
  return parsed.success ? parsed.data : undefined;
}

const toEntry = (row: AuditRow): AuditEntry => {
  const entry: AuditEntry = { id: row.id, at: row.at, actor: row.actor, action: row.action, purchaseId: row.purchase_id, detail: row.detail };
  const said = saidOf(row);
  return said ? { ...entry, said } : entry;
};

/** A new line: what happened as reasons; its English `detail` is written from them. */
export type NewAuditEntry = Omit<AuditEntry, 'id' | 'detail' | 'said'> & { said: ActivityDetail };

export interface AuditRepo {
  append(entry: NewAuditEntry): AuditEntry;
  /** Newest first. */
  recent(limit: number): AuditEntry[];
  /** Oldest first: the story of one purchase. */
  forPurchase(purchaseId: string): AuditEntry[];
}

export function createAuditRepo(db: BetterSqlite3.Database): AuditRepo {
  const insert = db.prepare<[Omit<AuditRow, 'id'>]>(
    'INSERT INTO audit_log (at, actor, action, purchase_id, detail, detail_said) VALUES (@at, @actor, @action, @purchase_id, @detail, @detail_said)',
  );
  const recent = db.prepare<[number], AuditRow>('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?');
  const forPurchase = db.prepare<[string], AuditRow>('SELECT * FROM audit_log WHERE purchase_id = ? ORDER BY id');

  return {
    append: ({ said, ...entry }) => {
      // The core builds every part with `said()` (core/activity), whose ids are the catalogs': the English is always there.
      const detail = wordActivity(said, 'en') ?? '';
      const row = { at: entry.at, actor: entry.actor, action: entry.action, purchase_id: entry.purchaseId, detail, detail_said: JSON.stringify(said) };
      const { lastInsertRowid } = insert.run(row);
      return { ...entry, id: Number(lastInsertRowid), detail, said };
    },
    recent: (limit) => recent.all(limit).map(toEntry),
    forPurchase: (purchaseId) => forPurchase.all(purchaseId).map(toEntry),
  };
}
