import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/main/core/studio';
import { memoryLogger } from '../../../src/main/core/log';
import { memorySecretStore } from '../../../src/main/core/secrets';
import { startStudio } from '../../../src/main/core/compose';
import type { Studio } from '../../../src/main/core/studio';
import { connectHost, type HostClient } from '../../support/studio-harness';
import { waitFor } from '../../support/wait-for';
import { localizeError } from '../../../src/shared/i18n/localize-error';
import { AppErrorShape } from '../../../src/shared/result';
import { openRawSocket } from './raw-socket';

/**
 * The public routes with the limits a creator gets (no tuning): one client cannot flood checkout
 * creation, store reads or host commands. Rehearsal mode, so no Stripe server is needed.
 */
let studio: Studio;
let host: HostClient;
let merchId = '';
let tipId = '';
beforeAll(async () => {
  const pages = mkdtempSync(join(tmpdir(), 'hotseat-pages-'));
  for (const page of ['studio', 'store', 'receipt']) {
    mkdirSync(join(pages, page));
    writeFileSync(join(pages, page, 'index.html'), `<!doctype html><title>${page}</title>`);
  }
  studio = await startStudio({ dataDir: mkdtempSync(join(tmpdir(), 'hotseat-limits-')), port: 0, secrets: memorySecretStore({}), version: 'test', log: memoryLogger(), pagesDir: pages });
  host = await connectHost(studio.url, studio.hostToken);
  const show = await host.command('show.create', { title: 'Limits', slug: 'limits', currency: 'usd' });
  merchId = (await host.command('offer.create', { showId: show.id, offer: { kind: 'merch', title: 'Cap', price: 1500, variants: [{ id: 'one', label: 'One size', stock: 10 }], shippingCountries: ['US'] } })).id;
  tipId = (await host.command('offer.create', { showId: show.id, offer: { kind: 'tip', title: 'Tip', minAmount: 100, maxAmount: 10_000 } })).id;
  await host.command('show.setStatus', { showId: show.id, status: 'live' });
  // Each test speaks as its own viewers through a trusted "tunnel" on 127.0.0.1 (X-Forwarded-For).
  await trustLoopbackProxy(true);
});

async function trustLoopbackProxy(on: boolean): Promise<void> {
  await host.command('settings.network.update', { bindAddress: '127.0.0.1', publicBaseUrl: on ? 'https://show.example.com' : null, trustedProxies: on ? ['127.0.0.1'] : [] });
}
afterAll(async () => {
  host?.client.stop();
  await studio?.close();
});

