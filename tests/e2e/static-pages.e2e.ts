import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudioProcess, type StudioProcess } from './support/studio-process';

/**
 * The built pages as a CDN in front of the public address sees them, from the real headless
 * studio: content-hashed assets kept a year and never revalidated, compressed as the client asks;
 * HTML and API answers never stored (the program's video stream, never compressed, is checked in
 * tests/unit/obs/broadcast-studio.test.ts).
 */
let studio: StudioProcess;

beforeAll(async () => {
  studio = await startStudioProcess();
}, 60_000);

afterAll(async () => {
  await studio?.stop();
});

/** fetch() undoes the encoding but keeps its header: what the server sent, and the bytes it meant. */
const get = (path: string, encoding = 'br, gzip') => fetch(`${studio.baseUrl}${path}`, { headers: { 'accept-encoding': encoding } });

describe('static pages ready for a CDN', () => {
  it('serves each page no-store, and its hashed scripts and styles immutable for a year, compressed', async () => {
    for (const page of ['/studio', '/store', '/guest', '/receipt', '/moderator']) {
      const html = await get(page);
      expect(html.status, page).toBe(200);
      expect(html.headers.get('cache-control'), page).toBe('no-store');
      expect(html.headers.get('content-type'), page).toMatch(/^text\/html/);
      const body = await html.text();
      // Root-relative (vite build) or page-relative (electron-vite build: `../assets/…`).
      const assets = [...body.matchAll(/(?:src|href)="([^"]*assets\/[^"]+\.(?:js|css))"/g)].map((m) => new URL(m[1] ?? '', `${studio.baseUrl}${page}`).pathname);
      expect(assets.length, `${page} links its built assets`).toBeGreaterThan(0);
      for (const asset of assets) {
        const response = await get(asset);
        expect(response.status, asset).toBe(200);
        expect(response.headers.get('cache-control'), asset).toBe('public, max-age=31536000, immutable');
        const size = (await response.arrayBuffer()).byteLength;
        if (size > 1024) expect(response.headers.get('content-encoding'), asset).toBe('br');
      }
    }
  });

  it('answers gzip to a client without brotli, and plain bytes to one that asks for none', async () => {
    const body = await (await get('/studio')).text();
    const script = new URL(/src="([^"]*assets\/[^"]+\.js)"/.exec(body)?.[1] ?? '', `${studio.baseUrl}/studio`).pathname;
    const gzip = await get(script, 'gzip');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    const plain = await get(script, 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await gzip.text()).toBe(await plain.text());
  });

  it('revalidates a file whose name carries no hash, by its ETag', async () => {
    const icon = await get('/assets/hotseat-icon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers.get('cache-control')).toBe('public, no-cache');
    const etag = icon.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    // node:http, not fetch(): fetch turns a hand-set If-None-Match into a "no-cache" request.
    const status = await new Promise<number | undefined>((done, fail) => {
      request(`${studio.baseUrl}/assets/hotseat-icon.svg`, { headers: { 'if-none-match': etag } }, (response) => {
        response.resume();
        done(response.statusCode);
      })
        .on('error', fail)
        .end();
    });
    expect(status).toBe(304);
  });

  it('never stores API answers or a miss', async () => {
    const health = await get('/api/health');
    expect(health.headers.get('cache-control')).toBe('no-store');
    const store = await get('/api/store');
    expect(store.headers.get('cache-control')).toBe('no-store');
    const missing = await get('/assets/nothing-AAAAAAAA.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-store');
  });
});
