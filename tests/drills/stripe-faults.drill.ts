import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Stripe from 'stripe';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../src/main/core/log';
import { startRehearsalStripe, type ApiFaultRule, type RehearsalStripe } from '../../src/main/core/payments/rehearsal';
import { waitFor } from '../support/wait-for';
import { startStudioProcess, type StudioProcess } from '../e2e/support/studio-process';
import { attemptPurchase, planPurchase, type AttemptResult } from './support/buyer';
import { createDrillShow } from './support/drill-show';
import { openHostDesk, type HostDesk } from './support/host-desk';
import { auditLedger } from './support/ledger-audit';
import { drillSeed, seededRng, type Rng } from './support/rng';
import { openWork } from './support/studio-db';

/**
 * Stripe faults during a purchase burst. The headless studio runs as a child process; the
 * Stripe-compatible server runs in this process so the drill can misbehave it: 500s before acting,
 * connections dropped after the server acted, slow answers and answers slower than the studio's
 * timeout, webhooks duplicated, delivered out of order and failing (so they are retried). The same
 * ledger audit as the crash drill must find nothing.
 *
 *   npm run test:drills -- stripe-faults     (DRILL_SEED, DRILL_FAULT_PURCHASES to vary it)
 */
const SEED = drillSeed(7_340_021);
const PURCHASES = Number(process.env.DRILL_FAULT_PURCHASES ?? 400);
const BUYERS = 8;
/** Refusals a viewer may see; anything else (or no answer) is a failure. */
const CLEAR_REFUSALS = new Set(['sold_out', 'limit_reached', 'payment_provider']);

interface FaultMenuItem {
  name: string;
  inject(server: RehearsalStripe, rng: Rng): number;
}

const api = (name: string, rule: ApiFaultRule): FaultMenuItem => ({
  name,
  inject: (server) => {
    server.faults.failNext(rule);
    return rule.times ?? 1;
  },
});

/** What can go wrong at Stripe, each a number of faults it injects. */
const MENU: FaultMenuItem[] = [
  api('500 on checkout creation (retried by stripe-node)', { kind: 'http500', method: 'POST', pathPrefix: '/v1/checkout/sessions' }),
  api('500s on checkout creation beyond the retries', { kind: 'http500', method: 'POST', pathPrefix: '/v1/checkout/sessions', times: 3 }),
  api('checkout created, connection dropped', { kind: 'drop_after_commit', method: 'POST', pathPrefix: '/v1/checkout/sessions' }),
  api('slow checkout creation (2 s)', { kind: 'delay', ms: 2_000, method: 'POST', pathPrefix: '/v1/checkout/sessions' }),
  api('500s on the Events API', { kind: 'http500', method: 'GET', pathPrefix: '/v1/events', times: 3 }),
  api('slow Events API (3 s)', { kind: 'delay', ms: 3_000, method: 'GET', pathPrefix: '/v1/events' }),
  api('500s reading sessions (webhook ingest fails, retried)', { kind: 'http500', method: 'GET', pathPrefix: '/v1/checkout/sessions/', times: 4 }),
  api('cancel done, connection dropped', { kind: 'drop_after_commit', method: 'POST', pathPrefix: '/v1/payment_intents/' }),
  api('500s on cancel (money worker backs off)', { kind: 'http500', method: 'POST', pathPrefix: '/v1/payment_intents/', times: 4 }),
  api('refund done, connection dropped', { kind: 'drop_after_commit', method: 'POST', pathPrefix: '/v1/refunds' }),
  api('500 on refund', { kind: 'http500', method: 'POST', pathPrefix: '/v1/refunds', times: 2 }),
  {
    name: 'webhooks duplicated',
    inject: (server, rng) => {
      server.faults.duplicateWebhooks(rng.chance(0.7));
      return 1;
    },
  },
  {
    name: 'webhooks out of order',
    inject: (server, rng) => {
      server.faults.reorderWebhooks(rng.chance(0.7));
      return 1;
    },
  },
  {
    name: 'webhook deliveries failing (retried)',
    inject: (server, rng) => {
      const n = rng.int(1, 5);
      server.faults.dropWebhookDeliveries(n);
      return n;
    },
  },
];

/** Answers slower than the studio's Stripe timeout (15 s): stripe-node retries with the same key. */
const TIMEOUT_FAULTS: ApiFaultRule[] = [
  { kind: 'delay', ms: 16_000, method: 'POST', pathPrefix: '/v1/checkout/sessions' },
  { kind: 'delay', ms: 16_000, method: 'POST', pathPrefix: '/v1/payment_intents/' },
];

const rng = seededRng(SEED);
const dataDir = mkdtempSync(join(tmpdir(), 'hotseat-faults-'));
let server: RehearsalStripe | null = null;
let studio: StudioProcess | null = null;
let desk: HostDesk | null = null;

afterAll(async () => {
  desk?.stop();
  await studio?.stop();
  await server?.close();
});

