import { Worker } from 'node:worker_threads';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RaceJob, RaceRequest } from './race-worker';
import { buyerKey, HOST, LEO, liveShow, MAYA, studio, value, type LiveShow, type Studio } from './services-fixture';

const WORKER = new URL('./race-worker.ts', import.meta.url).href;
// Workers do not inherit vitest's TypeScript transform: register tsx inside each one first.
const BOOT = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER)}); })`;
const CONTENDERS = 4;

type Reply = { ready: true } | { ok: true; outcomes: string[] } | { ok: false; error: string };

/** Threads booted once for the file; each race sends every one of them a job. */
let pool: Worker[] = [];
beforeAll(async () => {
  pool = await Promise.all(
    Array.from(
      { length: CONTENDERS },
      () =>
        new Promise<Worker>((resolve, reject) => {
          const worker = new Worker(BOOT, { eval: true });
          worker.once('message', () => resolve(worker));
          worker.once('error', reject);
        }),
    ),
  );
});
afterAll(async () => {
  await Promise.all(pool.map((w) => w.terminate()));
});

let s: Studio;
let live: LiveShow;
beforeEach(() => {
  s = studio();
  live = liveShow(s);
});
afterEach(() => s.cleanup());

/** Runs every job on its own thread and connection, all released at once; returns their outcomes. */
async function race(jobs: RaceJob[]): Promise<string[][]> {
  if (jobs.length > pool.length) throw new Error(`only ${pool.length} contenders booted`);
  const barrier = new SharedArrayBuffer(4);
  return Promise.all(
    jobs.map(
      (job, index) =>
        new Promise<string[]>((resolve, reject) => {
          const worker = pool[index];
          if (!worker) return reject(new Error('missing worker'));
          const request: RaceRequest = { path: s.temp.path, barrier, contenders: jobs.length, job };
          worker.once('message', (reply: Reply) => {
            if ('outcomes' in reply) resolve(reply.outcomes);
            else reject(new Error('error' in reply ? reply.error : 'unexpected reply'));
          });
          worker.postMessage(request);
        }),
    ),
  );
}

describe('races between separate connections', () => {
  it('never sells more merch than the stock, however many buyers race for it', async () => {
    const shirt = value(
      s.catalog.createOffer(
        live.show.id,
        { kind: 'merch', title: 'Poster', price: 1000, variants: [{ id: 'one', label: 'Poster', stock: 5 }], shippingCountries: ['US'] },
        HOST,
      ),
    );
    const jobs: RaceJob[] = Array.from({ length: CONTENDERS }, () => ({
      kind: 'reserve',
      requests: Array.from({ length: 6 }, () => ({ offerId: shirt.id, buyerName: 'Racer', buyerKey: buyerKey(), variantId: 'one' })),
    }));
    const outcomes = (await race(jobs)).flat();
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(5);
    expect(outcomes.filter((o) => o === 'sold_out')).toHaveLength(CONTENDERS * 6 - 5);
    const view = value(s.catalog.storeView());
    expect(view.offers.find((o) => o.id === shirt.id)).toMatchObject({ variants: [{ id: 'one', available: 0 }] });
  });

  it('never hands out more hot seats than the show has', async () => {
    const jobs: RaceJob[] = Array.from({ length: CONTENDERS }, () => ({
      kind: 'reserve',
      requests: Array.from({ length: 3 }, () => ({ offerId: live.seat.id, buyerName: 'Racer', buyerKey: buyerKey(), question: 'Q' })),
    }));
    const outcomes = (await race(jobs)).flat();
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(live.seat.perShow);
    expect(s.purchases.listForShow(live.show.id).filter((p) => p.kind === 'hotseat')).toHaveLength(live.seat.perShow);
  });

  it('lets exactly one of two moderators decide a seat at the same moment', async () => {
    const { purchase } = value(s.purchases.reserve(null, { offerId: live.seat.id, buyerName: 'Ada', buyerKey: buyerKey(), question: 'Q' }));
    const queued = value(
      s.purchases.applyObservation({ eventId: null, purchaseId: purchase.id, observation: { type: 'payment_authorized', paymentIntentId: 'pi_race' } }),
    ).purchase;
    const [maya, leo] = await race([
      { kind: 'decide', purchaseId: queued.id, decision: 'accept', actor: MAYA, expectedVersion: queued.version },
      { kind: 'decide', purchaseId: queued.id, decision: 'reject', actor: LEO, expectedVersion: queued.version },
    ]);
    const outcomes = [...(maya ?? []), ...(leo ?? [])];
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(1);
    const final = s.purchases.get(queued.id);
    const winner = final?.decidedBy ?? 'nobody';
    expect(outcomes).toContain(`This hot seat was already ${final?.status} by ${winner}`);
    expect(s.purchases.moneyActionFor(queued.id)).toHaveLength(final?.status === 'rejected' ? 1 : 0);
  });
});
