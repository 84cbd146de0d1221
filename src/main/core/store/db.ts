import BetterSqlite3 from 'better-sqlite3';
import { migrate } from './migrations/runner';

export type Database = BetterSqlite3.Database;

/**
 * Opens (or creates) the studio database and brings its schema up to date. FULL sync and WAL keep
 * every committed payment record on disk across a crash or power loss; the busy timeout lets a
 * second connection wait for a writer instead of failing.
 *
 * better-sqlite3 is synchronous: SQLite's busy wait blocks the whole event loop. The studio has one
 * connection, so only another program can hold the lock; it opens with a short timeout
 * (`STUDIO_BUSY_TIMEOUT_MS`) so a locked file costs a quarter second and a clear error, never
 * seconds of frozen sockets and program feed.
 */
export function openDatabase(path: string, options: { busyTimeoutMs?: number } = {}): Database {
  const db = new BetterSqlite3(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${Math.max(0, Math.round(options.busyTimeoutMs ?? 5000))}`);
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
  const outermost = !db.inTransaction;
  const observer = outermost ? observers.get(db) : undefined;
  try {
    const result = db.transaction(fn).immediate();
    observer?.committed();
    return result;
  } catch (error) {
    observer?.failed(error);
    throw error;
  }
}

/** The studio wait while another program holds the database lock (see `openDatabase`). */
export const STUDIO_BUSY_TIMEOUT_MS = 250;

export interface WriteObserver {
  committed(): void;
  /** Any throw out of a top-level transaction: a refusal, a bug, or the disk (storage-faults.ts sorts them). */
  failed(error: unknown): void;
}

const observers = new WeakMap<Database, WriteObserver>();

/** Hears the outcome of every top-level `transaction` on `db` (storage-health.ts). */
export function observeWrites(db: Database, observer: WriteObserver): void {
  observers.set(db, observer);
}
