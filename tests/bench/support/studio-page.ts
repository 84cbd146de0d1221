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
  /**
   * The host decides `buyerName`'s pending seat with the mouse: Accept, or Reject and then the
   * dialog's confirm button. Answers the moment the deciding click reached the page (epoch ms).
   */
  decide(buyerName: string, decision: 'accept' | 'reject'): Promise<number>;
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
  // The deciding click's moment, taken before React handles it (capture phase).
  window.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('button')) window.__benchLastClick = performance.timeOrigin + performance.now();
  }, { capture: true });
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
        // A real function, not a string: the page's CSP forbids eval, which string predicates need.
        const handle = await page.waitForFunction(
          (name) => (globalThis as unknown as { __benchSeatShown: Record<string, number> }).__benchSeatShown[name],
          buyerName,
          { timeout: timeoutMs, polling: 10 },
        );
        return (await handle.jsonValue()) as number;
      },
      decide: async (buyerName, decision) => {
        const card = page.locator(`li.seat-pending[aria-label^=${JSON.stringify(`${buyerName},`)}]`);
        if (decision === 'accept') {
          await card.getByRole('button', { name: 'Accept', exact: true }).click();
        } else {
          await card.getByRole('button', { name: 'Reject', exact: true }).click();
          await page.getByRole('button', { name: 'Reject — don’t charge' }).click();
        }
        return page.evaluate<number>('window.__benchLastClick');
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
