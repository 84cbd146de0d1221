import Database from 'better-sqlite3';

/** Reads the running studio's database without writing to it (WAL lets a reader in beside the writer). */
export function readStudioDb<T>(path: string, read: (db: Database.Database) => T): T {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** Money actions still owed to Stripe and purchases still open, for a show. */
export function openWork(path: string, showId: string): { pendingActions: number; openPurchases: number } {
  return readStudioDb(path, (db) => ({
    pendingActions: (db.prepare(`SELECT COUNT(*) AS n FROM money_actions WHERE status = 'pending'`).get() as { n: number }).n,
    openPurchases: (
      db
        .prepare(`SELECT COUNT(*) AS n FROM purchases WHERE show_id = ? AND status IN ('pending_payment', 'pending_review', 'accepted')`)
        .get(showId) as { n: number }
    ).n,
  }));
}
