import { z } from 'zod';

/**
 * Whether the studio can save to its database (host only). `busy`: another program holds a lock
 * on the database file; `full`: the disk is full; `failing`: another write error (I/O, read-only).
 * While it is not `ok`, everything that needs no write goes on (queue view, program, guests on
 * air); every command that needs one answers a clear error and changes nothing.
 */
export const StorageState = z.enum(['ok', 'busy', 'full', 'failing']);
export type StorageState = z.infer<typeof StorageState>;

export const StorageStatus = z.object({
  state: StorageState,
  /** What went wrong and what to do, written for the host; null when ok. */
  message: z.string().nullable(),
  /** What the studio was doing when it last failed (a command name or a background task). */
  failedAction: z.string().nullable(),
  /** When saving started failing (ISO time); null when ok. */
  since: z.string().nullable(),
  /** Failed writes since `since`. */
  failures: z.number().int().nonnegative(),
});
export type StorageStatus = z.infer<typeof StorageStatus>;

export const STORAGE_OK: StorageStatus = { state: 'ok', message: null, failedAction: null, since: null, failures: 0 };
