import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { selfies } from '../../../src/main/core/store/migrations/0005_selfies';
import { MIGRATIONS } from '../../../src/main/core/store/migrations/all';
import { migrate, schemaVersion } from '../../../src/main/core/store/migrations/runner';

/** 0005 adds the selfies table: every picture tied to a purchase and a seat, its file a bare name. */
const before = MIGRATIONS.filter((m) => m.version < selfies.version);

let db: BetterSqlite3.Database;
beforeEach(() => {
  db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, [...before, selfies]);
  db.exec(`
    INSERT INTO shows (id, title, slug, currency, status, created_at) VALUES ('shw_aaaaaaaa', 'T', 'one', 'usd', 'live', 'now');
    INSERT INTO offers (id, show_id, kind, title, active, sort_order, config, created_at, updated_at)
      VALUES ('off_aaaaaaaa', 'shw_aaaaaaaa', 'hotseat', 'Seat', 1, 0, '{}', 'now', 'now');
    INSERT INTO purchases (id, show_id, offer_id, offer_title, kind, format, status, payment, amount, currency, quantity,
      buyer_name, buyer_key, message_status, version, created_at, updated_at, receipt_token_hash)
      VALUES ('pur_aaaaaaaa', 'shw_aaaaaaaa', 'off_aaaaaaaa', 'Seat', 'hotseat', 'selfie', 'on_air', 'authorized', 2000, 'usd', 1,
      'Ada', 'key', 'none', 3, 'now', 'now', 'hash-a');
    INSERT INTO seats (id, show_id, purchase_id, source, guest_name, stage, outcome, allowance_seconds, muted, hidden,
      line_at, link_generation, version, created_at, updated_at)
      VALUES ('seat_aaaaaaaa', 'shw_aaaaaaaa', 'pur_aaaaaaaa', 'purchase', 'Ada', 'live', NULL, 180, 0, 0, 'now', 0, 2, 'now', 'now');
  `);
});
afterEach(() => db.close());

const insert = (fields: Record<string, unknown> = {}) =>
  db
    .prepare(
      `INSERT INTO selfies (id, purchase_id, seat_id, show_id, guest_name, file_name, content_type, bytes, width, height, source, taken_by, taken_at)
       VALUES (@id, @purchase_id, 'seat_aaaaaaaa', 'shw_aaaaaaaa', 'Ada', @file_name, @content_type, @bytes, 1280, 720, @source, 'Host', 'now')`,
    )
    .run({ id: 'sfy_aaaaaaaa', purchase_id: 'pur_aaaaaaaa', file_name: 'sfy_aaaaaaaa.png', content_type: 'image/png', bytes: 1000, source: 'obs', ...fields });

describe('0005 selfies', () => {
  it('sets version 5 and adds a STRICT selfies table', () => {
    expect(schemaVersion(db)).toBe(selfies.version);
    expect(db.prepare(`SELECT strict FROM pragma_table_list WHERE name = 'selfies'`).get()).toEqual({ strict: 1 });
    expect(() => insert()).not.toThrow();
  });

  it('refuses a path for a file name, an unknown type or source, an empty picture and a duplicate file', () => {
    expect(() => insert({ id: 'sfy_b1', file_name: '../etc/passwd' })).toThrow(/CHECK/);
    expect(() => insert({ id: 'sfy_b2', file_name: 'a\\b.png' })).toThrow(/CHECK/);
    expect(() => insert({ id: 'sfy_b3', file_name: '.hidden.png' })).toThrow(/CHECK/);
    expect(() => insert({ id: 'sfy_b4', file_name: 'b4.svg', content_type: 'image/svg+xml' })).toThrow(/CHECK/);
    expect(() => insert({ id: 'sfy_b5', file_name: 'b5.png', source: 'camera' })).toThrow(/CHECK/);
    expect(() => insert({ id: 'sfy_b6', file_name: 'b6.png', bytes: 0 })).toThrow(/CHECK/);
    insert();
    expect(() => insert({ id: 'sfy_b7' })).toThrow(/UNIQUE/);
  });

  it('ties every selfie to a real purchase', () => {
    expect(() => insert({ purchase_id: 'pur_nothere' })).toThrow(/FOREIGN KEY/);
  });
});