/** A checkout from this test; `headers` say which client it claims to be. */
function checkout(body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${studio.url}/api/checkout`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

const capsLeft = async () =>
  ((await (await fetch(`${studio.url}/api/store/limits`)).json()) as { offers: { id: string; variants?: { available: number }[] }[] }).offers.find((o) => o.id === merchId)?.variants?.[0]?.available;

describe('rate limits on public routes (defaults)', () => {
  it(`lets one client open at most ${DEFAULT_LIMITS.checkoutsPerMinute} checkouts a minute, then says why`, async () => {
    const statuses: number[] = [];
    let refusal: unknown = null;
    let retryAfter: string | null = null;
    for (let i = 0; i <= DEFAULT_LIMITS.checkoutsPerMinute; i += 1) {
      // Tips: no stock, so only the rate limit can refuse them.
      const response = await checkout({ offerId: tipId, amount: 300, buyerName: 'Flooder', buyerKey: `flooder-${String(i).padStart(12, '0')}` }, { 'x-forwarded-for': '198.51.100.1' });
      statuses.push(response.status);
      const body = (await response.json()) as { error?: unknown };
      if (response.status === 429) {
        refusal = body.error;
        retryAfter = response.headers.get('retry-after');
      }
    }
    expect(statuses.slice(0, -1).every((s) => s === 201)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    expect(refusal).toEqual({ code: 'rate_limited', message: expect.stringMatching(/too many requests/i) as unknown, reason: { id: 'error.http.rateLimited' } });
    expect(localizeError(AppErrorShape.parse(refusal), 'fr').message).toBe('Trop de requêtes. Patientez un instant, puis réessayez.');
    expect(Number(retryAfter)).toBeGreaterThan(0);
    console.info(`rate limits: checkout ${DEFAULT_LIMITS.checkoutsPerMinute}/min per client (429 + Retry-After ${retryAfter} s after)`);
  });

  it(`lets one client read the store at most ${DEFAULT_LIMITS.readsPerMinute} times a minute`, async () => {
    let first429 = -1;
    for (let i = 0; i < DEFAULT_LIMITS.readsPerMinute + 5 && first429 < 0; i += 1) {
      const response = await fetch(`${studio.url}/api/store`, { headers: { 'x-forwarded-for': '198.51.100.2' } });
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

describe('stock hostage: one client cannot hold a limited offer', () => {
  it(`holds at most ${DEFAULT_LIMITS.openCheckoutsPerClient} unpaid checkouts per offer for one client, whatever buyer keys it invents`, async () => {
    await trustLoopbackProxy(false);
    const before = await capsLeft();
    const answers: number[] = [];
    let refusal: { code?: string; message?: string } | undefined;
    // The attacker has a fresh buyer key every time and claims to be a new viewer in X-Forwarded-For:
    // neither is believed (no trusted proxy is set), so it is one client.
    for (let i = 0; i < 10; i += 1) {
      const response = await checkout(
        { offerId: merchId, variantId: 'one', buyerName: 'Hoarder', buyerKey: `hoarder-${String(i).padStart(12, '0')}` },
        { 'x-forwarded-for': `203.0.113.${i + 1}` },
      );
      answers.push(response.status);
      const body = (await response.json()) as { error?: typeof refusal };
      if (response.status !== 201) refusal = body.error;
    }
    const held = answers.filter((s) => s === 201).length;
    expect(held).toBe(DEFAULT_LIMITS.openCheckoutsPerClient);
    expect(answers.slice(held).every((s) => s === 409)).toBe(true);
    expect(refusal).toMatchObject({ reason: { id: 'error.purchases.openCheckouts', values: { open: 3 } }, code: 'limit_reached', message: expect.stringMatching(/Finish or cancel your open checkout first/) as unknown });
    expect(await capsLeft()).toBe((before ?? 0) - held);
    // A viewer on another connection (here: this computer, not through the proxy) still gets a cap.
    const another = await checkout({ offerId: merchId, variantId: 'one', buyerName: 'Fan', buyerKey: 'real-fan-000000000001' });
    expect(another.status).toBe(201);
    await trustLoopbackProxy(true);
    console.info(`stock hostage: one client tried 10 unpaid checkouts of a 10-unit offer with 10 buyer keys and 10 forged addresses: ${held} held, ${10 - held} refused (409 limit_reached); others still buy`);
  });

  it('a buyer who starts again releases their own unpaid checkout instead of holding two', async () => {
    const before = await capsLeft();
    const again = () => checkout({ offerId: merchId, variantId: 'one', buyerName: 'Retry', buyerKey: 'retrying-buyer-000001' }, { 'x-forwarded-for': '192.0.2.77' });
    for (let i = 0; i < 5; i += 1) expect((await again()).status).toBe(201);
    expect(await capsLeft()).toBe((before ?? 0) - 1);
  });
});

describe('trusted proxy: the forwarded address counts only from the proxy the host named', () => {
  it('with 127.0.0.1 trusted (a tunnel on this computer), each forwarded viewer is their own client', async () => {
    const before = await capsLeft();
    let created = 0;
    for (const viewer of ['198.51.100.20', '198.51.100.21']) {
      for (let i = 0; i < DEFAULT_LIMITS.openCheckoutsPerClient + 1; i += 1) {
        const response = await checkout({ offerId: merchId, variantId: 'one', buyerName: 'Viewer', buyerKey: `viewer-${viewer.replaceAll('.', '-')}-${i}`.padEnd(16, 'x') }, { 'x-forwarded-for': viewer });
        await response.arrayBuffer();
        if (response.status === 201) created += 1;
        else if (before !== undefined && before - created > 0) expect(response.status).toBe(409);
      }
    }
    // Each forwarded viewer got their own allowance (capped by what stock was left).
    expect(created).toBe(Math.min(2 * DEFAULT_LIMITS.openCheckoutsPerClient, before ?? 0));
  });
});
