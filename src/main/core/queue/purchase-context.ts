import type { Repositories } from '../store/repositories';
import type { Emit } from '../store/unit-of-work';

/** What a change to purchases sees inside its transaction: the repositories, the time, and the events to publish after commit. */
export interface PurchaseContext {
  repos: Repositories;
  now: string;
  emit: Emit;
}
