import { parentPort } from 'node:worker_threads';
import type { Actor } from '../../../src/main/core/actor';
import { createEventBus } from '../../../src/main/core/bus';
import { createPurchaseService } from '../../../src/main/core/queue/purchase-service';
import { openDatabase } from '../../../src/main/core/store/db';

/**
 * One contender in a race: its own connection to the shared database file, as a second process
 * would have. Waits at the barrier so every contender starts at the same moment.
 */
export type RaceJob =
  | { kind: 'reserve'; requests: unknown[] }
  | { kind: 'decide'; purchaseId: string; decision: 'accept' | 'reject'; actor: Actor; expectedVersion: number };

export interface RaceRequest {
  path: string;
  barrier: SharedArrayBuffer;
  contenders: number;
  job: RaceJob;
}

function run({ path, barrier, contenders, job }: RaceRequest): string[] {
  const db = openDatabase(path);
  try {
    const purchases = createPurchaseService(db, createEventBus());
    const gate = new Int32Array(barrier);
    Atomics.add(gate, 0, 1);
    Atomics.notify(gate, 0);
    for (let seen = Atomics.load(gate, 0); seen < contenders; seen = Atomics.load(gate, 0)) {
      Atomics.wait(gate, 0, seen, 50);
    }
    if (job.kind === 'reserve') {
      return job.requests.map((request) => {
        const result = purchases.reserve(null, request);
        return result.ok ? 'ok' : result.error.code;
      });
    }
    const result = purchases.decide(job.purchaseId, job.decision, job.actor, job.expectedVersion);
    return [result.ok ? 'ok' : result.error.message];
  } finally {
    db.close();
  }
}

parentPort?.on('message', (request: RaceRequest) => {
  try {
    parentPort?.postMessage({ ok: true, outcomes: run(request) });
  } catch (error) {
    parentPort?.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort?.postMessage({ ready: true });
