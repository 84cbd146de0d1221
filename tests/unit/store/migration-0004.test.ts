import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backstageWith } from '../../../src/main/core/store/migrations/0004_backstage_with';
import { MIGRATIONS } from '../../../src/main/core/store/migrations/all';
import { migrate, schemaVersion } from '../../../src/main/core/store/migrations/runner';

/** 0004 adds who brought a guest backstage to existing seats, empty for every seat already there. */
const before = MIGRATIONS.filter((m) => m.version < backstageWith.version);

let db: BetterSqlite3.Database;
beforeEach(() => {
  db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, before);
  db.exec(`
    INSERT INTO shows (id, title, slug, currency, status, created_at) VALUES ('shw_aaaaaaaa', 'T', 'one', 'usd', 'live', 'now');
    INSERT INTO seats (id, show_id, purchase_id, source, guest_name, stage, outcome, allowance_seconds, muted, hidden,
      line_at, link_generation, version, created_at, updated_at)
      VALUES ('seat_aaaaaaaa', 'shw_aaaaaaaa', NULL, 'invite', 'Ada', 'backstage', NULL, 180, 0, 0, 'now', 0, 2, 'now', 'now');
  `);
});
afterEach(() => db.close());

const setWith = (value: string | null) => db.prepare(`UPDATE seats SET backstage_with = ? WHERE id = 'seat_aaaaaaaa'`).run(value);

describe('0004 backstage with', () => {
  it('keeps existing seats, with nobody recorded (the host)', () => {
    migrate(db, [...before, backstageWith]);
    expect(schemaVersion(db)).toBe(backstageWith.version);
    expect(db.prepare(`SELECT stage, version, backstage_with FROM seats`).all()).toEqual([{ stage: 'backstage', version: 2, backstage_with: null }]);
  });

  it("stores a moderator's name and refuses an empty one", () => {
    migrate(db, [...before, backstageWith]);
    expect(() => setWith('Maya')).not.toThrow();
    expect(() => setWith('')).toThrow(/CHECK/);
    expect(() => setWith(null)).not.toThrow();
  });
});
