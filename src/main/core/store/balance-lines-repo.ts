import type BetterSqlite3 from 'better-sqlite3';
import type { BalanceLine, BalanceLineCategory } from '../../../shared/books';

/** A purchase's balance transaction as stored, with the purchase it belongs to. */
export interface StoredBalanceLine extends BalanceLine {
  purchaseId: string;
}

interface Row {
  txn_id: string;
  purchase_id: string;
  category: BalanceLineCategory;
  amount: number;
  fee: number;
  net: number;
  currency: string;
  created_at: string;
}

const toLine = (row: Row): StoredBalanceLine => ({
  id: row.txn_id,
  purchaseId: row.purchase_id,
  category: row.category,
  amount: row.amount,
  fee: row.fee,
  net: row.net,
  currency: row.currency,
  createdAt: row.created_at,
});

export interface BalanceLinesRepo {
  /** Records lines Stripe reported; one already recorded (same Stripe id) is left as it is. Returns how many were new. */
  record(purchaseId: string, lines: readonly BalanceLine[], at: string): number;
  forPurchase(purchaseId: string): StoredBalanceLine[];
  /** Every line of the given purchases, oldest first. */
  forPurchases(purchaseIds: readonly string[]): StoredBalanceLine[];
}

export function createBalanceLinesRepo(db: BetterSqlite3.Database): BalanceLinesRepo {
  const insert = db.prepare<[Row & { recorded_at: string }]>(
    `INSERT INTO balance_lines (txn_id, purchase_id, category, amount, fee, net, currency, created_at, recorded_at)
     VALUES (@txn_id, @purchase_id, @category, @amount, @fee, @net, @currency, @created_at, @recorded_at)
     ON CONFLICT (txn_id) DO NOTHING`,
  );
  const forPurchase = db.prepare<[string], Row>('SELECT * FROM balance_lines WHERE purchase_id = ? ORDER BY created_at, txn_id');
  // json_each keeps one prepared statement for any number of purchases.
  const forPurchases = db.prepare<[string], Row>(
    `SELECT b.* FROM balance_lines b JOIN json_each(?) j ON j.value = b.purchase_id ORDER BY b.created_at, b.txn_id`,
  );
  return {
    record(purchaseId, lines, at) {
      let added = 0;
      for (const line of lines) {
        added += insert.run({
          txn_id: line.id,
          purchase_id: purchaseId,
          category: line.category,
          amount: line.amount,
          fee: line.fee,
          net: line.net,
          currency: line.currency,
          created_at: line.createdAt,
          recorded_at: at,
        }).changes;
      }
      return added;
    },
    forPurchase: (purchaseId) => forPurchase.all(purchaseId).map(toLine),
    forPurchases: (ids) => (ids.length === 0 ? [] : forPurchases.all(JSON.stringify(ids)).map(toLine)),
  };
}
