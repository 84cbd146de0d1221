import type { Browser, BrowserContext, Page } from 'playwright-core';
import { measured, type Figure } from '../lib/figure';

/**
 * Figure 7, green room scale: guests invited by the host open their join links one after another
 * (headless Chromium pages with a small fake camera, several browser contexts per browser), pass the
 * device check and join the green room; the studio page (host, Guests tab) calls each one over
 * WebRTC. Join → first frame: from the guest's click on "Join the green room" (stamped in the guest
 * page) to the first frame of that guest's video decoded in the studio page (requestVideoFrameCallback,
 * stamped there). Then four go on air and the studio's CPU (the core process and the studio page's
 * browser) is sampled with everyone connected.
 */

/** Runs in the studio page: stamps the first decoded frame of each seat's video, by guest name. */
export const STAMP_FIRST_FRAMES = `(() => {
  const first = {};
  window.__benchFirstFrame = first;
  const watched = new WeakSet();
  const scan = () => {
    for (const li of document.querySelectorAll('li.guest-seat[aria-label]')) {
      const video = li.querySelector('video');
      if (!video || watched.has(video)) continue;
      watched.add(video);
      const name = (li.getAttribute('aria-label') || '').split(',')[0];
      video.requestVideoFrameCallback(() => {
        if (!(name in first)) first[name] = performance.timeOrigin + performance.now();
      });
    }
  };
  new MutationObserver(scan).observe(document.body, { childList: true, subtree: true });
  scan();
})()`;

export interface GuestJoin {
  name: string;
  /** Click → first frame decoded in the studio page, ms. */
  firstFrameMs: number;
  /** Guests already waiting when this one joined. */
  alreadyWaiting: number;
}

export async function joinGuest(
  context: BrowserContext,
  studioPage: Page,
  joinUrl: string,
  name: string,
  alreadyWaiting: number,
): Promise<{ join: GuestJoin; page: Page }> {
  const page = await context.newPage();
  await page.goto(joinUrl);
  await page.getByLabel('Your name on screen').fill(name);
  const button = page.getByRole('button', { name: 'Join the green room' });
  await button.waitFor();
  await page.evaluate(`window.addEventListener('click', () => { window.__benchJoinClick = performance.timeOrigin + performance.now(); }, { capture: true })`);
  await button.click();
  const clickedAt = await page.evaluate<number>('window.__benchJoinClick');
  const handle = await studioPage.waitForFunction(
    (guest) => (globalThis as unknown as { __benchFirstFrame: Record<string, number> }).__benchFirstFrame[guest],
    name,
    { timeout: 60_000, polling: 20 },
  );
  const firstFrameAt = (await handle.jsonValue()) as number;
  return { join: { name, firstFrameMs: firstFrameAt - clickedAt, alreadyWaiting }, page };
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

export interface StudioLoad {
  /** Core process CPU, % of one core. */
  corePercent: number;
  /** The studio page's browser (all its processes), % of one core. */
  pagePercent: number;
  /** The studio page's program compositor while the guests are on air (its own readout), ms. */
  compositorP95: number;
}

export function greenRoomFigures(joins: GuestJoin[], loads: StudioLoad[], guests: number): Figure[] {
  const scale = `${guests} guests waiting, 4 on air`;
  return [
    measured({
      id: '7a',
      name: `Green room: guest clicks Join → first frame in the studio page (${guests} guests joining one after another)`,
      unit: 'ms',
      samples: joins.map((j) => j.firstFrameMs),
      comparedTo: `joins with ${joins[0]?.alreadyWaiting ?? 0}–${joins.at(-1)?.alreadyWaiting ?? 0} already waiting; issue 7 sets no target`,
    }),
    measured({
      id: '7b',
      name: `Studio core process CPU, ${scale}`,
      unit: '%',
      samples: loads.map((l) => l.corePercent),
      comparedTo: '% of one core, one sample a second',
    }),
    measured({
      id: '7c',
      name: `Studio page CPU (its browser: ${guests} WebRTC decodes + program), ${scale}`,
      unit: '%',
      samples: loads.map((l) => l.pagePercent),
      comparedTo: '% of one core (2 cores = 200 %), one sample a second',
    }),
    measured({
      id: '7d',
      name: `Program compositor frame time p95 (its own readout), ${scale}`,
      unit: 'ms',
      samples: loads.map((l) => l.compositorP95),
      comparedTo: 'one readout a second (each a p95 over the last 120 frames)',
    }),
  ];
}
