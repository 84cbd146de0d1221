import type { Migration } from './migration';

const PURCHASE_KINDS = `('tip', 'gift', 'merch', 'hotseat')`;
const PURCHASE_STATUSES = `('pending_payment', 'pending_review', 'accepted', 'rejected', 'paid', 'refunded', 'expired', 'cancelled', 'on_air', 'completed', 'no_show')`;
const PAYMENT_STATES = `('none', 'authorized', 'captured', 'canceled', 'refunded', 'failed')`;
const MESSAGE_STATUSES = `('none', 'held', 'approved', 'rejected')`;

/**
 * Guests on air. Purchases gain the statuses on_air, completed and no_show: SQLite cannot change a
 * CHECK in place, so the table is rebuilt (the documented create-copy-drop-rename procedure, run
 * with foreign keys off and checked before commit). Then: seats (a guest's place in a show, from
 * a hot-seat purchase or a free invite), the intervals during which a seat's airtime ran, and join
 * tokens (only their sha256 is kept).
 */
export const guests: Migration = {
  version: 3,
  name: 'guests',
  rebuildsTables: true,
  up(db) {
    db.exec(`
      CREATE TABLE purchases_next (
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
        receipt_token_hash TEXT NOT NULL UNIQUE,
        CHECK (kind <> 'merch' OR variant_id IS NOT NULL),
        CHECK ((kind = 'hotseat') = (format IS NOT NULL))
      ) STRICT;
      INSERT INTO purchases_next SELECT
        id, show_id, offer_id, offer_title, kind, format, status, payment, amount, currency, quantity,
        buyer_name, buyer_key, buyer_email, message, message_status, message_moderated_by, question,
        variant_id, variant_label, shipping, version, created_at, updated_at, paid_at, decided_at,
        decided_by, stripe_session_id, stripe_payment_intent_id, checkout_url, receipt_token_hash
      FROM purchases;
      DROP TABLE purchases;
      ALTER TABLE purchases_next RENAME TO purchases;
      CREATE INDEX purchases_by_show ON purchases (show_id, created_at);
      CREATE INDEX purchases_queue ON purchases (show_id, kind, status, paid_at);
      CREATE INDEX purchases_holding ON purchases (offer_id, status, variant_id);
      CREATE INDEX purchases_by_buyer ON purchases (offer_id, buyer_key, status);
      CREATE INDEX purchases_by_payment_intent ON purchases (stripe_payment_intent_id)
        WHERE stripe_payment_intent_id IS NOT NULL;

      CREATE TABLE seats (
        id TEXT PRIMARY KEY,
        show_id TEXT NOT NULL REFERENCES shows (id),
        purchase_id TEXT UNIQUE REFERENCES purchases (id),
        source TEXT NOT NULL CHECK (source IN ('purchase', 'invite')),
        guest_name TEXT NOT NULL,
        format TEXT CHECK (format IS NULL OR format IN ('qa', 'chat', 'selfie')),
        question TEXT,
        stage TEXT NOT NULL CHECK (stage IN ('waiting', 'called', 'backstage', 'live', 'ended')),
        outcome TEXT CHECK (outcome IS NULL OR outcome IN ('served', 'dropped', 'no_show', 'cancelled')),
        allowance_seconds INTEGER NOT NULL CHECK (allowance_seconds >= 0),
        muted INTEGER NOT NULL CHECK (muted IN (0, 1)),
        hidden INTEGER NOT NULL CHECK (hidden IN (0, 1)),
        called_at TEXT,
        first_live_at TEXT,
        ended_at TEXT,
        line_at TEXT NOT NULL,
        -- Bumped when the host replaces a link: tokens of older generations are refused.
        link_generation INTEGER NOT NULL CHECK (link_generation >= 0),
        version INTEGER NOT NULL CHECK (version >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((source = 'purchase') = (purchase_id IS NOT NULL)),
        CHECK ((stage = 'ended') = (outcome IS NOT NULL))
      ) STRICT;
      CREATE INDEX seats_by_show ON seats (show_id, stage, line_at);

      -- When a seat's airtime ran. An open interval (ended_at NULL) is checkpointed every few
      -- seconds, so after a crash it is closed at its last checkpoint instead of running on.
      CREATE TABLE seat_air_intervals (
        id INTEGER PRIMARY KEY,
        seat_id TEXT NOT NULL REFERENCES seats (id),
        started_at TEXT NOT NULL,
        ended_at TEXT,
        checkpoint_at TEXT NOT NULL,
        CHECK (ended_at IS NULL OR ended_at >= started_at)
      ) STRICT;
      CREATE INDEX seat_air_by_seat ON seat_air_intervals (seat_id, id);
      CREATE UNIQUE INDEX seat_air_one_open ON seat_air_intervals (seat_id) WHERE ended_at IS NULL;

      -- sha256 of each join token; the token itself is only ever in the guest's link.
      CREATE TABLE join_tokens (
        token_hash TEXT PRIMARY KEY,
        seat_id TEXT NOT NULL REFERENCES seats (id),
        generation INTEGER NOT NULL CHECK (generation >= 0),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        revoked_at TEXT,
        CHECK (expires_at > created_at)
      ) STRICT;
      CREATE INDEX join_tokens_by_seat ON join_tokens (seat_id);
    `);
  },
};
