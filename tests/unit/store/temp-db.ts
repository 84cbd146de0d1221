import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '../../../src/main/core/store/db';

/** A real SQLite file in a fresh temp folder; `cleanup` closes every connection and removes it. */
export interface TempDb {
  dir: string;
  path: string;
  db: Database;
  /** Another connection to the same file, as a second process would have. */
  connect(): Database;
  cleanup(): void;
}

export function tempDb(): TempDb {
  const dir = mkdtempSync(join(tmpdir(), 'hotseat-db-'));
  const path = join(dir, 'studio.db');
  const connections: Database[] = [];
  const connect = () => {
    const db = openDatabase(path);
    connections.push(db);
    return db;
  };
  const db = connect();
  return {
    dir,
    path,
    db,
    connect,
    cleanup() {
      for (const connection of connections) if (connection.open) connection.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
