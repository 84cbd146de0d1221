import { describe, expect, it } from 'vitest';
import { storageFault } from '../../../src/main/core/store/storage-faults';
import { createStorageHealth } from '../../../src/main/core/store/storage-health';

const sqliteError = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('storage faults', () => {
  it('sorts SQLite errors about the disk from everything else, in words the host can act on', () => {
    expect(storageFault(sqliteError('SQLITE_BUSY'))).toMatchObject({ state: 'busy', reason: expect.stringMatching(/locked by another program/) as unknown });
    expect(storageFault(sqliteError('SQLITE_BUSY_SNAPSHOT'))?.state).toBe('busy');
    expect(storageFault(sqliteError('SQLITE_FULL'))).toMatchObject({ state: 'full', message: expect.stringMatching(/^Could not save: the disk is full/) as unknown });
    expect(storageFault(sqliteError('SQLITE_IOERR_WRITE', 'disk I/O error: ENOSPC'))?.state).toBe('full');
    expect(storageFault(sqliteError('SQLITE_IOERR_FSYNC'))).toMatchObject({ state: 'failing', reason: expect.stringContaining('SQLITE_IOERR_FSYNC') as unknown });
    expect(storageFault(sqliteError('SQLITE_READONLY'))?.state).toBe('failing');
    // The studio's own mistakes are not the disk's.
    expect(storageFault(sqliteError('SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
    expect(storageFault(new Error('boom'))).toBeNull();
    expect(storageFault(null)).toBeNull();
  });

  it('turns failing on the first disk fault, back to ok on the first commit, and spaces background retries', () => {
    let now = 1_000_000;
    const health = createStorageHealth(() => now);
    const seen: string[] = [];
    health.onChange((s) => seen.push(`${s.state}:${s.failedAction ?? ''}`));
    expect(health.failed(new Error('not a disk error'), 'x')).toBeNull();
    expect(health.shouldWait()).toBe(false);

    health.failed(sqliteError('SQLITE_BUSY'));
    expect(health.status().failedAction).toBe('saving studio data');
    health.failed(sqliteError('SQLITE_BUSY'), 'queue.accept');
    health.failed(sqliteError('SQLITE_BUSY')); // an unnamed retry behind it does not hide the command
    expect(health.status().failedAction).toBe('queue.accept');
    expect(health.status()).toMatchObject({ state: 'busy', failedAction: 'queue.accept', failures: 3 });
    expect(health.shouldWait()).toBe(true); // 3 failures: a 4 s pause (1 s, 2 s, 4 s, 8 s)
    now += 3_999;
    expect(health.shouldWait()).toBe(true);
    now += 2;
    expect(health.shouldWait()).toBe(false);
    for (let i = 0; i < 5; i++) health.failed(sqliteError('SQLITE_BUSY'), 'seat timer');
    now += 7_999;
    expect(health.shouldWait()).toBe(true); // the pause grew to 8 s
    now += 2;
    expect(health.shouldWait()).toBe(false);

    health.succeeded();
    expect(health.status()).toMatchObject({ state: 'ok', message: null, since: null, failures: 0 });
    expect(seen).toEqual(['busy:saving studio data', 'busy:queue.accept', 'busy:seat timer', 'ok:']);
  });
});
