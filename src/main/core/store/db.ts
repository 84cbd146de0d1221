import BetterSqlite3 from 'better-sqlite3';
import { migrate } from './migrations/runner';

export type Database = BetterSqlite3.Database;

/**
 * Opens (or creates) the studio database and brings its schema up to date. FULL sync and WAL keep
 * every committed payment record on disk across a crash or power loss; the busy timeout lets a
 * second connection wait for a writer instead of failing.
 */
export function openDatabase(path: string): Database {
  const db = new BetterSqlite3(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Runs `fn` in a `BEGIN IMMEDIATE` transaction: the write lock is taken before the first read, so
 * read-then-write checks (stock, limits, state transitions) never interleave with another writer.
 * Commits when `fn` returns, rolls back when it throws. Nested calls become savepoints.
 */
export function transaction<T>(db: Database, fn: () => T): T {
  return db.transaction(fn).immediate();
}
