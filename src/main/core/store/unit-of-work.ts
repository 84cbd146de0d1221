import type { StudioEvent } from '../../../shared/events';
import type { Result } from '../../../shared/result';
import type { EventBus } from '../bus';
import { transaction, type Database } from './db';

export type Emit = (event: StudioEvent) => void;

/** Carries a refusal out of better-sqlite3's transaction wrapper, which rolls back on any throw. */
class Refused extends Error {
  constructor(readonly result: Result<never>) {
    super('refused');
  }
}

/**
 * One command as one IMMEDIATE transaction. A refusal (`ok: false`) rolls back whatever was
 * written before it, just like a throw, so a refused command changes nothing. Events emitted
 * inside are published only after the commit, so nobody hears about a change that did not happen.
 */
export function runUnitOfWork<T>(db: Database, bus: EventBus, work: (emit: Emit) => Result<T>): Result<T> {
  const events: StudioEvent[] = [];
  let result: Result<T>;
  try {
    result = transaction(db, () => {
      const outcome = work((event) => events.push(event));
      if (!outcome.ok) throw new Refused(outcome);
      return outcome;
    });
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
  for (const event of events) bus.publish(event);
  return result;
}
