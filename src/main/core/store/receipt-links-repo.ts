import type BetterSqlite3 from 'better-sqlite3';

/**
 * Receipt tokens minted for emailed links (core/mail): sha256 only, like the checkout's receipt
 * token on the purchase. Either kind opens the same receipt (queue/receipt-view.ts).
 */
export interface ReceiptLinksRepo {
  insert(link: { tokenHash: string; purchaseId: string; reason: string; createdAt: string }): void;
  find(tokenHash: string): { tokenHash: string; purchaseId: string } | null;
  /**
   * The buyer's purchases (by the email Stripe collected) made since `since`, newest first: what a
   * "send my receipt again" lists. Unpaid and expired checkouts are left out.
   */
  purchaseIdsForEmail(email: string, since: string, limit: number): string[];
}

export function createReceiptLinksRepo(db: BetterSqlite3.Database): ReceiptLinksRepo {
  const insert = db.prepare<[{ token_hash: string; purchase_id: string; reason: string; created_at: string }]>(
    'INSERT INTO receipt_links (token_hash, purchase_id, reason, created_at) VALUES (@token_hash, @purchase_id, @reason, @created_at)',
  );
  const find = db.prepare<[string], { token_hash: string; purchase_id: string }>('SELECT token_hash, purchase_id FROM receipt_links WHERE token_hash = ?');
  const byEmail = db
    .prepare<[string, string, number], string>(
      `SELECT p.id FROM purchases p
       WHERE p.buyer_email = ? COLLATE NOCASE AND p.created_at >= ? AND p.status NOT IN ('pending_payment', 'expired')
       ORDER BY p.created_at DESC LIMIT ?`,
    )
    .pluck();
  return {
    insert: (link) => void insert.run({ token_hash: link.tokenHash, purchase_id: link.purchaseId, reason: link.reason, created_at: link.createdAt }),
    find: (hash) => {
      const row = find.get(hash);
      return row ? { tokenHash: row.token_hash, purchaseId: row.purchase_id } : null;
    },
    purchaseIdsForEmail: (email, since, limit) => byEmail.all(email, since, limit),
  };
}
