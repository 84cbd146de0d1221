import type BetterSqlite3 from 'better-sqlite3';

/** One schema step. `version` is its place in the sequence, stored in `PRAGMA user_version`. */
export interface Migration {
  version: number;
  name: string;
  up(db: BetterSqlite3.Database): void;
}
