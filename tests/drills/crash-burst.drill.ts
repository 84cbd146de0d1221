import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { waitFor } from '../support/wait-for';
import { startStudioProcess, type StudioProcess } from '../e2e/support/studio-process';
import { attemptPurchase, planPurchase, type AttemptResult } from './support/buyer';
import { createDrillShow } from './support/drill-show';
import { freePort } from './support/free-port';
import { openHostDesk, type HostDesk } from './support/host-desk';
import { auditLedger } from './support/ledger-audit';
import { drillSeed, seededRng } from './support/rng';
import { openWork } from './support/studio-db';
import { startStripeProcess, type StripeProcess } from './support/stripe-process';

/**
 * Crash during a purchase burst. The headless studio runs as a child process against the
 * Stripe-compatible server (its own process, state in a file). Viewers buy every kind of offer
 * through the real HTTP API and pay on the hosted checkout page, the host accepts, rejects and
 * refunds over the WebSocket, and the studio is SIGKILLed at random moments and restarted on the
 * same data folder. Afterwards the studio's database must agree with Stripe's ledger.
 *
 *   npm run test:crash     (DRILL_SEED, DRILL_PURCHASES, DRILL_KILLS to vary the run)
 */
const SEED = drillSeed(20_260_611);
const PURCHASES = Number(process.env.DRILL_PURCHASES ?? 1000);
const KILLS = Number(process.env.DRILL_KILLS ?? 24);
const BUYERS = 8;

const rng = seededRng(SEED);
const dataDir = mkdtempSync(join(tmpdir(), 'hotseat-crash-'));
const webhookSecret = `whsec_${randomBytes(16).toString('hex')}`;
let stripe: StripeProcess | null = null;
let studio: StudioProcess | null = null;
let desk: HostDesk | null = null;

afterAll(async () => {
  desk?.stop();
  await studio?.stop();
  await stripe?.stop();
});