describe('Stripe faults during a purchase burst', () => {
  it('keeps the ledger right through 500s, dropped connections, timeouts and unruly webhooks', async () => {
    const started = Date.now();
    const webhookSecret = `whsec_${randomBytes(16).toString('hex')}`;
    server = await startRehearsalStripe({ dbPath: join(dataDir, 'stripe.sqlite'), log: memoryLogger(), webhookRetry: { attempts: 12, baseDelayMs: 100, maxDelayMs: 2_000 } });
    studio = await startStudioProcess({
      dataDir,
      env: { STRIPE_SECRET_KEY: `sk_test_${randomBytes(12).toString('hex')}`, STRIPE_WEBHOOK_SECRET: webhookSecret, HOTSEAT_STRIPE_API_BASE: server.url },
      args: ['--max-checkouts-per-minute', '1000000', '--max-reads-per-minute', '1000000', '--max-open-checkouts-per-client', '1000000'],
    });
    server.setWebhook({ url: `${studio.baseUrl}/api/stripe/webhook`, secret: webhookSecret });
    desk = await openHostDesk(studio.baseUrl, studio.hostToken, rng.fork('host'));
    const offers = await createDrillShow(desk, { slug: 'fault-drill' });
    const studioDb = join(dataDir, 'hotseat.sqlite');

    const faultRng = rng.fork('faults');
    const injected: Record<string, number> = {};
    let faultCount = 0;
    const inject = (item: FaultMenuItem) => {
      const n = item.inject(server as RehearsalStripe, faultRng);
      injected[item.name] = (injected[item.name] ?? 0) + n;
      faultCount += n;
    };
    const timeoutPoints = TIMEOUT_FAULTS.map(() => faultRng.int(20, PURCHASES - 20));

    let sent = 0;
    let created = 0;
    const outcomes: AttemptResult[] = [];
    const paidByDriver = new Set<string>();
    const buyer = async (index: number) => {
      for (let n = 0; created < PURCHASES; n += 1) {
        sent += 1;
        // Every few purchases something else goes wrong at Stripe.
        if (sent % 6 === 0) inject(faultRng.pick(MENU));
        const timeout = timeoutPoints.indexOf(sent);
        if (timeout >= 0) {
          server?.faults.failNext(TIMEOUT_FAULTS[timeout] as ApiFaultRule);
          injected['answer slower than the studio timeout'] = (injected['answer slower than the studio timeout'] ?? 0) + 1;
          faultCount += 1;
        }
        const result = await attemptPurchase(studio?.baseUrl ?? '', planPurchase(rng.fork(`buyer-${index}-${n}`), offers));
        outcomes.push(result);
        if (result.outcome === 'created') {
          created += 1;
          if (result.paid) paidByDriver.add(result.purchaseId);
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
    const burstMs = Date.now() - started;

    await waitFor(
      'every paid purchase observed and every seat decided',
      async () => {
        const pass = await desk?.decidePass(offers, studioDb);
        if (!pass) return false;
        const byId = new Map(pass.purchases.map((p) => [p.id, p]));
        return [...paidByDriver].every((id) => byId.get(id)?.status !== 'pending_payment') && pass.purchases.every((p) => p.status !== 'pending_review');
      },
      { timeoutMs: 180_000, intervalMs: 250 },
    );
    deciding = false;
    await decider;

    // The show ends while Stripe still misbehaves: cancels and expiries hit faults too.
    inject(MENU.find((m) => m.name.startsWith('cancel done')) as FaultMenuItem);
    inject(MENU.find((m) => m.name.startsWith('500s on cancel')) as FaultMenuItem);
    server.faults.failNext({ kind: 'drop_after_commit', method: 'POST', pathPrefix: '/v1/checkout/sessions/', times: 2 });
    injected['expiry done, connection dropped'] = 2;
    faultCount += 2;
    await desk.command('show.setStatus', { showId: offers.showId, status: 'ended' });
    await waitFor('show closed and every money action carried out', () => {
      const work = openWork(studioDb, offers.showId);
      return work.pendingActions === 0 && work.openPurchases === 0;
    }, { timeoutMs: 180_000, intervalMs: 250 });
    const unconsumed = server.faults.pending();
    server.faults.clear();
    desk.stop();
    await studio.stop();

    const stripe = new Stripe(server.apiKey, { ...server.stripeOptions, maxNetworkRetries: 2 });
    const audit = await auditLedger({ studioDbPath: studioDb, stripe, offers, paidByDriver });
    const unclear = outcomes.filter((o) => o.outcome === 'lost' || o.outcome === 'unreachable' || (o.outcome === 'refused' && !CLEAR_REFUSALS.has(o.code)));
    const refusals: Record<string, number> = {};
    for (const o of outcomes) if (o.outcome === 'refused') refusals[o.code] = (refusals[o.code] ?? 0) + 1;
    const mismatches = [...audit.mismatches, ...desk.tally.capacityViolations];
    console.info(
      [
        `Stripe fault drill (seed ${SEED}) in ${((Date.now() - started) / 1000).toFixed(1)} s (burst ${(burstMs / 1000).toFixed(1)} s)`,
        `  purchases driven: ${created}, paid by viewers ${paidByDriver.size}`,
        `  faults injected: ${faultCount} (${unconsumed} never triggered)`,
        ...Object.entries(injected).map(([name, n]) => `    ${n} × ${name}`),
        `  refused with a clear error: ${Object.entries(refusals).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}; unclear answers ${unclear.length}`,
        `  host: accepted ${desk.tally.accepted}, rejected ${desk.tally.rejected}, refunds ${desk.tally.refunds}, commands retried ${desk.tally.retried}`,
        `  ledger: ${audit.counts.purchases} studio purchases, ${audit.counts.sessions} Stripe sessions, ${audit.counts.paidAtStripe} paid, captured ${audit.counts.captured}, refunded ${audit.counts.refunded}, cancelled ${audit.counts.cancelled}, orphan sessions ${audit.counts.orphanSessions}, money actions ${audit.counts.moneyActions}`,
        `  mismatches: ${mismatches.length}`,
        ...mismatches.slice(0, 30).map((m) => `    - ${m}`),
      ].join('\n'),
    );
    expect(created).toBeGreaterThanOrEqual(PURCHASES);
    expect(unclear).toEqual([]);
    expect(mismatches).toEqual([]);
  }, 900_000);
});
