import type BetterSqlite3 from 'better-sqlite3';
import type { Migration } from './migration';
import { MIGRATIONS } from './all';

export function schemaVersion(db: BetterSqlite3.Database): number {
  const version = db.pragma('user_version', { simple: true });
  return typeof version === 'number' ? version : 0;
}

/**
 * Applies every migration newer than the database, each in its own transaction together with the
 * bump of `user_version`, so a crash leaves the schema at a whole step. A database written by a
 * newer build is refused rather than guessed at.
 */
export function migrate(db: BetterSqlite3.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  checkSequence(migrations);
  const latest = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > latest) {
    throw new Error(
      `This database has schema version ${current}, newer than this Hotseat build understands (${latest}). ` +
        'Update Hotseat, or open a different data folder.',
    );
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    const foreignKeysOn = db.pragma('foreign_keys', { simple: true }) === 1;
    const pauseForeignKeys = migration.rebuildsTables === true && foreignKeysOn;
    if (pauseForeignKeys) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        migration.up(db);
        if (pauseForeignKeys) checkForeignKeys(db, migration);
        // user_version lives in the database header and is written by this same transaction.
        db.pragma(`user_version = ${migration.version}`);
      }).immediate();
    } finally {
      if (pauseForeignKeys) db.pragma('foreign_keys = ON');
    }
  }
  return schemaVersion(db);
}

function checkForeignKeys(db: BetterSqlite3.Database, migration: Migration): void {
  const broken = db.pragma('foreign_key_check') as unknown[];
  if (broken.length > 0) {
    throw new Error(`Migration "${migration.name}" would leave ${broken.length} broken references; nothing was changed`);
  }
}

function checkSequence(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration "${migration.name}" has version ${migration.version}; expected ${index + 1}`);
    }
  });
}
