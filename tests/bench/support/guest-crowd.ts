import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';

/**
 * Figure 7's crowd: guests the bench does not time join from shared pages (page/guest-crowd.js,
 * bundled here with the product's StudioClient and GuestPeers), each with their own session and
 * WebRTC peers, several per page on one fake camera and microphone. The studio sees them as it sees
 * any guest: a seat present in the green room, a peer connection sending sound, video paused or live
 * as the core decides.
 */
export interface GuestCrowd {
  join(token: string, name: string): Promise<void>;
  close(): Promise<void>;
  readonly pages: number;
}

interface CrowdWindow {
  hotseatCrowd: { join(token: string, name: string): Promise<void>; leaveAll(): void };
}

export async function startGuestCrowd(browsers: Browser[], baseUrl: string, perPage: number): Promise<GuestCrowd> {
  const bundled = await build({
    entryPoints: [join(import.meta.dirname, '../page/guest-crowd.js')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'warning',
  });
  const script = bundled.outputFiles[0]?.text;
  if (!script) throw new Error('the crowd page did not bundle');
  const pages: Page[] = [];
  let joined = 0;

  const pageFor = async (): Promise<Page> => {
    const index = Math.floor(joined / perPage);
    const existing = pages[index];
    if (existing) return existing;
    const browser = browsers[index % browsers.length];
    if (!browser) throw new Error('no browser for the crowd');
    const page = await (await browser.newContext({ viewport: { width: 320, height: 240 } })).newPage();
    page.setDefaultTimeout(300_000);
    // The studio's own origin (the guest page without a link: an idle notice), so the WebSocket's
    // origin is accepted; the script is evaluated through the debugger, which the CSP does not stop.
    await page.goto(`${baseUrl}/guest`, { timeout: 300_000 });
    await page.evaluate(script);
    pages.push(page);
    return page;
  };

  return {
    async join(token, name) {
      const page = await pageFor();
      joined += 1;
      await page.evaluate(([t, n]) => (globalThis as unknown as CrowdWindow).hotseatCrowd.join(t, n), [token, name] as const);
    },
    async close() {
      for (const page of pages) await page.evaluate(() => (globalThis as unknown as CrowdWindow).hotseatCrowd.leaveAll()).catch(() => undefined);
    },
    get pages() {
      return pages.length;
    },
  };
}
