import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initial } from '../../../src/main/core/store/migrations/0001_initial';
import { migrate, schemaVersion } from '../../../src/main/core/store/migrations/runner';

let db: BetterSqlite3.Database;
beforeEach(() => {
  db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, [initial]);
});
afterEach(() => db.close());

const tables = () =>
  db
    .prepare<[], { name: string; strict: number }>(
      `SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    )
    .all();
const columns = (table: string) =>
  db.prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)').all(table).map((c) => c.name);

const insertShow = (id: string, slug: string, status = 'draft') =>
  db
    .prepare(`INSERT INTO shows (id, title, slug, currency, status, created_at) VALUES (?, 'T', ?, 'usd', ?, 'now')`)
    .run(id, slug, status);

describe('0001 initial', () => {
  it('applies on an empty database and sets version 1', () => {
    expect(schemaVersion(db)).toBe(1);
  });

  it('creates every table as STRICT', () => {
    expect(tables()).toEqual(
      [
        'audit_log',
        'money_actions',
        'offers',
        'payment_cursor',
        'processed_stripe_events',
        'purchases',
        'settings',
        'shows',
      ].map((name) => ({ name, strict: 1 })),
    );
  });

  it('keeps the fields the money flow depends on', () => {
    expect(columns('purchases')).toEqual(
      expect.arrayContaining(['buyer_key', 'stripe_session_id', 'stripe_payment_intent_id', 'receipt_token_hash', 'version']),
    );
    expect(columns('purchases')).not.toContain('receipt_token');
    expect(columns('money_actions')).toEqual(
      expect.arrayContaining(['idempotency_key', 'status', 'attempts', 'last_error']),
    );
  });

  it('allows at most one live show', () => {
    insertShow('shw_aaaaaaaa', 'one', 'live');
    insertShow('shw_bbbbbbbb', 'two', 'draft');
    expect(() => insertShow('shw_cccccccc', 'three', 'live')).toThrow(/UNIQUE/);
  });

  it('refuses an offer whose config is not JSON, and an unknown status', () => {
    insertShow('shw_aaaaaaaa', 'one');
    const offer = db.prepare(
      `INSERT INTO offers (id, show_id, kind, title, active, sort_order, config, created_at, updated_at)
       VALUES ('off_aaaaaaaa', 'shw_aaaaaaaa', 'tip', 'Tip', 1, 0, ?, 'now', 'now')`,
    );
    expect(() => offer.run('{not json')).toThrow(/CHECK/);
    expect(() => insertShow('shw_dddddddd', 'four', 'paused')).toThrow(/CHECK/);
  });

  it('rejects a value of the wrong type (STRICT)', () => {
    expect(() =>
      db
        .prepare(`INSERT INTO settings (key, value) VALUES ('k', ?)`)
        .run(Buffer.from('blob')),
    ).toThrow(/cannot store BLOB/);
  });

  it('enforces references between tables', () => {
    expect(() =>
      db
        .prepare(
          `INSERT INTO offers (id, show_id, kind, title, active, sort_order, config, created_at, updated_at)
           VALUES ('off_aaaaaaaa', 'shw_missing0', 'tip', 'Tip', 1, 0, '{}', 'now', 'now')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('is a no-op when run again', () => {
    const before = db.prepare('SELECT sql FROM sqlite_schema ORDER BY name').all();
    migrate(db, [initial]);
    expect(db.prepare('SELECT sql FROM sqlite_schema ORDER BY name').all()).toEqual(before);
    expect(schemaVersion(db)).toBe(1);
  });
});
