import type { Migration } from './migration';

/**
 * The language a show speaks on stream (issue 15): the program's and the overlay's alerts,
 * countdown and QR caption. Shows made before this spoke English, the only language then. Parsed
 * with the Locale schema when read, like purchases.buyer_locale (migration 8).
 */
export const showLanguage: Migration = {
  version: 9,
  name: 'show_language',
  up(db) {
    db.exec(`ALTER TABLE shows ADD COLUMN language TEXT NOT NULL DEFAULT 'en'`);
  },
};
