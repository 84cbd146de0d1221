import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StudioEvent } from '../../../src/shared/events';
import { fail, ok } from '../../../src/shared/result';
import { createEventBus } from '../../../src/main/core/bus';
import { repositories } from '../../../src/main/core/store/repositories';
import { runUnitOfWork } from '../../../src/main/core/store/unit-of-work';
import { aShow } from './fixtures';
import { tempDb, type TempDb } from './temp-db';

let temp: TempDb;
beforeEach(() => {
  temp = tempDb();
});
afterEach(() => temp.cleanup());

describe('runUnitOfWork', () => {
  it('commits and then publishes what was emitted', () => {
    const bus = createEventBus();
    const heard: { event: StudioEvent; committed: boolean }[] = [];
    const show = aShow();
    bus.subscribe((event) => {
      // A listener reading from another connection must already see the committed row.
      const other = temp.connect();
      heard.push({ event, committed: repositories(other).shows.get(show.id) !== null });
    });
    const result = runUnitOfWork(temp.db, bus, (emit) => {
      repositories(temp.db).shows.insert(show);
      emit({ type: 'show.upserted', show });
      expect(heard).toEqual([]);
      return ok(show.id);
    });
    expect(result).toEqual(ok(show.id));
    expect(heard).toEqual([{ event: { type: 'show.upserted', show }, committed: true }]);
  });

  it('rolls back and publishes nothing on a refusal', () => {
    const bus = createEventBus();
    const heard: StudioEvent[] = [];
    bus.subscribe((event) => heard.push(event));
    const show = aShow();
    const result = runUnitOfWork(temp.db, bus, (emit) => {
      repositories(temp.db).shows.insert(show);
      emit({ type: 'show.upserted', show });
      return fail('conflict', 'Changed my mind');
    });
    expect(result).toEqual(fail('conflict', 'Changed my mind'));
    expect(repositories(temp.db).shows.get(show.id)).toBeNull();
    expect(heard).toEqual([]);
  });

  it('rolls back and rethrows on an exception', () => {
    const show = aShow();
    expect(() =>
      runUnitOfWork(temp.db, createEventBus(), () => {
        repositories(temp.db).shows.insert(show);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(repositories(temp.db).shows.get(show.id)).toBeNull();
    expect(temp.db.inTransaction).toBe(false);
  });
});
