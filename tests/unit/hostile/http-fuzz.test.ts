import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../src/shared/result';
import { drillSeed, seededRng, type Rng } from '../../drills/support/rng';
import { startTestStudio, type TestStudio } from '../../support/studio-harness';
import { HTTP_FUZZ_METHODS, HTTP_FUZZ_PATHS, routePattern } from './fuzz-targets';
import { brokenJson, deeplyNested, mutate, randomValue } from './fuzz-values';

/**
 * Seeded fuzzing of every HTTP route of the studio: malformed, oversized, deeply nested and random
 * requests. The server must never crash or answer 5xx, every API refusal must be a clear error in
 * the one error shape, memory must stay bounded, and the studio must work normally afterwards.
 */
const SEED = drillSeed(4_242);
const CASES = 3_000;
const BUDGET_MS = 60_000;

let t: TestStudio;
let validOrders: Record<string, unknown>[] = [];
beforeAll(async () => {
  t = await startTestStudio({ webhooks: true });
  const show = await t.host.command('show.create', { title: 'Fuzz Show', slug: 'fuzz-show', currency: 'usd' });
  const add = async (offer: Parameters<typeof t.host.command<'offer.create'>>[1]['offer']) => (await t.host.command('offer.create', { showId: show.id, offer })).id;
  const tip = await add({ kind: 'tip', title: 'Tip', minAmount: 100, maxAmount: 10_000 });
  const merch = await add({ kind: 'merch', title: 'Shirt', price: 2000, variants: [{ id: 'm', label: 'M', stock: 5 }], shippingCountries: ['US'] });
  const seat = await add({ kind: 'hotseat', title: 'Seat', format: 'qa', price: 1500, minutes: 2, perShow: 5, perBuyer: 1, questionRequired: true });
  await t.host.command('show.setStatus', { showId: show.id, status: 'live' });
  const buyer = { buyerName: 'Fuzzy', buyerKey: 'fuzz-buyer-000000000' };
  validOrders = [
    { ...buyer, offerId: tip, amount: 500, message: 'hi' },
    { ...buyer, offerId: merch, variantId: 'm' },
    { ...buyer, offerId: seat, question: 'Why?' },
  ];
});
afterAll(async () => {
  await t?.close();
});

