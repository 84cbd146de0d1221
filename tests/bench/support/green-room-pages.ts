import type { Browser, BrowserContext, Page } from 'playwright-core';

/**
 * Figure 7's pages: guest pages joining the green room, and stamps in the studio page (Guests tab)
 * of what each guest's card shows first: the guest's first decoded video frame when their picture
 * is live, or the still "Picture paused" card when the core paused it (further back in line).
 */

/**
 * Guest pages wait their turn for a loaded machine's CPU: navigation and waits get this long. Fifty
 * guest pages need several cores between them (about 10–15 % of one each, mostly microphone
 * processing and drawing the own preview), more than this 2-core machine has.
 */
const GUEST_PAGE_TIMEOUT_MS = 300_000;

/**
 * Runs in the studio page: per guest name, the first decoded frame of the card's video
 * (requestVideoFrameCallback) and the first time the card showed its picture paused. A paused card
 * has no video element; showing the picture adds a new one, which is watched in turn: clear
 * `__benchFirstFrame` for a name to time its next first frame.
 */
export const STAMP_STUDIO_CARDS = `(() => {
  const firstFrame = {};
  const paused = {};
  window.__benchFirstFrame = firstFrame;
  window.__benchPaused = paused;
  const watched = new WeakSet();
  const now = () => performance.timeOrigin + performance.now();
  const scan = () => {
    for (const li of document.querySelectorAll('li.guest-seat[aria-label]')) {
      const name = (li.getAttribute('aria-label') || '').split(',')[0];
      if (li.querySelector('.guest-seat-paused') && !(name in paused)) paused[name] = now();
      const video = li.querySelector('video');
      if (!video || watched.has(video)) continue;
      watched.add(video);
      video.requestVideoFrameCallback(() => {
        if (!(name in firstFrame)) firstFrame[name] = now();
      });
    }
  };
  new MutationObserver(scan).observe(document.body, { childList: true, subtree: true });
  scan();
})()`;

interface CardStamps {
  __benchFirstFrame: Record<string, number>;
  __benchPaused: Record<string, number>;
}

export interface GuestJoin {
  name: string;
  /** What the studio showed: the guest's video (live picture) or the paused card. */
  picture: 'live' | 'paused';
  /** Click on "Join the green room" → first frame decoded in the studio page (live), or → the paused card shown there, ms. */
  ms: number;
  /** Guests already waiting when this one joined. */
  alreadyWaiting: number;
}

export async function joinGuest(context: BrowserContext, studioPage: Page, joinUrl: string, name: string, alreadyWaiting: number): Promise<{ join: GuestJoin; page: Page }> {
  const page = await context.newPage();
  page.setDefaultNavigationTimeout(GUEST_PAGE_TIMEOUT_MS);
  page.setDefaultTimeout(GUEST_PAGE_TIMEOUT_MS);
  await page.goto(joinUrl);
  await page.getByLabel('Your name on screen').fill(name);
  const button = page.getByRole('button', { name: 'Join the green room' });
  await button.waitFor();
  await page.evaluate(`window.addEventListener('click', () => { window.__benchJoinClick = performance.timeOrigin + performance.now(); }, { capture: true })`);
  await button.click();
  const clickedAt = await page.evaluate<number>('window.__benchJoinClick');
  const handle = await studioPage.waitForFunction(
    (guest) => {
      const stamps = globalThis as unknown as CardStamps;
      const frame = stamps.__benchFirstFrame[guest];
      if (frame !== undefined) return { picture: 'live' as const, at: frame };
      const paused = stamps.__benchPaused[guest];
      return paused !== undefined ? { picture: 'paused' as const, at: paused } : null;
    },
    name,
    { timeout: GUEST_PAGE_TIMEOUT_MS, polling: 20 },
  );
  const seen = (await handle.jsonValue()) as { picture: 'live' | 'paused'; at: number };
  return { join: { name, picture: seen.picture, ms: seen.at - clickedAt, alreadyWaiting }, page };
}

/**
 * The host clicks "Show picture" on a paused guest's card: click → first frame of that guest's
 * video decoded in the studio page (the guest page resumes encoding, the studio decodes), ms. Then
 * "Pause picture" puts the card back to paused, so the next sample starts from the same state.
 */
export async function showPictureOnce(studioPage: Page, name: string): Promise<number> {
  const card = studioPage.locator(`li.guest-seat[aria-label^="${name},"]`);
  await card.locator('.guest-seat-paused').waitFor();
  await studioPage.evaluate((guest) => {
    const stamps = globalThis as unknown as CardStamps & { __benchShowClick?: number; addEventListener(type: 'click', fn: () => void, options: { capture: true; once: true }): void };
    Reflect.deleteProperty(stamps.__benchFirstFrame, guest);
    stamps.addEventListener('click', () => (stamps.__benchShowClick = performance.timeOrigin + performance.now()), { capture: true, once: true });
  }, name);
  await card.getByRole('button', { name: 'Show picture' }).click();
  const handle = await studioPage.waitForFunction(
    (guest) => {
      const stamps = globalThis as unknown as CardStamps & { __benchShowClick?: number };
      const frame = stamps.__benchFirstFrame[guest];
      return frame !== undefined && stamps.__benchShowClick !== undefined ? frame - stamps.__benchShowClick : null;
    },
    name,
    { timeout: GUEST_PAGE_TIMEOUT_MS, polling: 20 },
  );
  const ms = (await handle.jsonValue()) as number;
  await card.getByRole('button', { name: 'Pause picture' }).click();
  await card.locator('.guest-seat-paused').waitFor();
  return ms;
}

/** Guest pages share browsers: each guest has its own context (its own foreground page). */
export async function guestContexts(browsers: Browser[], count: number): Promise<BrowserContext[]> {
  const contexts: BrowserContext[] = [];
  for (let i = 0; i < count; i += 1) {
    const browser = browsers[i % browsers.length];
    if (!browser) throw new Error('no guest browser');
    contexts.push(await browser.newContext({ viewport: { width: 480, height: 720 } }));
  }
  return contexts;
}
