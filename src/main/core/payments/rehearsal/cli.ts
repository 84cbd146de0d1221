import { parseArgs } from 'node:util';
import { consoleLogger } from '../../log';
import { startRehearsalStripe } from './server';

/**
 * Runs the rehearsal Stripe server in its own process (fault-injection and crash tests kill and
 * restart it):
 *
 *   node --import tsx src/main/core/payments/rehearsal/cli.ts --port 12111 --db ./stripe.sqlite
 *
 * Webhooks: --webhook-url, with the signing secret in REHEARSAL_WEBHOOK_SECRET (an argument would
 * show in the process list). Prints `rehearsal stripe ready <url>` once it accepts requests.
 */
const USAGE = `usage: cli.ts [--port 12111] [--host 127.0.0.1] [--db path|:memory:] [--checkout-base-url URL] [--webhook-url URL]
              [--webhook-attempts 8] [--webhook-retry-ms 1000]   (deliveries per event; first retry delay, doubling)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '12111' },
      host: { type: 'string', default: '127.0.0.1' },
      db: { type: 'string', default: ':memory:' },
      'checkout-base-url': { type: 'string' },
      'webhook-url': { type: 'string' },
      'webhook-attempts': { type: 'string' },
      'webhook-retry-ms': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.info(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535, got ${values.port}`);
  const webhookUrl = values['webhook-url'];
  const secret = process.env.REHEARSAL_WEBHOOK_SECRET;
  if (webhookUrl && !secret) throw new Error('--webhook-url needs the signing secret in REHEARSAL_WEBHOOK_SECRET');

  const attempts = Number(values['webhook-attempts'] ?? 8);
  const baseDelayMs = Number(values['webhook-retry-ms'] ?? 1000);
  if (!Number.isInteger(attempts) || attempts < 1 || attempts > 100) throw new Error(`--webhook-attempts must be 1-100, got ${values['webhook-attempts']}`);
  if (!Number.isInteger(baseDelayMs) || baseDelayMs < 1 || baseDelayMs > 3_600_000) throw new Error(`--webhook-retry-ms must be 1-3600000, got ${values['webhook-retry-ms']}`);

  const server = await startRehearsalStripe({
    webhookRetry: { attempts, baseDelayMs },
    port,
    host: values.host,
    dbPath: values.db,
    ...(values['checkout-base-url'] ? { checkoutBaseUrl: values['checkout-base-url'] } : {}),
    webhook: webhookUrl && secret ? { url: webhookUrl, secret } : null,
    log: consoleLogger('rehearsal-stripe'),
  });
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  console.info(`rehearsal stripe ready ${server.url}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  console.error(USAGE);
  process.exit(1);
});
