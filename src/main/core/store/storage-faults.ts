import type { StorageState } from '../../../shared/storage';

/**
 * Recognises the database errors that are about the disk or the file, not about the studio's own
 * logic, and says them in words the host can act on. better-sqlite3 throws `SqliteError` with
 * SQLite's extended result code name in `code` (SQLITE_BUSY, SQLITE_FULL, SQLITE_IOERR_WRITE…).
 */
export interface StorageFault {
  state: Exclude<StorageState, 'ok'>;
  /** SQLite's code, for the log. */
  code: string;
  /** Why, and what to do, for the host: "the disk is full. Free some disk space; …" */
  reason: string;
  /** "Could not save: <reason>" */
  message: string;
}

const REASONS: Record<StorageFault['state'], (code: string) => string> = {
  busy: () => 'the studio’s database is locked by another program (a backup, sync or database tool?). Close that program; the studio keeps trying.',
  full: () => 'the disk is full. Free some disk space; the studio keeps trying.',
  failing: (code) => `the disk refused the write (${code}). Check that the disk is connected and writable; the studio keeps trying.`,
};

export function storageFault(error: unknown): StorageFault | null {
  const code = typeof (error as { code?: unknown } | null)?.code === 'string' ? (error as { code: string }).code : '';
  if (!code.startsWith('SQLITE_')) return null;
  const state = stateOf(code, error instanceof Error ? error.message : '');
  if (!state) return null;
  const reason = REASONS[state](code);
  return { state, code, reason, message: `Could not save: ${reason}` };
}

function stateOf(code: string, message: string): StorageFault['state'] | null {
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  if (code === 'SQLITE_FULL' || (code.startsWith('SQLITE_IOERR') && /no space|disk is full|ENOSPC/i.test(message))) return 'full';
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) return 'failing';
  return null;
}
