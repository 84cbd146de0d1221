import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mail } from '../../../src/main/core/store/migrations/0007_mail';
import { MIGRATIONS } from '../../../src/main/core/store/migrations/all';
import { migrate, schemaVersion } from '../../../src/main/core/store/migrations/runner';

/** The mail migration: the outbox (one message per dedupe key) and the emailed receipt links. */
const before = MIGRATIONS.filter((m) => m.version < mail.version);

let db: BetterSqlite3.Database;
beforeEach(() => {
  db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, [...before, mail]);
});
afterEach(() => db.close());

const enqueue = (fields: Record<string, unknown> = {}) =>
  db
    .prepare(
      `INSERT INTO mail_outbox (purchase_id, kind, recipient, dedupe_key, state, created_at)
       VALUES (NULL, @kind, 'a@example.com', @key, @state, 'now')`,
    )
    .run({ kind: 'resend', key: 'resend-a-1', state: 'pending', ...fields });

describe('mail migration', () => {
  it('adds STRICT outbox and receipt link tables', () => {
    expect(schemaVersion(db)).toBe(mail.version);
    for (const name of ['mail_outbox', 'receipt_links']) {
      expect(db.prepare(`SELECT strict FROM pragma_table_list WHERE name = ?`).get(name)).toEqual({ strict: 1 });
    }
  });

  it('keeps one message per dedupe key and refuses unknown kinds and states', () => {
    expect(() => enqueue()).not.toThrow();
    expect(() => enqueue()).toThrow(/UNIQUE/);
    expect(() => enqueue({ key: 'k2', kind: 'spam' })).toThrow(/CHECK/);
    expect(() => enqueue({ key: 'k3', state: 'lost' })).toThrow(/CHECK/);
  });

  it('ties a receipt link to a real purchase', () => {
    expect(() => db.prepare(`INSERT INTO receipt_links (token_hash, purchase_id, reason, created_at) VALUES ('h', 'pur_none', 'email', 'now')`).run()).toThrow(/FOREIGN KEY/);
  });
});
