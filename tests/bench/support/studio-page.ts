import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../e2e/support/browser';

/**
 * The studio page in Debian's Chromium, watching its own DOM: a MutationObserver stamps the moment
 * each pending seat (by buyer name) first appears in the host's queue, in the page's wall clock.
 */
export interface StudioPageWatcher {
  page: Page;
  /** When the seat of `buyerName` first appeared in the page (epoch ms, sub-ms resolution). */
  seatShownAt(buyerName: string, timeoutMs?: number): Promise<number>;
  close(): Promise<void>;
}

/** Runs in the page (a string: this file is type-checked for Node, without the DOM library). */
const OBSERVE_SEATS = `(() => {
  const shown = {};
  window.__benchSeatShown = shown;
  const scan = () => {
    const at = performance.timeOrigin + performance.now();
    for (const seat of document.querySelectorAll('li.seat-pending[aria-label]')) {
      const name = (seat.getAttribute('aria-label') || '').split(',')[0];
      if (!(name in shown)) shown[name] = at;
    }
  };
  new MutationObserver(scan).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
  scan();
})()`;

export async function openStudioPage(studioUrl: string): Promise<StudioPageWatcher> {
  const browser: Browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(studioUrl);
    await page.getByRole('heading', { name: 'Waiting for review' }).waitFor();
    await page.evaluate(OBSERVE_SEATS);
    return {
      page,
      seatShownAt: async (buyerName, timeoutMs = 30_000) => {
        const handle = await page.waitForFunction(`window.__benchSeatShown[${JSON.stringify(buyerName)}]`, undefined, { timeout: timeoutMs, polling: 10 });
        return (await handle.jsonValue()) as number;
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
