import type BetterSqlite3 from 'better-sqlite3';

/** Plain key/value settings (never secrets: those live in the SecretStore). */
export interface SettingsRepo {
  get(key: string): string | null;
  set(key: string, value: string): void;
  delete(key: string): void;
}

export function createSettingsRepo(db: BetterSqlite3.Database): SettingsRepo {
  const get = db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck();
  const set = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const remove = db.prepare<[string]>('DELETE FROM settings WHERE key = ?');
  return {
    get: (key) => get.get(key) ?? null,
    set: (key, value) => void set.run(key, value),
    delete: (key) => void remove.run(key),
  };
}
