import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import Stripe from 'stripe';
import { afterEach, describe, expect, it } from 'vitest';
import { sessionParams, tempDir } from './helpers';

const CLI = new URL('../../../src/main/core/payments/rehearsal/cli.ts', import.meta.url).pathname;
let child: ChildProcess | null = null;
let dir: ReturnType<typeof tempDir> | null = null;

afterEach(() => {
  child?.kill('SIGKILL');
  child = null;
  dir?.remove();
  dir = null;
});

/** Starts the CLI and resolves with the URL from its ready line. */
function startCli(args: string[]): Promise<string> {
  child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const proc = child;
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`no ready line in 15 s; stderr: ${err}`)), 15_000);
    proc.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /rehearsal stripe ready (\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    proc.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`cli exited with ${code}: ${err}`));
    });
  });
}

describe('cli.ts', () => {
  it('serves the API in its own process and keeps state across a kill and restart', async () => {
    dir = tempDir();
    const db = join(dir.path, 'stripe.sqlite');
    const url = new URL(await startCli(['--port', '0', '--db', db]));
    const stripe = new Stripe('sk_test_cli', { host: url.hostname, port: Number(url.port), protocol: 'http', maxNetworkRetries: 0 });
    const session = await stripe.checkout.sessions.create(sessionParams());
    expect(session.url).toBe(`${url.origin}/checkout/${session.id}`);

    child?.kill('SIGKILL');
    const again = new URL(await startCli(['--port', '0', '--db', db]));
    const restarted = new Stripe('sk_test_cli', { host: again.hostname, port: Number(again.port), protocol: 'http', maxNetworkRetries: 0 });
    expect((await restarted.checkout.sessions.retrieve(session.id)).status).toBe('open');
  });

  it('refuses a webhook URL without its secret', async () => {
    await expect(startCli(['--port', '0', '--webhook-url', 'http://127.0.0.1:1/hook'])).rejects.toThrow(/REHEARSAL_WEBHOOK_SECRET/);
  });
});
