import { backoffDelay } from '../../../shared/backoff';
import { STORAGE_OK, type StorageStatus } from '../../../shared/storage';
import { storageFault, type StorageFault } from './storage-faults';

/**
 * Remembers whether the studio can save, from the outcome of every top-level write transaction
 * (db.ts reports them) and of the commands and requests that failed. The first failure turns the
 * status `busy` / `full` / `failing` and tells the host; the first write that commits turns it back.
 *
 * While it fails, background writers (the seat timer, sweeps) ask `shouldWait()` first: they try
 * again only after a growing pause (1 s … 8 s), so a locked database does not keep the event loop
 * in SQLite's busy wait twice a second and the program, sockets and guests on air keep going.
 */
export interface StorageHealth {
  status(): StorageStatus;
  /**
   * Records a failed write; answers the fault when it was one of the disk's (else null). Without
   * `action` (a transaction nobody named) the last named one stays: the host sees "queue.accept",
   * not the poller's retries behind it.
   */
  failed(error: unknown, action?: string): StorageFault | null;
  /** A write committed. */
  succeeded(): void;
  /** True while a background write should not be tried yet. */
  shouldWait(): boolean;
  onChange(listener: (status: StorageStatus) => void): () => void;
}

const PAUSE_BACKOFF = { baseMs: 1_000, maxMs: 8_000 };

export function createStorageHealth(now: () => number = Date.now): StorageHealth {
  let status: StorageStatus = STORAGE_OK;
  let lastFailureAt = 0;
  const listeners = new Set<(status: StorageStatus) => void>();
  const set = (next: StorageStatus) => {
    const changed = next.state !== status.state || next.message !== status.message || next.failedAction !== status.failedAction;
    status = next;
    if (changed) for (const listener of listeners) listener(status);
  };
  return {
    status: () => status,
    failed(error, action) {
      const fault = storageFault(error);
      if (!fault) return null;
      lastFailureAt = now();
      set({
        state: fault.state,
        message: fault.message,
        failedAction: action ?? status.failedAction ?? 'saving studio data',
        since: status.since ?? new Date(lastFailureAt).toISOString(),
        failures: status.failures + 1,
      });
      return fault;
    },
    succeeded() {
      if (status.state !== 'ok') set(STORAGE_OK);
    },
    shouldWait() {
      if (status.state === 'ok') return false;
      const pause = backoffDelay(status.failures, PAUSE_BACKOFF);
      return now() - lastFailureAt < pause;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
