import type { Migration } from './migration';

/**
 * The language of the store page a purchase was made on (issue 15): its Stripe Checkout and the
 * buyer's emails speak it. Purchases made before this spoke English, the only language then. Not
 * a CHECK constraint: a new language would otherwise mean rebuilding the table; the row is parsed
 * with the Locale schema when read.
 */
export const buyerLocale: Migration = {
  version: 8,
  name: 'buyer_locale',
  up(db) {
    db.exec(`ALTER TABLE purchases ADD COLUMN buyer_locale TEXT NOT NULL DEFAULT 'en'`);
  },
};
