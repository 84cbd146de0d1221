import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/main/core/compose';
import { memoryLogger } from '../../../src/main/core/log';
import { memorySecretStore } from '../../../src/main/core/secrets';
import { startStudio } from '../../../src/main/core/studio';
import type { Studio } from '../../../src/main/core/studio';
import { connectHost, type HostClient } from '../../support/studio-harness';
import { waitFor } from '../../support/wait-for';
import { openRawSocket } from './raw-socket';

/**
 * The public routes with the limits a creator gets (no tuning): one client cannot flood checkout
 * creation, store reads or host commands. Rehearsal mode, so no Stripe server is needed.
 */
let studio: Studio;
let host: HostClient;
let merchId = '';
beforeAll(async () => {
  const pages = mkdtempSync(join(tmpdir(), 'hotseat-pages-'));
  for (const page of ['studio', 'store', 'receipt']) {
    mkdirSync(join(pages, page));
    writeFileSync(join(pages, page, 'index.html'), `<!doctype html><title>${page}</title>`);
  }
  studio = await startStudio({ dataDir: mkdtempSync(join(tmpdir(), 'hotseat-limits-')), port: 0, secrets: memorySecretStore({}), version: 'test', log: memoryLogger(), pagesDir: pages });
  host = await connectHost(studio.url, studio.hostToken);
  const show = await host.command('show.create', { title: 'Limits', slug: 'limits', currency: 'usd' });
  merchId = (await host.command('offer.create', { showId: show.id, offer: { kind: 'merch', title: 'Cap', price: 1500, variants: [{ id: 'one', label: 'One size', stock: 1000 }], shippingCountries: ['US'] } })).id;
  await host.command('show.setStatus', { showId: show.id, status: 'live' });
});
afterAll(async () => {
  host?.client.stop();
  await studio?.close();
});

describe('rate limits on public routes (defaults)', () => {
  it(`lets one client open at most ${DEFAULT_LIMITS.checkoutsPerMinute} checkouts a minute, then says why`, async () => {
    const statuses: number[] = [];
    let refusal: unknown = null;
    for (let i = 0; i <= DEFAULT_LIMITS.checkoutsPerMinute; i += 1) {
      const response = await fetch(`${studio.url}/api/checkout`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ offerId: merchId, variantId: 'one', buyerName: 'Hoarder', buyerKey: `hoarder-${String(i).padStart(12, '0')}` }),
      });
      statuses.push(response.status);
      const body = (await response.json()) as { error?: unknown };
      if (response.status === 429) refusal = body.error;
    }
    expect(statuses.slice(0, -1).every((s) => s === 201)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    expect(refusal).toEqual({ code: 'rate_limited', message: expect.stringMatching(/too many requests/i) as unknown });
    // What one address can hold unpaid at most: the limit × a checkout's lifetime (31 minutes).
    const view = (await (await fetch(`${studio.url}/api/store/limits`)).json()) as { offers: { variants?: { available: number }[] }[] };
    expect(view.offers[0]?.variants?.[0]?.available).toBe(1000 - DEFAULT_LIMITS.checkoutsPerMinute);
    console.info(
      `rate limits: checkout ${DEFAULT_LIMITS.checkoutsPerMinute}/min per client (429 after); one address can hold at most ${DEFAULT_LIMITS.checkoutsPerMinute * 31} unpaid reservations over a checkout's 31-minute life`,
    );
  });

  it(`lets one client read the store at most ${DEFAULT_LIMITS.readsPerMinute} times a minute`, async () => {
    let first429 = -1;
    for (let i = 0; i < DEFAULT_LIMITS.readsPerMinute + 5 && first429 < 0; i += 1) {
      const response = await fetch(`${studio.url}/api/store`);
      await response.arrayBuffer();
      if (response.status === 429) first429 = i;
    }
    // The checkout test above used the store view once.
    expect(first429).toBeGreaterThanOrEqual(DEFAULT_LIMITS.readsPerMinute - 1);
    expect(first429).toBeLessThanOrEqual(DEFAULT_LIMITS.readsPerMinute);
  }, 30_000);

  it('slows down a socket that floods commands, without closing it', async () => {
    const socket = await openRawSocket(studio.url);
    socket.send(JSON.stringify({ type: 'hello', token: studio.hostToken }));
    await socket.next((m) => m.type === 'welcome');
    for (let id = 1; id <= 80; id += 1) socket.send(JSON.stringify({ type: 'command', id, name: 'studio.snapshot', input: {} }));
    await waitFor('all 80 answers', () => socket.messages.filter((m) => m.type === 'result').length === 80);
    const results = socket.messages.filter((m) => m.type === 'result');
    const limited = results.filter((m) => m.type === 'result' && !m.ok && m.error.code === 'rate_limited');
    expect(results).toHaveLength(80);
    expect(limited.length).toBeGreaterThanOrEqual(30);
    expect(limited.length).toBeLessThanOrEqual(45);
    socket.close();
  });
});