interface Case {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const PATHS = HTTP_FUZZ_PATHS;
const METHODS = HTTP_FUZZ_METHODS;
const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', ''];

/** Percent-encodes anything, lone surrogates included (they become U+FFFD). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const enc = (value: unknown) =>
  encodeURIComponent((typeof value === 'string' ? value : (JSON.stringify(value) ?? '')).replace(LONE_SURROGATE, '\uFFFD'));

function randomPath(rng: Rng): string {
  const base = rng.pick(PATHS);
  switch (rng.int(0, 6)) {
    case 0:
      return `/api/store/${enc(randomValue(rng)).slice(0, 300)}`;
    case 1:
      return `${base}?${enc(randomValue(rng))}=${enc(randomValue(rng))}`;
    case 2:
      return rng.pick(['/api/store/..%2f..%2fetc%2fpasswd', '//api//store', '/api/store/%', '/api/store/%E0%A4%A', `/${'a'.repeat(3000)}`, '/s/%00', '/api/receipt?t=hsr_stolen']);
    default:
      return base;
  }
}

function randomBody(rng: Rng): string | undefined {
  switch (rng.int(0, 7)) {
    case 0:
      return undefined;
    case 1:
      return brokenJson(rng);
    case 2:
      return deeplyNested(rng.int(100, 5_000), rng.chance(0.5) ? 'object' : 'array');
    case 3:
      return JSON.stringify({ pad: 'x'.repeat(rng.pick([9_000, 20_000, 2_000_000])) });
    case 4:
    case 5:
      return JSON.stringify(mutate(rng, rng.pick(validOrders)));
    default:
      return JSON.stringify(randomValue(rng));
  }
}

function randomCase(rng: Rng): Case {
  const path = randomPath(rng);
  // Mostly the route's own method, so cases reach validation rather than "no such route".
  const natural = /\/api\/(checkout|stripe\/webhook|receipt\/resend)|\/pay$|\/selfie-frame$/.test(path) ? 'POST' : 'GET';
  const method = rng.chance(0.7) ? natural : rng.pick(METHODS);
  const headers: Record<string, string> = {};
  const type = rng.pick(CONTENT_TYPES);
  if (type) headers['content-type'] = type;
  if (rng.chance(0.3)) headers['x-receipt-token'] = rng.pick(['', 'hsr_guess', 'x'.repeat(500), "' OR 1=1 --", t.studio.hostToken]);
  if (rng.chance(0.2)) headers['stripe-signature'] = rng.pick(['', 't=1,v1=abc', 'garbage', `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}`]);
  if (rng.chance(0.2)) headers.origin = rng.pick(['https://evil.example', 'null', t.studio.url]);
  const body = method === 'GET' || method === 'HEAD' ? undefined : randomBody(rng);
  return { method, path, headers, ...(body === undefined ? {} : { body }) };
}

const CODES = new Set<string>(ErrorCode.options);

describe('HTTP fuzzing', () => {
  it('answers a URL with a broken %-escape in the one error shape (it used to bypass it)', async () => {
    const response = await fetch(`${t.studio.url}/api/store/%E0%A4%A`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'bad_request', message: expect.stringMatching(/broken %-escape/) as unknown, reason: { id: 'error.http.badUrl' } } });
  });

  it(`answers ${CASES} hostile requests with clear errors and keeps working`, async () => {
    const rng = seededRng(SEED);
    const heapBefore = process.memoryUsage().heapUsed;
    const started = Date.now();
    const statuses: Record<number, number> = {};
    const problems: string[] = [];
    // Cases per route of the studio (every route must get some: fuzz-coverage.test.ts checks the list).
    const routes = t.studio.routes().filter((r) => r.url !== '/*');
    const perRoute = new Map<string, number>(routes.map((r) => [`${r.method} ${r.url}`, 0]));
    let tried = 0;
    let created = 0;
    for (; tried < CASES && Date.now() - started < BUDGET_MS; tried += 1) {
      const c = randomCase(rng);
      let response: Response;
      try {
        response = await fetch(`${t.studio.url}${c.path}`, { method: c.method, headers: c.headers, ...(c.body === undefined ? {} : { body: c.body }), redirect: 'manual' });
      } catch (error) {
        problems.push(`${c.method} ${c.path.slice(0, 80)}: no answer (${String(error)})`);
        continue;
      }
      const text = await response.text();
      const bare = c.path.split('?')[0] ?? c.path;
      const route = routes.find((r) => r.method === c.method && routePattern(r.url).test(bare));
      if (route) perRoute.set(`${route.method} ${route.url}`, (perRoute.get(`${route.method} ${route.url}`) ?? 0) + 1);
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      if (response.status === 201) created += 1;
      const label = `${c.method} ${c.path.slice(0, 80)} → ${response.status}`;
      if (response.status >= 500) problems.push(`${label}: ${text.slice(0, 200)}`);
      if (response.headers.get('access-control-allow-origin')) problems.push(`${label}: CORS opened to ${response.headers.get('access-control-allow-origin')}`);
      if (c.path.startsWith('/api/') && response.status >= 400 && c.method !== 'HEAD') {
        let error: { code?: unknown; message?: unknown } | undefined;
        try {
          error = (JSON.parse(text) as { error?: typeof error }).error;
        } catch {
          error = undefined;
        }
        if (!error || !CODES.has(String(error.code)) || typeof error.message !== 'string' || error.message.length < 8) {
          problems.push(`${label}: not a clear error: ${text.slice(0, 200)}`);
        } else if (/\bat \S+ \(|node_modules|\/work\/|SqliteError|TypeError/.test(error.message)) {
          problems.push(`${label}: leaks internals: ${error.message.slice(0, 200)}`);
        }
      }
    }
    const heapGrowthMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;

    // Still healthy, still serving the host, and nothing crept into the database.
    const health = await fetch(`${t.studio.url}/api/health`);
    expect(health.status).toBe(200);
    const snapshot = await t.host.command('studio.snapshot', {});
    console.info(
      `HTTP fuzz (seed ${SEED}): ${tried} cases in ${Date.now() - started} ms; statuses ${JSON.stringify(statuses)}; ` +
        `${created} valid orders slipped through the mutations; heap growth ${heapGrowthMb.toFixed(1)} MB; problems ${problems.length}`,
    );
    const natural = [...perRoute].filter(([key]) => /^(GET|POST) /.test(key));
    console.info(`HTTP fuzz cases per route: ${natural.map(([key, n]) => `${key} ${n}`).join(', ')}`);
    expect(problems.slice(0, 20)).toEqual([]);
    expect(tried).toBeGreaterThanOrEqual(2_000);
    // Every GET/POST route of the studio got real fuzzing (other methods of the catch-all: some).
    expect(natural.filter(([, n]) => n < 20).map(([key]) => key)).toEqual([]);
    expect(snapshot.purchases).toHaveLength(created);
    expect(heapGrowthMb).toBeLessThan(150);
  }, 120_000);
});
