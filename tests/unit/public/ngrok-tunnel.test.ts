import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/main/core/studio';
import { describeNgrokError } from '../../../src/main/core/public/ngrok-tunnel';
import { createReachCheck } from '../../../src/main/core/public/reach-check';
import { wordSaid } from '../../../src/shared/i18n/said';
import type { PublicAddressStatus } from '../../../src/shared/public-address';
import { startFakeNgrok, type FakeNgrok } from '../../support/fake-ngrok';
import { startTestStudio, type TestStudio } from '../../support/studio-harness';
import { waitFor } from '../../support/wait-for';

/**
 * The built-in provider through ngrok's library API (tests/support/fake-ngrok.ts plays the
 * library and its edge); ngrok-live-smoke.test.ts meets the real service when a token is set.
 */
const TOKEN = '2abcdefghijklmnopqrstuvwxyz1_ABCDEFGHIJKLMNOPQRSTUV';
const fastTiming = { backoff: { baseMs: 50, maxMs: 400 }, recheckMs: 500, recheckAfterFailureMs: 150 };

async function status(t: TestStudio): Promise<PublicAddressStatus> {
  return (await t.host.command('studio.snapshot', {})).publicAddress;
}

describe('ngrok: the built-in provider', () => {
  let ngrok: FakeNgrok;
  let t: TestStudio;
  let tipOfferId = '';
  beforeAll(async () => {
    ngrok = await startFakeNgrok({ validToken: TOKEN });
    t = await startTestStudio({
      webhooks: false,
      limits: DEFAULT_LIMITS,
      publicAccess: { network: { publicMode: 'ngrok', ngrok: { domain: 'myshow.ngrok.app' } } },
      publicTuning: {
        ngrokApi: () => Promise.resolve(ngrok),
        check: (id) => {
          const inner = createReachCheck(id, 3_000);
          return (_url, signal) => inner(`http://127.0.0.1:${ngrok.edgePort}`, signal);
        },
        timing: fastTiming,
      },
    });
    const show = await t.host.command('show.create', { title: 'ngrok show', slug: 'ngrok-show', currency: 'usd' });
    tipOfferId = (await t.host.command('offer.create', { showId: show.id, offer: { kind: 'tip', title: 'Tip', minAmount: 100, maxAmount: 10_000 } })).id;
    await t.host.command('show.setStatus', { showId: show.id, status: 'live' });
  });
  afterAll(async () => {
    await t?.close();
    await ngrok?.close();
  });

  it('waits for a token, saying where to find it, and never sends it back', async () => {
    const before = await waitFor('asks for the token', async () => ((await status(t)).problem?.code === 'config' ? status(t) : null));
    expect(before).toMatchObject({ state: 'failing', url: null, ngrokTokenSet: false });
    expect(before.problem?.message).toMatch(/ngrok authtoken/);
    expect(before.problem?.reason).toEqual({ id: 'error.public.ngrokTokenMissing' });
    expect(wordSaid(before.problem!, 'fr')).toBe('Collez votre authtoken ngrok dans Réglages → Réseau (dashboard.ngrok.com → Your Authtoken).');
    expect(ngrok.configs).toHaveLength(0);
    await expect(t.host.command('public.setNgrokToken', { authtoken: 'not a token!' })).rejects.toThrow(/must be an ngrok authtoken/);
  });

  it('a wrong token: credentials, said without the token, no retrying', async () => {
    await t.host.command('public.setNgrokToken', { authtoken: 'x'.repeat(24) + '_wrongwrongwrongwrong' });
    const s = await waitFor('refused', async () => ((await status(t)).problem?.code === 'credentials' ? status(t) : null));
    expect(s).toMatchObject({ state: 'failing', url: null, retryAt: null, ngrokTokenSet: true });
    expect(s.problem?.message).toMatch(/ngrok refused the authtoken \(ERR_NGROK_107\)/);
    expect(s.problem?.reason).toEqual({ id: 'error.ngrok.authtoken', values: { code: 'ERR_NGROK_107' } });
    expect(wordSaid(s.problem!, 'fr')).toMatch(/^ngrok a refusé l’authtoken \(ERR_NGROK_107\)\. .*Réglages → Réseau\.$/);
    expect(JSON.stringify(t.host.events)).not.toContain('wrongwrongwrong');
    expect(t.log.lines.join('\n')).not.toContain('wrongwrongwrong');
    const attempts = ngrok.configs.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ngrok.configs).toHaveLength(attempts);
  });

  it('opens with the token and the reserved domain, forwards to the studio, and counts viewers by ngrok’s X-Forwarded-For', async () => {
    await t.host.command('public.setNgrokToken', { authtoken: TOKEN });
    const s = await waitFor('public and reachable', async () => {
      const current = await status(t);
      return current.state === 'public' && current.reachable === true ? current : null;
    });
    expect(s.url).toBe('https://myshow.ngrok.app');
    expect(ngrok.configs.at(-1)).toMatchObject({ authtoken: TOKEN, domain: 'myshow.ngrok.app', proto: 'http' });
    expect((await t.host.command('studio.snapshot', {})).links.store).toBe('https://myshow.ngrok.app/s/ngrok-show');
    expect(JSON.stringify(await t.host.command('studio.snapshot', {}))).not.toContain(TOKEN);

    const checkout = (viewer: string, i: number) =>
      fetch(`http://127.0.0.1:${ngrok.edgePort}/api/checkout`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-test-viewer': viewer },
        body: JSON.stringify({ offerId: tipOfferId, amount: 300, buyerName: `Viewer ${i}`, buyerKey: `ngrok-viewer-${String(i).padStart(8, '0')}` }),
      }).then(async (response) => {
        await response.arrayBuffer();
        return response.status;
      });
    const many = await Promise.all(Array.from({ length: DEFAULT_LIMITS.checkoutsPerMinute + 10 }, (_, i) => checkout(`203.0.113.${i + 1}`, i)));
    expect(many.every((code) => code === 201)).toBe(true);
  });

  it('a dropped session reconnects by itself; the reserved domain stays in the links meanwhile', async () => {
    const opened = ngrok.configs.length;
    const seen: PublicAddressStatus[] = [];
    const stop = t.host.client.onEvent((event) => {
      if (event.type === 'public.status') seen.push(event.status);
    });
    ngrok.dropSession();
    await waitFor('reconnected', () => seen.some((s) => s.state === 'public') && ngrok.configs.length > opened);
    expect(seen[0]).toMatchObject({ state: 'connecting', url: 'https://myshow.ngrok.app', problem: { code: 'dropped' } });
    expect(ngrok.open()).toBe(1);
    stop();
  });

  it('ngrok down for a moment: unreachable, retried with backoff, then public', async () => {
    ngrok.failNext(new Error('failed to connect session: dial tcp: lookup connect.ngrok-agent.com: no such host'));
    await t.host.command('public.retry', {});
    await waitFor('public after the retry', async () => {
      const s = await status(t);
      return s.state === 'public' && s.reachable === true;
    });
    expect(ngrok.open()).toBe(1);
  });
});

describe('ngrok errors', () => {
  it('turn into what the creator can do, never echoing the token', () => {
    const opts = { authtoken: TOKEN, domain: 'myshow.ngrok.app' };
    const echo = new Error(`authentication failed\nYour authtoken: ${TOKEN}\nERR_NGROK_105`);
    expect(describeNgrokError(echo, opts)).toMatchObject({ code: 'credentials', retryable: false });
    expect(describeNgrokError(echo, opts).message).not.toContain(TOKEN);
    expect(describeNgrokError(new Error('ERR_NGROK_108 limited to 1 simultaneous ngrok agent sessions'), opts)).toMatchObject({ code: 'config', retryable: false });
    expect(describeNgrokError(new Error('ERR_NGROK_320 domain not reserved'), opts).message).toMatch(/Reserve the domain/);
    expect(describeNgrokError(new Error('connection reset'), opts)).toMatchObject({ code: 'unreachable', retryable: true });
  });
});
