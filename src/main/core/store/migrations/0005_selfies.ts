import type { Migration } from './migration';

/**
 * Selfies taken during selfie hot seats: one row per picture, tied to the purchase (whose buyer
 * downloads it from the receipt) and the seat. The picture itself is a file in the studio's data
 * folder (`selfies/<file_name>`); the row is written after the file, so a row always has a file.
 */
export const selfies: Migration = {
  version: 5,
  name: 'selfies',
  up(db) {
    db.exec(`
      CREATE TABLE selfies (
        id TEXT PRIMARY KEY,
        purchase_id TEXT NOT NULL REFERENCES purchases (id),
        seat_id TEXT NOT NULL REFERENCES seats (id),
        show_id TEXT NOT NULL REFERENCES shows (id),
        guest_name TEXT NOT NULL,
        -- A bare name inside the selfies folder: never a path.
        file_name TEXT NOT NULL UNIQUE CHECK (file_name NOT LIKE '%/%' AND file_name NOT LIKE '%\\%' AND file_name NOT LIKE '.%'),
        content_type TEXT NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg')),
        bytes INTEGER NOT NULL CHECK (bytes > 0),
        width INTEGER NOT NULL CHECK (width > 0),
        height INTEGER NOT NULL CHECK (height > 0),
        source TEXT NOT NULL CHECK (source IN ('obs', 'studio')),
        taken_by TEXT NOT NULL,
        taken_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX selfies_by_purchase ON selfies (purchase_id, taken_at);
      CREATE INDEX selfies_by_show ON selfies (show_id, taken_at);
    `);
  },
};
