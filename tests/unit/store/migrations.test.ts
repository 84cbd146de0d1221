import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/core/store/db';
import { MIGRATIONS } from '../../../src/main/core/store/migrations/all';
import type { Migration } from '../../../src/main/core/store/migrations/migration';
import { migrate, schemaVersion } from '../../../src/main/core/store/migrations/runner';
import { tempDb, type TempDb } from './temp-db';

let temp: TempDb;
beforeEach(() => {
  temp = tempDb();
});
afterEach(() => temp.cleanup());

const schemaSql = (db: BetterSqlite3.Database) =>
  db.prepare<[], { sql: string }>(`SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name`).all();

describe('migration runner', () => {
  it('brings an empty database to the newest version', () => {
    expect(schemaVersion(temp.db)).toBe(MIGRATIONS.length);
  });

  it('opens with the pragmas the money records rely on', () => {
    expect(temp.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(temp.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(temp.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(temp.db.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('re-running on an up-to-date database changes nothing', () => {
    const before = schemaSql(temp.db);
    expect(migrate(temp.db)).toBe(MIGRATIONS.length);
    temp.db.close();
    const reopened = temp.connect();
    expect(schemaVersion(reopened)).toBe(MIGRATIONS.length);
    expect(schemaSql(reopened)).toEqual(before);
  });

  it('refuses a database written by a newer build, and leaves it untouched', () => {
    const future = MIGRATIONS.length + 5;
    temp.db.pragma(`user_version = ${future}`);
    temp.db.close();
    expect(() => openDatabase(temp.path)).toThrow(
      `This database has schema version ${future}, newer than this Hotseat build understands (${MIGRATIONS.length})`,
    );
    const raw = new BetterSqlite3(temp.path);
    expect(schemaVersion(raw)).toBe(future);
    raw.close();
  });

  it('rolls a failing migration back whole, version included', () => {
    const raw = new BetterSqlite3(':memory:');
    const broken: Migration = {
      version: 1,
      name: 'broken',
      up(db) {
        db.exec('CREATE TABLE half_done (x INTEGER) STRICT');
        throw new Error('disk on fire');
      },
    };
    expect(() => migrate(raw, [broken])).toThrow('disk on fire');
    expect(schemaVersion(raw)).toBe(0);
    expect(schemaSql(raw)).toEqual([]);
    raw.close();
  });

  it('applies only the migrations newer than the database', () => {
    const raw = new BetterSqlite3(':memory:');
    const applied: string[] = [];
    const step = (version: number): Migration => ({
      version,
      name: `step${version}`,
      up: () => void applied.push(`step${version}`),
    });
    migrate(raw, [step(1)]);
    migrate(raw, [step(1), step(2), step(3)]);
    expect(applied).toEqual(['step1', 'step2', 'step3']);
    expect(schemaVersion(raw)).toBe(3);
    raw.close();
  });

  it('rejects a gap or a reordering in the migration list', () => {
    const raw = new BetterSqlite3(':memory:');
    const noop = (version: number): Migration => ({ version, name: `m${version}`, up: () => {} });
    expect(() => migrate(raw, [noop(1), noop(3)])).toThrow('Migration "m3" has version 3; expected 2');
    expect(schemaVersion(raw)).toBe(0);
    raw.close();
  });
});
