import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { layoutTiles, type Rect } from '../../../src/renderer/compositor/layout-geometry';
import { launchChromium } from '../../e2e/support/browser';
import { connectHost, type HostClient } from '../../support/studio-harness';
import { waitFor } from '../../support/wait-for';
import { startStudioChild, type StudioChild } from './studio-child';
import { TIME_CODE_CAMERA_SCRIPT, TIME_CODE_INIT_SCRIPT } from './time-code';

/**
 * A show with one guest on air whose camera is figure 2's time code: the studio in its own process,
 * the studio page (Chromium) on the Program tab, the guest page in a second Chromium. The program is
 * side by side: the host (camera off) on the left, the guest on the right.
 */
export interface ProgramShow {
  studio: StudioChild;
  host: HostClient;
  studioPage: Page;
  guestPage: Page;
  /** The guest's tile in program pixels, and as fractions of the program (for scaled copies of it). */
  guestRect: Rect;
  guestRegion: { x0: number; x1: number; y0: number; y1: number };
  program: { width: number; height: number };
  /** A new page in its own browser (figure 2's program page viewer). */
  newBrowserPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function startProgramShow(): Promise<ProgramShow> {
  const browsers: Browser[] = [];
  let studio: StudioChild | null = null;
  let host: HostClient | null = null;
  const close = async () => {
    for (const browser of browsers) await browser.close().catch(() => undefined);
    host?.client.stop();
    await studio?.stop();
  };
  const newBrowserPage = async (extraArgs: string[] = []) => {
    const browser = await launchChromium(extraArgs);
    browsers.push(browser);
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.addInitScript(TIME_CODE_INIT_SCRIPT);
    return page;
  };
  try {
    studio = await startStudioChild({ args: ['tests/bench/support/studio-entry.ts', mkdtempSync(join(tmpdir(), 'hotseat-bench-program-'))] });
    host = await connectHost(studio.baseUrl, studio.hostToken);
    const show = await host.command('show.create', { title: 'Latency Night', slug: 'latency-night', currency: 'usd' });
    await host.command('show.setStatus', { showId: show.id, status: 'live' });

    const studioPage = await newBrowserPage();
    await studioPage.goto(studio.studioUrl);
    await studioPage.getByRole('tab', { name: 'Program' }).click();

    const guestPage = await newBrowserPage();
    await guestPage.addInitScript(TIME_CODE_CAMERA_SCRIPT);
    const { seat, joinUrl } = await host.command('guests.invite', { name: 'Clock', minutes: 30 });
    await guestPage.goto(joinUrl);
    await guestPage.getByLabel('Your name on screen').fill('Clock');
    await guestPage.getByRole('button', { name: 'Join the green room' }).click();
    await guestPage.getByText('You’re in the green room').waitFor({ timeout: 30_000 });
    const h = host;
    await waitFor('guest media at the studio', async () => (await h.command('seats.list', {})).seats.find((s) => s.id === seat.id)?.mediaOk, { timeoutMs: 30_000 });
    await host.command('seat.backstage', { seatId: seat.id });
    await host.command('seat.live', { seatId: seat.id });
    await guestPage.getByText('You’re ON AIR').waitFor({ timeout: 30_000 });

    const layout = await studioPage.evaluate(() => {
      const engine = (globalThis as unknown as { hotseatProgram?: { compositor: { size: { width: number; height: number }; getLayout(): string } } }).hotseatProgram;
      return engine ? { ...engine.compositor.size, layout: engine.compositor.getLayout() } : null;
    });
    if (!layout) throw new Error('The studio page has no program engine (window.hotseatProgram).');
    if (layout.layout !== 'side-by-side') throw new Error(`The program layout is ${layout.layout}, the benchmark expects side-by-side.`);
    const program = { width: layout.width, height: layout.height };
    const guestRect = layoutTiles('side-by-side', ['host', 'guest'], program).find((t) => t.id === 'guest')?.rect;
    if (!guestRect) throw new Error('no guest tile');
    const guestRegion = {
      x0: guestRect.x / program.width,
      x1: (guestRect.x + guestRect.w) / program.width,
      y0: guestRect.y / program.height,
      y1: (guestRect.y + guestRect.h) / program.height,
    };
    return { studio, host, studioPage, guestPage, guestRect, guestRegion, program, newBrowserPage: () => newBrowserPage(), close };
  } catch (error) {
    await close();
    throw error;
  }
}
