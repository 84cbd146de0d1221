import type { Migration } from './migration';

/**
 * The books: every balance transaction Stripe recorded for a purchase's charge (the charge and its
 * fee, refunds, dispute withdrawals and reinstatements), keyed by Stripe's own id so a line read
 * twice is stored once; the dispute on a purchase as last read from Stripe; and merch shipping.
 */
export const books: Migration = {
  version: 6,
  name: 'books',
  up(db) {
    db.exec(`
      ALTER TABLE purchases ADD COLUMN stripe_charge_id TEXT;
      ALTER TABLE purchases ADD COLUMN dispute TEXT CHECK (dispute IS NULL OR json_valid(dispute));
      ALTER TABLE purchases ADD COLUMN shipped_at TEXT;
      ALTER TABLE purchases ADD COLUMN shipped_by TEXT;
      ALTER TABLE purchases ADD COLUMN tracking_number TEXT;

      CREATE TABLE balance_lines (
        txn_id TEXT PRIMARY KEY,
        purchase_id TEXT NOT NULL REFERENCES purchases (id),
        category TEXT NOT NULL CHECK (category IN ('charge', 'refund', 'dispute', 'dispute_reversal', 'other')),
        amount INTEGER NOT NULL,
        fee INTEGER NOT NULL,
        net INTEGER NOT NULL,
        currency TEXT NOT NULL,
        created_at TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX balance_lines_by_purchase ON balance_lines (purchase_id, created_at);
      CREATE INDEX purchases_by_created ON purchases (created_at);
    `);
  },
};
