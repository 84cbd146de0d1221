import type { Migration } from './migration';

/**
 * Moderators and the shared queue console: invites (only a hash of each token is kept), notes on
 * seats, buyers blocked for a show, and the hand-placed order of the line (a sort key per seat;
 * seats without one follow in order of payment).
 */
export const moderation: Migration = {
  version: 2,
  name: 'moderation',
  up(db) {
    db.exec(`
      CREATE TABLE moderator_invites (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        -- sha256 of the invite token; the token itself is only ever in the moderator's link.
        token_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        revoked_at TEXT,
        CHECK (expires_at > created_at)
      ) STRICT;

      CREATE TABLE seat_notes (
        id INTEGER PRIMARY KEY,
        purchase_id TEXT NOT NULL REFERENCES purchases (id),
        show_id TEXT NOT NULL REFERENCES shows (id),
        author TEXT NOT NULL,
        text TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX seat_notes_by_show ON seat_notes (show_id, id);

      CREATE TABLE blocked_buyers (
        id INTEGER PRIMARY KEY,
        show_id TEXT NOT NULL REFERENCES shows (id),
        buyer_key TEXT NOT NULL,
        buyer_name TEXT NOT NULL,
        purchase_id TEXT NOT NULL REFERENCES purchases (id),
        blocked_by TEXT NOT NULL,
        reason TEXT,
        at TEXT NOT NULL,
        UNIQUE (show_id, buyer_key)
      ) STRICT;

      -- The line's sort key: lower goes on air first. Rewritten for the whole line on each move.
      CREATE TABLE queue_ranks (
        purchase_id TEXT PRIMARY KEY REFERENCES purchases (id),
        show_id TEXT NOT NULL REFERENCES shows (id),
        rank INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX queue_ranks_by_show ON queue_ranks (show_id, rank);

      -- One counter for the moderation state, so clients can tell newer from older.
      CREATE TABLE moderation_revision (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        revision INTEGER NOT NULL CHECK (revision >= 0)
      ) STRICT;
      INSERT INTO moderation_revision (id, revision) VALUES (1, 0);
    `);
  },
};
