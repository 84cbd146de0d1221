import { transaction, type Database } from './db';
import type { SettingsRepo } from './settings-repo';
import type { StorageHealth } from './storage-health';

/**
 * While saving fails, tries one small write on a growing pause (storage-health.ts `shouldWait`),
 * so the host sees "saving works again" as soon as the lock is gone or space is freed, even when
 * nothing else happens to write. The write goes through `transaction`, whose outcome the health hears.
 */
export function startStorageProbe(db: Database, storage: StorageHealth, settings: SettingsRepo, everyMs = 500): () => void {
  const timer = setInterval(() => {
    if (!db.open || storage.status().state === 'ok' || storage.shouldWait()) return;
    try {
      transaction(db, () => settings.set('storage.lastProbe', new Date().toISOString()));
    } catch {
      // Still failing: the health recorded it and waits longer before the next try.
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