describe('crash during a purchase burst', () => {
  it(`keeps every purchase and moves money exactly once across ${KILLS} SIGKILLs`, async () => {
    const started = Date.now();
    const port = await freePort();
    stripe = await startStripeProcess({
      dbPath: join(dataDir, 'stripe.sqlite'),
      webhook: { url: `http://127.0.0.1:${port}/api/stripe/webhook`, secret: webhookSecret },
      webhookAttempts: 40,
      webhookRetryMs: 100,
    });
    const stripeUrl = stripe.url;
    const launch = () =>
      startStudioProcess({
        dataDir,
        port,
        env: { STRIPE_SECRET_KEY: `sk_test_${randomBytes(12).toString('hex')}`, STRIPE_WEBHOOK_SECRET: webhookSecret, HOTSEAT_STRIPE_API_BASE: stripeUrl },
        args: ['--max-checkouts-per-minute', '1000000', '--max-reads-per-minute', '1000000', '--max-open-checkouts-per-client', '1000000'],
      });
    studio = await launch();
    const hostToken = studio.hostToken;
    const base = studio.baseUrl;
    desk = await openHostDesk(base, hostToken, rng.fork('host'));
    const offers = await createDrillShow(desk, { slug: 'crash-drill' });
    const studioDb = join(dataDir, 'hotseat.sqlite');

    // Where the studio dies: after a random number of checkout requests, plus a random moment.
    const killPoints = Array.from({ length: KILLS }, () => rng.int(10, PURCHASES - 10)).sort((a, b) => a - b);
    let requestsSent = 0;
    let created = 0;
    let up: Promise<void> = Promise.resolve();
    const restarts: number[] = [];
    const outcomes: AttemptResult[] = [];
    const paidByDriver = new Set<string>();

    const killer = (async () => {
      const killRng = rng.fork('killer');
      for (const point of killPoints) {
        await waitFor(`checkout request ${point}`, () => requestsSent >= point, { timeoutMs: 300_000, intervalMs: 5 });
        await new Promise((r) => setTimeout(r, killRng.int(0, 150)));
        const dying = studio;
        let revived!: () => void;
        up = new Promise<void>((r) => (revived = r));
        await dying?.kill();
        const t0 = Date.now();
        studio = await launch();
        restarts.push(Date.now() - t0);
        revived();
      }
    })();

    const buyer = async (index: number) => {
      for (let n = 0; ; n += 1) {
        if (created >= PURCHASES) return;
        const plan = planPurchase(rng.fork(`buyer-${index}-${n}`), offers);
        for (;;) {
          await up;
          requestsSent += 1;
          const result = await attemptPurchase(base, plan);
          outcomes.push(result);
          if (result.outcome === 'unreachable') continue; // nothing happened: try again once it is back
          if (result.outcome === 'created') {
            created += 1;
            if (result.paid) paidByDriver.add(result.purchaseId);
          }
          break;
        }
      }
    };

    let deciding = true;
    const decider = (async () => {
      while (deciding) {
        await desk.decidePass(offers, studioDb);
        await new Promise((r) => setTimeout(r, 150));
      }
    })();

    await Promise.all(Array.from({ length: BUYERS }, (_, i) => buyer(i)));
    await killer;
    const burstMs = Date.now() - started;

    // Settle: every payment a viewer made has reached the studio, every seat has been decided.
    await waitFor(
      'every paid purchase observed and every seat decided',
      async () => {
        const pass = await desk?.decidePass(offers, studioDb);
        if (!pass) return false;
        const byId = new Map(pass.purchases.map((p) => [p.id, p]));
        return [...paidByDriver].every((id) => byId.get(id)?.status !== 'pending_payment') && pass.purchases.every((p) => p.status !== 'pending_review');
      },
      { timeoutMs: 120_000, intervalMs: 250 },
    );
    deciding = false;
    await decider;

    await desk.command('show.setStatus', { showId: offers.showId, status: 'ended' });
    await waitFor('show closed and every money action carried out', () => {
      const work = openWork(studioDb, offers.showId);
      return work.pendingActions === 0 && work.openPurchases === 0;
    }, { timeoutMs: 120_000, intervalMs: 250 });
    desk.stop();
    await studio.stop();

    const audit = await auditLedger({ studioDbPath: studioDb, stripe: stripe.stripe, offers, paidByDriver });
    const count = (pred: (r: AttemptResult) => boolean) => outcomes.filter(pred).length;
    const refusals: Record<string, number> = {};
    for (const o of outcomes) if (o.outcome === 'refused') refusals[o.code] = (refusals[o.code] ?? 0) + 1;
    const byKind: Record<string, number> = {};
    for (const o of outcomes) if (o.outcome === 'created') byKind[o.kind] = (byKind[o.kind] ?? 0) + 1;
    const mismatches = [...audit.mismatches, ...desk.tally.capacityViolations];
    console.info(
      [
        `crash drill (seed ${SEED}) in ${((Date.now() - started) / 1000).toFixed(1)} s (burst ${(burstMs / 1000).toFixed(1)} s)`,
        `  purchases driven: ${created} (${Object.entries(byKind).map(([k, v]) => `${k} ${v}`).join(', ')}), paid by viewers ${paidByDriver.size}, declined attempts ${count((o) => o.outcome === 'created' && o.declines > 0)}`,
        `  refused with a clear error: ${Object.entries(refusals).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`,
        `  kills: ${restarts.length} SIGKILL + restart (restart median ${median(restarts)} ms, max ${Math.max(...restarts)} ms)`,
        `  faults seen by clients: ${count((o) => o.outcome === 'lost')} answers lost mid-request, ${count((o) => o.outcome === 'unreachable')} refused connections, ${desk.tally.retried} host commands retried`,
        `  host: accepted ${desk.tally.accepted}, rejected ${desk.tally.rejected}, refunds ${desk.tally.refunds}`,
        `  ledger: ${audit.counts.purchases} studio purchases, ${audit.counts.sessions} Stripe sessions, ${audit.counts.paidAtStripe} paid at Stripe (${audit.counts.authorizedEver} hot seat authorizations), captured ${audit.counts.captured}, refunded ${audit.counts.refunded}, cancelled ${audit.counts.cancelled}, orphan sessions ${audit.counts.orphanSessions}, money actions ${audit.counts.moneyActions}`,
        `  mismatches: ${mismatches.length}`,
        ...mismatches.slice(0, 30).map((m) => `    - ${m}`),
      ].join('\n'),
    );
    expect(restarts.length).toBeGreaterThanOrEqual(Math.min(KILLS, 20));
    expect(created).toBeGreaterThanOrEqual(PURCHASES);
    expect(mismatches).toEqual([]);
  }, 900_000);
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
