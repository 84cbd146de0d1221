import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../e2e/support/browser';
import type { HostClient } from '../../support/studio-harness';

/**
 * Moderator consoles in Chromium, each in its own browser context (its own foreground page), opened
 * from invite links the host creates. Each page watches its own DOM: a MutationObserver stamps, per
 * buyer, when their pending card appeared, when it left the pending list and when their card
 * appeared in the accepted line, in the page's wall clock (comparable with the benchmark's).
 */
export interface ModeratorPage {
  name: string;
  page: Page;
  /** When this console first showed `buyerName`'s card in the given state (epoch ms). */
  stamp(buyerName: string, state: 'pending' | 'left-pending' | 'accepted', timeoutMs?: number): Promise<number>;
}

export interface ModeratorPages {
  pages: ModeratorPage[];
  close(): Promise<void>;
}

/** Runs in the page (a string: this file is type-checked for Node, without the DOM library). */
const OBSERVE_QUEUE = `(() => {
  const stamps = { pending: {}, 'left-pending': {}, accepted: {} };
  window.__benchQueueStamps = stamps;
  const nameOf = (li) => (li.getAttribute('aria-label') || '').split(',')[0];
  const scan = () => {
    const at = performance.timeOrigin + performance.now();
    const pendingNow = new Set([...document.querySelectorAll('li.seat-pending[aria-label]')].map(nameOf));
    for (const name of pendingNow) if (!(name in stamps.pending)) stamps.pending[name] = at;
    for (const name of Object.keys(stamps.pending)) if (!pendingNow.has(name) && !(name in stamps['left-pending'])) stamps['left-pending'][name] = at;
    for (const li of document.querySelectorAll('li.seat-accepted[aria-label]')) {
      const name = nameOf(li);
      if (!(name in stamps.accepted)) stamps.accepted[name] = at;
    }
  };
  new MutationObserver(scan).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label', 'class'] });
  scan();
})()`;

export async function openModeratorPages(host: HostClient, names: string[]): Promise<ModeratorPages> {
  const browser: Browser = await launchChromium();
  try {
    const pages: ModeratorPage[] = [];
    for (const name of names) {
      const created = (await host.command('moderators.invite', { name, expiresInHours: 2 })) as { link: string };
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      const page = await context.newPage();
      await page.goto(created.link);
      await page.getByRole('heading', { name: 'Waiting for review' }).waitFor();
      await page.evaluate(OBSERVE_QUEUE);
      pages.push({
        name,
        page,
        stamp: async (buyerName, state, timeoutMs = 30_000) => {
          // A real function, not a string: the pages' CSP forbids eval, which string predicates need.
          const handle = await page.waitForFunction(
            ({ state: s, buyerName: name }) => (globalThis as unknown as { __benchQueueStamps: Record<string, Record<string, number>> }).__benchQueueStamps[s]?.[name],
            { state, buyerName },
            { timeout: timeoutMs, polling: 10 },
          );
          return (await handle.jsonValue()) as number;
        },
      });
    }
    return { pages, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
