import type { Migration } from './migration';

const PURCHASE_KINDS = `('tip', 'gift', 'merch', 'hotseat')`;
const PURCHASE_STATUSES = `('pending_payment', 'pending_review', 'accepted', 'rejected', 'paid', 'refunded', 'expired', 'cancelled')`;
const PAYMENT_STATES = `('none', 'authorized', 'captured', 'canceled', 'refunded', 'failed')`;
const MESSAGE_STATUSES = `('none', 'held', 'approved', 'rejected')`;

/**
 * The first schema: shows, offers, purchases, the money-action outbox, processed Stripe events,
 * the Events API cursor, settings and the audit log. Timestamps are ISO-8601 UTC strings, so text
 * order is time order. Amounts are integers in minor units.
 */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE shows (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        slug TEXT NOT NULL UNIQUE,
        currency TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'live', 'ended')),
        created_at TEXT NOT NULL,
        started_at TEXT,
        ended_at TEXT
      ) STRICT;
      -- At most one live show, enforced by the database itself.
      CREATE UNIQUE INDEX shows_one_live ON shows (status) WHERE status = 'live';

      CREATE TABLE offers (
        id TEXT PRIMARY KEY,
        show_id TEXT NOT NULL REFERENCES shows (id),
        kind TEXT NOT NULL CHECK (kind IN ${PURCHASE_KINDS}),
        title TEXT NOT NULL,
        active INTEGER NOT NULL CHECK (active IN (0, 1)),
        sort_order INTEGER NOT NULL,
        -- Kind-specific fields (prices, limits, variants with their stock) as validated JSON.
        config TEXT NOT NULL CHECK (json_valid(config)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX offers_by_show ON offers (show_id, sort_order);

      CREATE TABLE purchases (
        id TEXT PRIMARY KEY,
        show_id TEXT NOT NULL REFERENCES shows (id),
        offer_id TEXT NOT NULL REFERENCES offers (id),
        offer_title TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ${PURCHASE_KINDS}),
        format TEXT CHECK (format IN ('qa', 'chat', 'selfie')),
        status TEXT NOT NULL CHECK (status IN ${PURCHASE_STATUSES}),
        payment TEXT NOT NULL CHECK (payment IN ${PAYMENT_STATES}),
        amount INTEGER NOT NULL CHECK (amount >= 0),
        currency TEXT NOT NULL,
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        buyer_name TEXT NOT NULL,
        buyer_key TEXT NOT NULL,
        buyer_email TEXT,
        message TEXT,
        message_status TEXT NOT NULL CHECK (message_status IN ${MESSAGE_STATUSES}),
        message_moderated_by TEXT,
        question TEXT,
        variant_id TEXT,
        variant_label TEXT,
        shipping TEXT CHECK (shipping IS NULL OR json_valid(shipping)),
        version INTEGER NOT NULL CHECK (version >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        paid_at TEXT,
        decided_at TEXT,
        decided_by TEXT,
        stripe_session_id TEXT UNIQUE,
        stripe_payment_intent_id TEXT,
        checkout_url TEXT,
        -- sha256 of the receipt token; the token itself is only ever in the buyer's hands.
        receipt_token_hash TEXT NOT NULL UNIQUE,
        CHECK (kind <> 'merch' OR variant_id IS NOT NULL),
        CHECK ((kind = 'hotseat') = (format IS NOT NULL))
      ) STRICT;
      CREATE INDEX purchases_by_show ON purchases (show_id, created_at);
      CREATE INDEX purchases_queue ON purchases (show_id, kind, status, paid_at);
      CREATE INDEX purchases_holding ON purchases (offer_id, status, variant_id);
      CREATE INDEX purchases_by_buyer ON purchases (offer_id, buyer_key, status);
      CREATE INDEX purchases_by_payment_intent ON purchases (stripe_payment_intent_id)
        WHERE stripe_payment_intent_id IS NOT NULL;

      CREATE TABLE processed_stripe_events (
        event_id TEXT PRIMARY KEY,
        received_at TEXT NOT NULL,
        purchase_id TEXT REFERENCES purchases (id)
      ) STRICT;

      -- Outbox of calls to the payment provider, written in the same transaction as the decision
      -- that needs them, so a crash can delay a cancel/capture/refund but never lose or repeat it.
      CREATE TABLE money_actions (
        id INTEGER PRIMARY KEY,
        purchase_id TEXT NOT NULL REFERENCES purchases (id),
        kind TEXT NOT NULL CHECK (kind IN ('cancel', 'capture', 'refund', 'expire_checkout')),
        idempotency_key TEXT NOT NULL UNIQUE,
        status TEXT NOT NULL CHECK (status IN ('pending', 'done', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_error TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX money_actions_pending ON money_actions (status, id);
      CREATE INDEX money_actions_by_purchase ON money_actions (purchase_id, status);

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        purchase_id TEXT REFERENCES purchases (id),
        detail TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_by_purchase ON audit_log (purchase_id) WHERE purchase_id IS NOT NULL;

      -- The Events API cursor: the id of the newest Stripe event already read. One row at most.
      CREATE TABLE payment_cursor (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        event_id TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
