import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/main/core/store/migrations/all';
import { guests } from '../../../src/main/core/store/migrations/0003_guests';
import { migrate, schemaVersion } from '../../../src/main/core/store/migrations/runner';

/** 0003 rebuilds purchases (new statuses) under existing rows and references, and adds the guest tables. */
const before = MIGRATIONS.filter((m) => m.version < guests.version);

let db: BetterSqlite3.Database;
beforeEach(() => {
  db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, before);
});
afterEach(() => db.close());

function seed(): void {
  db.exec(`
    INSERT INTO shows (id, title, slug, currency, status, created_at) VALUES ('shw_aaaaaaaa', 'T', 'one', 'usd', 'live', 'now');
    INSERT INTO offers (id, show_id, kind, title, active, sort_order, config, created_at, updated_at)
      VALUES ('off_aaaaaaaa', 'shw_aaaaaaaa', 'hotseat', 'Seat', 1, 0, '{}', 'now', 'now');
    INSERT INTO purchases (id, show_id, offer_id, offer_title, kind, format, status, payment, amount, currency, quantity,
      buyer_name, buyer_key, message_status, version, created_at, updated_at, receipt_token_hash)
      VALUES ('pur_aaaaaaaa', 'shw_aaaaaaaa', 'off_aaaaaaaa', 'Seat', 'hotseat', 'qa', 'accepted', 'authorized', 2000, 'usd', 1,
      'Ada', 'key', 'none', 3, 'now', 'now', 'hash-a');
    INSERT INTO money_actions (purchase_id, kind, idempotency_key, status, created_at, updated_at)
      VALUES ('pur_aaaaaaaa', 'cancel', 'cancel-pur_aaaaaaaa', 'done', 'now', 'now');
    INSERT INTO audit_log (at, actor, action, purchase_id, detail) VALUES ('now', 'Host', 'x', 'pur_aaaaaaaa', 'd');
  `);
}

const setStatus = (status: string) => db.prepare(`UPDATE purchases SET status = ? WHERE id = 'pur_aaaaaaaa'`).run(status);
const insertSeat = (fields: Record<string, unknown> = {}) =>
  db
    .prepare(
      `INSERT INTO seats (id, show_id, purchase_id, source, guest_name, stage, outcome, allowance_seconds, muted, hidden,
         line_at, link_generation, version, created_at, updated_at)
       VALUES (@id, 'shw_aaaaaaaa', @purchase_id, @source, 'Ada', @stage, @outcome, 180, 0, 0, 'now', 0, 0, 'now', 'now')`,
    )
    .run({ id: 'seat_aaaaaaaa', purchase_id: 'pur_aaaaaaaa', source: 'purchase', stage: 'waiting', outcome: null, ...fields });

describe('0003 guests', () => {
  it('keeps every purchase and the rows that refer to it', () => {
    seed();
    migrate(db, [...before, guests]);
    expect(schemaVersion(db)).toBe(guests.version);
    expect(db.prepare(`SELECT status, version, receipt_token_hash FROM purchases`).all()).toEqual([
      { status: 'accepted', version: 3, receipt_token_hash: 'hash-a' },
    ]);
    expect(db.prepare(`SELECT COUNT(*) AS n FROM money_actions`).get()).toEqual({ n: 1 });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('accepts the new statuses and still refuses unknown ones', () => {
    seed();
    migrate(db, [...before, guests]);
    for (const status of ['on_air', 'completed', 'no_show']) expect(() => setStatus(status)).not.toThrow();
    expect(() => setStatus('teleported')).toThrow(/CHECK/);
  });

  it('still enforces references to purchases after the rebuild', () => {
    seed();
    migrate(db, [...before, guests]);
    expect(() =>
      db.prepare(`INSERT INTO audit_log (at, actor, action, purchase_id, detail) VALUES ('now', 'H', 'x', 'pur_missing00', 'd')`).run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare(`DELETE FROM purchases`).run()).toThrow(/FOREIGN KEY/);
  });

  it('keeps the purchase indexes', () => {
    migrate(db, [...before, guests]);
    const indexes = db
      .prepare<[], { name: string }>(`SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'purchases' AND sql IS NOT NULL`)
      .all()
      .map((r) => r.name)
      .sort();
    expect(indexes).toEqual(['purchases_by_buyer', 'purchases_by_payment_intent', 'purchases_by_show', 'purchases_holding', 'purchases_queue']);
  });

  it('ties a paid seat to one purchase, and an ended seat to an outcome', () => {
    seed();
    migrate(db, [...before, guests]);
    insertSeat();
    expect(() => insertSeat({ id: 'seat_bbbbbbbb' })).toThrow(/UNIQUE/);
    expect(() => insertSeat({ id: 'seat_cccccccc', purchase_id: null })).toThrow(/CHECK/);
    expect(() => insertSeat({ id: 'seat_dddddddd', purchase_id: null, source: 'invite', stage: 'ended' })).toThrow(/CHECK/);
    expect(() => insertSeat({ id: 'seat_eeeeeeee', purchase_id: null, source: 'invite', stage: 'ended', outcome: 'served' })).not.toThrow();
  });

  it('allows one open air interval per seat', () => {
    seed();
    migrate(db, [...before, guests]);
    insertSeat();
    const open = db.prepare(`INSERT INTO seat_air_intervals (seat_id, started_at, checkpoint_at) VALUES ('seat_aaaaaaaa', ?, ?)`);
    open.run('2030-01-01T10:00:00.000Z', '2030-01-01T10:00:00.000Z');
    expect(() => open.run('2030-01-01T10:00:05.000Z', '2030-01-01T10:00:05.000Z')).toThrow(/UNIQUE/);
  });

  it('rolls back whole when the rebuild would break a reference', () => {
    seed();
    // A child row pointing at a purchase that is not there: the check before commit refuses.
    db.pragma('foreign_keys = OFF');
    db.prepare(`INSERT INTO audit_log (at, actor, action, purchase_id, detail) VALUES ('now', 'H', 'x', 'pur_ghost000', 'd')`).run();
    db.pragma('foreign_keys = ON');
    expect(() => migrate(db, [...before, guests])).toThrow(/broken references/);
    expect(schemaVersion(db)).toBe(guests.version - 1);
    expect(db.prepare(`SELECT name FROM sqlite_schema WHERE name = 'seats'`).get()).toBeUndefined();
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});
