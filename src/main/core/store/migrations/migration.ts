import type BetterSqlite3 from 'better-sqlite3';

/** One schema step. `version` is its place in the sequence, stored in `PRAGMA user_version`. */
export interface Migration {
  version: number;
  name: string;
  /**
   * The step rebuilds a table other tables refer to (create-copy-drop-rename, the only way to
   * change a CHECK in SQLite): the runner turns foreign keys off around it (they cannot be toggled
   * inside a transaction) and checks every reference before committing.
   */
  rebuildsTables?: boolean;
  up(db: BetterSqlite3.Database): void;
}
