import type { Migration } from './migration';

/**
 * Email to buyers (core/mail). `mail_outbox` is durable like money_actions: a message is written
 * in the same transaction as the fact that causes it (a payment, an accept, a call, a selfie), so a
 * crash never loses one, and its `dedupe_key` (`<kind>-<purchaseId>`) is UNIQUE, so nothing causes
 * it twice. It keeps what is needed to render the message at send time (`data`: a tracking number,
 * the purchases a resend lists), never a rendered message or a token.
 *
 * `receipt_links`: receipt tokens minted for emailed links, sha256 only (like the checkout's own
 * receipt token in `purchases`), so either opens the receipt and the join link derived from it.
 *
 * NUMBERING: this is the books branch's sibling. The runner requires versions 1..n without gaps
 * (runner.ts checkSequence), so on this branch it is version 6; when 0006 lands it becomes 7.
 */
export const mail: Migration = {
  version: 7,
  name: 'mail',
  up(db) {
    db.exec(`
      CREATE TABLE mail_outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        purchase_id TEXT REFERENCES purchases (id),
        kind TEXT NOT NULL CHECK (kind IN ('receipt', 'accepted', 'next', 'selfie', 'shipped', 'resend')),
        recipient TEXT NOT NULL,
        dedupe_key TEXT NOT NULL UNIQUE,
        data TEXT NOT NULL DEFAULT '{}',
        state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed', 'skipped')),
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_error TEXT,
        next_attempt_at TEXT,
        created_at TEXT NOT NULL,
        sent_at TEXT
      ) STRICT;
      CREATE INDEX mail_outbox_due ON mail_outbox (state, next_attempt_at);
      CREATE INDEX mail_outbox_by_purchase ON mail_outbox (purchase_id);

      CREATE TABLE receipt_links (
        token_hash TEXT PRIMARY KEY,
        purchase_id TEXT NOT NULL REFERENCES purchases (id),
        reason TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX receipt_links_by_purchase ON receipt_links (purchase_id);
      CREATE INDEX purchases_by_buyer_email ON purchases (buyer_email COLLATE NOCASE);
    `);
  },
};
