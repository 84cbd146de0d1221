import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import Stripe from 'stripe';
import { REHEARSAL_API_KEY } from '../../../src/main/core/payments/rehearsal';

/**
 * The project's Stripe-compatible server as its own process (`payments/rehearsal/cli.ts`), with its
 * state in a SQLite file, as a creator's studio talks to api.stripe.com: a studio crash never
 * touches it, and it delivers signed webhooks to the studio's fixed URL.
 */
export interface StripeProcess {
  url: string;
  /** stripe-node on the Stripe side, to read the ledger as Stripe sees it. */
  stripe: Stripe;
  output(): string;
  stop(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '../../..');

export async function startStripeProcess(options: {
  dbPath: string;
  webhook?: { url: string; secret: string };
  webhookAttempts?: number;
  webhookRetryMs?: number;
}): Promise<StripeProcess> {
  const args = ['--import', 'tsx', 'src/main/core/payments/rehearsal/cli.ts', '--port', '0', '--db', options.dbPath];
  if (options.webhook) args.push('--webhook-url', options.webhook.url);
  if (options.webhookAttempts) args.push('--webhook-attempts', String(options.webhookAttempts));
  if (options.webhookRetryMs) args.push('--webhook-retry-ms', String(options.webhookRetryMs));
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...(options.webhook ? { REHEARSAL_WEBHOOK_SECRET: options.webhook.secret } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const append = (chunk: Buffer) => {
    output += chunk.toString();
    // Webhook failures while the studio is down are expected and loud; keep the tail only.
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  const url = await new Promise<string>((ready, failed) => {
    const timer = setTimeout(() => failed(new Error(`Stripe server did not start:\n${output}`)), 30_000);
    const check = () => {
      const match = /rehearsal stripe ready (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        ready(match[1]);
      }
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      failed(new Error(`Stripe server exited with ${code}:\n${output}`));
    });
  });
  const { hostname, port } = new URL(url);
  const stripe = new Stripe(REHEARSAL_API_KEY, { host: hostname, port: Number(port), protocol: 'http', maxNetworkRetries: 2 });
  return { url, stripe, output: () => output, stop: () => stop(child) };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}
