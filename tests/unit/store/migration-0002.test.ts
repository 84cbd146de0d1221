import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initial } from '../../../src/main/core/store/migrations/0001_initial';
import { moderation } from '../../../src/main/core/store/migrations/0002_moderation';
import { migrate, schemaVersion } from '../../../src/main/core/store/migrations/runner';

let db: BetterSqlite3.Database;
beforeEach(() => {
  db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, [initial, moderation]);
  db.prepare(`INSERT INTO shows (id, title, slug, currency, status, created_at) VALUES ('shw_aaaaaaaa', 'T', 'one', 'usd', 'live', 'now')`).run();
  db.prepare(
    `INSERT INTO offers (id, show_id, kind, title, active, sort_order, config, created_at, updated_at)
     VALUES ('off_aaaaaaaa', 'shw_aaaaaaaa', 'hotseat', 'Seat', 1, 0, '{}', 'now', 'now')`,
  ).run();
  db.prepare(
    `INSERT INTO purchases (id, show_id, offer_id, offer_title, kind, format, status, payment, amount, currency, quantity,
       buyer_name, buyer_key, message_status, version, created_at, updated_at, receipt_token_hash)
     VALUES ('pur_aaaaaaaa', 'shw_aaaaaaaa', 'off_aaaaaaaa', 'Seat', 'hotseat', 'qa', 'accepted', 'authorized', 100, 'usd', 1,
       'Ada', 'buyer-key-0001', 'none', 0, 'now', 'now', 'hash')`,
  ).run();
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
const invite = (id: string, hash: string, created = '2030-01-01T10:00:00.000Z', expires = '2030-01-01T12:00:00.000Z') =>
  db
    .prepare(`INSERT INTO moderator_invites (id, name, token_hash, created_at, expires_at) VALUES (?, 'Maya', ?, ?, ?)`)
    .run(id, hash, created, expires);
const block = (key: string) =>
  db
    .prepare(
      `INSERT INTO blocked_buyers (show_id, buyer_key, buyer_name, purchase_id, blocked_by, at)
       VALUES ('shw_aaaaaaaa', ?, 'Ada', 'pur_aaaaaaaa', 'Host', 'now')`,
    )
    .run(key);

describe('0002 moderation', () => {
  it('sets version 2 and adds its tables, all STRICT', () => {
    expect(schemaVersion(db)).toBe(2);
    const names = tables().map((t) => t.name);
    for (const table of ['moderator_invites', 'seat_notes', 'blocked_buyers', 'queue_ranks', 'moderation_revision']) {
      expect(names).toContain(table);
    }
    expect(tables().every((t) => t.strict === 1)).toBe(true);
  });

  it('keeps only a hash of an invite token, unique, and an expiry after creation', () => {
    expect(columns('moderator_invites')).toContain('token_hash');
    expect(columns('moderator_invites')).not.toContain('token');
    invite('mod_aaaaaaaa', 'h1');
    expect(() => invite('mod_bbbbbbbb', 'h1')).toThrow(/UNIQUE/);
    expect(() => invite('mod_cccccccc', 'h2', '2030-01-01T10:00:00.000Z', '2030-01-01T09:00:00.000Z')).toThrow(/CHECK/);
  });

  it('blocks a buyer at most once per show, and never stores a block for a purchase that does not exist', () => {
    block('buyer-key-0001');
    expect(() => block('buyer-key-0001')).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO blocked_buyers (show_id, buyer_key, buyer_name, purchase_id, blocked_by, at)
           VALUES ('shw_aaaaaaaa', 'k2', 'X', 'pur_missing00', 'Host', 'now')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('gives each seat one place in the line', () => {
    const rank = db.prepare(`INSERT INTO queue_ranks (purchase_id, show_id, rank) VALUES ('pur_aaaaaaaa', 'shw_aaaaaaaa', ?)`);
    rank.run(1);
    expect(() => rank.run(2)).toThrow(/UNIQUE|PRIMARY KEY/);
  });

  it('starts the moderation revision at zero, with a single row', () => {
    expect(db.prepare('SELECT revision FROM moderation_revision').all()).toEqual([{ revision: 0 }]);
    expect(() => db.prepare('INSERT INTO moderation_revision (id, revision) VALUES (2, 0)').run()).toThrow(/CHECK/);
  });

  it('is a no-op when run again', () => {
    const before = db.prepare('SELECT sql FROM sqlite_schema ORDER BY name').all();
    migrate(db, [initial, moderation]);
    expect(db.prepare('SELECT sql FROM sqlite_schema ORDER BY name').all()).toEqual(before);
    expect(schemaVersion(db)).toBe(2);
  });
});
