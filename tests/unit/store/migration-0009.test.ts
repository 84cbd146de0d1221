import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buyerLocale } from '../../../src/main/core/store/migrations/0008_buyer_locale';
import { showLanguage } from '../../../src/main/core/store/migrations/0009_show_language';
import { MIGRATIONS } from '../../../src/main/core/store/migrations/all';
import { migrate, schemaVersion } from '../../../src/main/core/store/migrations/runner';
import { createShowsRepo } from '../../../src/main/core/store/shows-repo';

/** Each show's on-stream language; shows from before it spoke English. */
let db: BetterSqlite3.Database;
beforeEach(() => {
  db = new BetterSqlite3(':memory:');
  migrate(db, MIGRATIONS.filter((m) => m.version <= buyerLocale.version));
});
afterEach(() => db.close());

describe('show language migration', () => {
  it('keeps every show made before and reads each as English; a new show keeps its own language', () => {
    db.prepare(
      `INSERT INTO shows (id, title, slug, currency, status, created_at, started_at, ended_at)
       VALUES ('shw_before000001', 'Friday Q&A', 'friday', 'eur', 'ended', '2026-11-01T18:00:00.000Z', '2026-11-01T18:00:00.000Z', '2026-11-01T20:00:00.000Z')`,
    ).run();
    migrate(db, MIGRATIONS.filter((m) => m.version <= showLanguage.version));
    expect(schemaVersion(db)).toBe(showLanguage.version);
    const shows = createShowsRepo(db);
    expect(shows.get('shw_before000001')).toMatchObject({ title: 'Friday Q&A', status: 'ended', language: 'en' });

    shows.insert({ ...(shows.get('shw_before000001') ?? never()), id: 'shw_after0000001', slug: 'vendredi', language: 'fr' });
    expect(shows.get('shw_after0000001')?.language).toBe('fr');
    const column = db.prepare(`SELECT "notnull" AS required, dflt_value AS fallback FROM pragma_table_info('shows') WHERE name = 'language'`).get();
    expect(column).toEqual({ required: 1, fallback: "'en'" });
  });
});

function never(): never {
  throw new Error('the show made before the migration is gone');
}
