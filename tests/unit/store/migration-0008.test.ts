import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buyerLocale } from '../../../src/main/core/store/migrations/0008_buyer_locale';
import { MIGRATIONS } from '../../../src/main/core/store/migrations/all';
import { migrate, schemaVersion } from '../../../src/main/core/store/migrations/runner';

/** The buyer's language on each purchase; purchases from before it spoke English. */
let db: BetterSqlite3.Database;
beforeEach(() => {
  db = new BetterSqlite3(':memory:');
  migrate(db, MIGRATIONS.filter((m) => m.version <= buyerLocale.version));
});
afterEach(() => db.close());

describe('buyer locale migration', () => {
  it('adds a required buyer_locale that is English for every purchase made before', () => {
    expect(schemaVersion(db)).toBe(buyerLocale.version);
    const column = db.prepare(`SELECT "notnull" AS required, dflt_value AS fallback FROM pragma_table_info('purchases') WHERE name = 'buyer_locale'`).get();
    expect(column).toEqual({ required: 1, fallback: "'en'" });
  });
});
