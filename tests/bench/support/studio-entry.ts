import { join, resolve } from 'node:path';
import { memoryLogger } from '../../../src/main/core/log';
import { memorySecretStore } from '../../../src/main/core/secrets';
import { startStudio } from '../../../src/main/core/compose';

/**
 * The headless studio exactly as `src/main/serve.ts` composes it, in its own process, with two
 * knobs a benchmark needs and a creator never does: the public API's per-client rate limits are
 * raised (every benchmark viewer comes from 127.0.0.1) and the Events API poll interval is explicit.
 *
 *   tsx tests/bench/support/studio-entry.ts DATA_DIR   (env: STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET,
 *   HOTSEAT_STRIPE_API_BASE, BENCH_POLL_INTERVAL_MS)
 */
const root = resolve(import.meta.dirname, '../../..');
const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: studio-entry.ts DATA_DIR');
const api = process.env.HOTSEAT_STRIPE_API_BASE ? new URL(process.env.HOTSEAT_STRIPE_API_BASE) : null;

const studio = await startStudio({
  dataDir,
  port: 0,
  secrets: memorySecretStore({
    ...(process.env.STRIPE_SECRET_KEY ? { stripeSecretKey: process.env.STRIPE_SECRET_KEY } : {}),
    ...(process.env.STRIPE_WEBHOOK_SECRET ? { stripeWebhookSecret: process.env.STRIPE_WEBHOOK_SECRET } : {}),
  }),
  version: 'bench',
  log: memoryLogger(),
  pagesDir: join(root, 'out/renderer'),
  ...(api ? { stripeEndpoint: { host: api.hostname, port: Number(api.port), protocol: 'http' as const } } : {}),
  tuning: {
    ...(process.env.BENCH_POLL_INTERVAL_MS ? { pollIntervalMs: Number(process.env.BENCH_POLL_INTERVAL_MS) } : {}),
    limits: { readsPerMinute: 100_000, checkoutsPerMinute: 100_000, openCheckoutsPerClient: 100_000 },
  },
});
process.on('SIGTERM', () => void studio.close().then(() => process.exit(0)));
console.info(`studio ready ${studio.studioUrl}`);
