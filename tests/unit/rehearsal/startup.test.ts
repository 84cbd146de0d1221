import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../src/main/core/log';
import { startRehearsalStripe, type RehearsalStripe } from '../../../src/main/core/payments/rehearsal';
import { tempDir } from './helpers';

/** A failed start leaves nothing behind: no listening socket, no database file opened for nothing. */
const dir = tempDir();
const started: RehearsalStripe[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
});
afterEach(() => dir.remove());

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('startRehearsalStripe', () => {
  it('refuses a bad checkout base URL before it opens the database', async () => {
    const dbPath = join(dir.path, 'bad-base.sqlite');
    await expect(startRehearsalStripe({ dbPath, checkoutBaseUrl: 'ftp://store.example', log: memoryLogger() })).rejects.toThrow(
      'checkout base URL must be http(s)',
    );
    expect(existsSync(dbPath)).toBe(false);
  });

  it('releases its port when the webhook target is refused after listening', async () => {
    const port = await freePort();
    const webhook = { url: 'ftp://hooks.example/stripe', secret: 'whsec_test' };
    await expect(startRehearsalStripe({ port, webhook, log: memoryLogger() })).rejects.toThrow('webhook url must be http or https');
    const next = await startRehearsalStripe({ port, log: memoryLogger() });
    started.push(next);
    expect(next.port).toBe(port);
  });

  it('reports a port already in use', async () => {
    const first = await startRehearsalStripe({ log: memoryLogger() });
    started.push(first);
    await expect(startRehearsalStripe({ port: first.port, log: memoryLogger() })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});
