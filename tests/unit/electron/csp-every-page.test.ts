import { mkdirSync, mkdtempSync, readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerPages } from '../../../src/main/core/server/routes/pages';
import { PAGE_CSP, registerSecurityHeaders } from '../../../src/main/core/server/security-headers';

/**
 * A Content-Security-Policy on every page, twice: in each page's HTML (so it holds wherever the
 * file is opened) and as a header from the core's server (which also governs the Electron window,
 * since it loads the same pages). New pages are picked up from src/renderer automatically.
 */
const RENDERER = resolve(import.meta.dirname, '../../../src/renderer');
const pages = readdirSync(RENDERER).filter((dir) => existsSync(join(RENDERER, dir, 'index.html')));

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name as string, values]));
}

function assertStrictScripts(policy: string, where: string): void {
  const parsed = directives(policy);
  const scripts = parsed.get('script-src') ?? parsed.get('default-src') ?? [];
  expect(scripts, `${where}: script-src`).toEqual(["'self'"]);
  expect(parsed.get('object-src'), `${where}: object-src`).toEqual(["'none'"]);
  expect(parsed.get('base-uri'), `${where}: base-uri`).toEqual(["'none'"]);
}

describe('CSP on every page', () => {
  it.each(pages)('the %s page carries a strict policy in its HTML', (page) => {
    const html = readFileSync(join(RENDERER, page, 'index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
    expect(meta, `${page}/index.html has no CSP meta tag`).not.toBeNull();
    assertStrictScripts(meta?.[1] ?? '', `${page}/index.html`);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
  });

  it('the core serves every page with the policy header and refuses framing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hotseat-csp-'));
    for (const page of pages) {
      mkdirSync(join(dir, page));
      writeFileSync(join(dir, page, 'index.html'), `<!doctype html><title>${page}</title>`);
    }
    const app = Fastify();
    registerSecurityHeaders(app);
    await registerPages(app, dir, { pageKeyAllows: (candidate) => candidate === 'the-key' });
    try {
      const served: string[] = [];
      for (const url of [...pages.map((p) => `/${p}`), '/s/some-show']) {
        // Pages only OBS opens need the program key.
        let response = await app.inject({ method: 'GET', url });
        if (response.statusCode === 404) response = await app.inject({ method: 'GET', url: `${url}?key=the-key` });
        if (response.statusCode !== 200) continue;
        served.push(url);
        expect(response.headers['content-security-policy'], url).toBe(PAGE_CSP);
        expect(response.headers['x-frame-options'], url).toBe('DENY');
        assertStrictScripts(PAGE_CSP, url);
        expect(directives(PAGE_CSP).get('frame-ancestors')).toEqual(["'none'"]);
      }
      // Every page folder is reachable (a page added without a route would fail here).
      expect(served).toEqual(expect.arrayContaining(pages.map((p) => `/${p}`)));
    } finally {
      await app.close();
    }
  });
});
