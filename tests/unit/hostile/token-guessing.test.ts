import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEFAULT_LIMITS } from '../../../src/main/core/studio';
import { startTestStudio, type TestStudio } from '../../support/studio-harness';
import { openRawSocket } from './raw-socket';

/**
 * Guessing join links, moderator invites, receipt links or the program key: with the limits a
 * creator gets, one client may try DEFAULT_LIMITS.wrongTokens.max wrong tokens in the window, then
 * every route that takes a token answers 429 with Retry-After before looking at the next one (the
 * socket upgrade included). Other clients, and the host's own window, are not affected.
 */
const LIMIT = DEFAULT_LIMITS.wrongTokens;
let t: TestStudio;
let guestToken = '';

beforeAll(async () => {
  t = await startTestStudio({ webhooks: false, limits: { wrongTokens: LIMIT } });
  const show = await t.host.command('show.create', { title: 'Guessing', slug: 'guessing', currency: 'usd' });
  await t.host.command('show.setStatus', { showId: show.id, status: 'live' });
  guestToken = new URL((await t.host.command('guests.invite', { name: 'Gus', minutes: 2 })).joinUrl).hash.slice('#t='.length);
  // Viewers arrive through a tunnel on this computer, so each X-Forwarded-For is its own client.
  await t.host.command('settings.network.update', { bindAddress: '127.0.0.1', publicBaseUrl: 'https://show.example.com', trustedProxies: ['127.0.0.1'] });
});
afterAll(async () => {
  await t?.close();
});

/** A hello on /ws as `client`: welcomed, refused with a reason, or refused the upgrade. */
async function tryHello(token: string, client?: string): Promise<{ welcomed: boolean; reason?: string; status?: number; retryAfter?: number; body?: string }> {
  const ws = new WebSocket(`${t.studio.url.replace(/^http/, 'ws')}/ws`, { headers: client ? { 'x-forwarded-for': client } : {} });
  return new Promise((resolve) => {
    let reason: string | undefined;
    ws.on('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ welcomed: false, status: response.statusCode ?? 0, retryAfter: Number(response.headers['retry-after']), body }));
    });
    ws.on('error', () => undefined);
    ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', token })));
    ws.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as { type: string; reason?: string };
      if (message.type === 'welcome') {
        ws.close();
        resolve({ welcomed: true });
      }
      if (message.type === 'closing') reason = message.reason;
    });
    ws.on('close', () => resolve({ welcomed: false, ...(reason ? { reason } : {}) }));
  });
}

const guess = (i: number, prefix = 'hsj_') => `${prefix}${String(i).padStart(43, 'A')}`;

describe('token guessing is rate limited per client', () => {
  it(`refuses a client after ${LIMIT.max} wrong join links: 429 + Retry-After, even for a right link`, async () => {
    const guesser = '203.0.113.50';
    const reasons: string[] = [];
    for (let i = 0; i < LIMIT.max; i += 1) {
      const attempt = await tryHello(guess(i), guesser);
      expect(attempt.welcomed).toBe(false);
      reasons.push(attempt.reason ?? '');
    }
    expect(reasons[0]).toMatch(/not valid/);
    expect(reasons.at(-1)).toMatch(/Too many attempts with links that are not valid .* Try again in 10 minutes/);
    const blocked = await tryHello(guestToken, guesser);
    expect(blocked).toMatchObject({ welcomed: false, status: 429 });
    expect(blocked.retryAfter).toBeGreaterThan(LIMIT.windowMs / 1000 - 60);
    expect(blocked.retryAfter).toBeLessThanOrEqual(LIMIT.windowMs / 1000);
    expect(JSON.parse(blocked.body ?? '{}')).toEqual({
      error: {
        code: 'rate_limited',
        message: expect.stringMatching(/Try again in 10 minutes/) as unknown,
        reason: { id: 'error.connection.tooManyWrongLinks', values: { unit: 'minutes', count: 10 } },
      },
    });
    // The same client's other token routes are closed too.
    const receipt = await fetch(`${t.studio.url}/api/receipt`, { headers: { 'x-receipt-token': 'QtyAZJqU8gLM-k6gDSvSDSFQmUfGU40V', 'x-forwarded-for': guesser } });
    expect(receipt.status).toBe(429);
    expect(Number(receipt.headers.get('retry-after'))).toBeGreaterThan(0);
    const stream = await fetch(`${t.studio.url}/program/live.webm?key=hsp_guess`, { headers: { 'x-forwarded-for': guesser } });
    expect(stream.status).toBe(429);
    console.info(`token guessing: ${LIMIT.max} wrong links per client in ${LIMIT.windowMs / 60_000} min, then 429 (Retry-After ${blocked.retryAfter} s) on /ws, /api/receipt, /program`);
  });

  it('does not lock out anyone else: another viewer and the host’s own window still get in', async () => {
    expect(await tryHello(guestToken, '198.51.100.60')).toMatchObject({ welcomed: true });
    expect(await tryHello(t.studio.hostToken)).toMatchObject({ welcomed: true });
  });

  it('counts every kind of wrong token together: moderator invites, receipts, program keys', async () => {
    const guesser = '203.0.113.51';
    let used = 0;
    for (let i = 0; i < 5; i += 1, used += 1) expect((await tryHello(guess(i, 'hsm_'), guesser)).welcomed).toBe(false);
    for (let i = 0; i < 5; i += 1, used += 1) {
      const r = await fetch(`${t.studio.url}/api/receipt`, { headers: { 'x-receipt-token': `${String(i).padStart(32, 'R')}`, 'x-forwarded-for': guesser } });
      expect(r.status).toBe(404);
    }
    for (let i = 0; i < 5; i += 1, used += 1) {
      const r = await fetch(`${t.studio.url}/program/live.webm?key=hsp_${i}`, { headers: { 'x-forwarded-for': guesser } });
      expect(r.status).toBe(404);
    }
    for (; used < LIMIT.max; used += 1) {
      const ingest = await openRawSocket(t.studio.url, { path: '/program/ingest', headers: { 'x-forwarded-for': guesser } });
      ingest.send(JSON.stringify({ type: 'hello', token: guess(used, 'hsh_'), mimeType: 'video/webm' }));
      expect((await ingest.closed).code).toBe(4401);
    }
    expect(await tryHello(guestToken, guesser)).toMatchObject({ status: 429 });
  });

  it('without a trusted proxy, a forged X-Forwarded-For buys no new attempts (and the host’s window is still apart)', async () => {
    await t.host.command('settings.network.update', { bindAddress: '127.0.0.1', publicBaseUrl: null, trustedProxies: [] });
    let refusedAt = -1;
    for (let i = 0; i <= LIMIT.max && refusedAt < 0; i += 1) {
      const attempt = await tryHello(guess(1000 + i), `192.0.2.${i + 1}`);
      if (attempt.status === 429) refusedAt = i;
    }
    expect(refusedAt).toBe(LIMIT.max);
    expect(await tryHello(t.studio.hostToken)).toMatchObject({ welcomed: true });
  });
});
