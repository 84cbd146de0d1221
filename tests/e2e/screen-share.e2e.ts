import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectHost, type HostClient } from '../support/studio-harness';
import { waitFor } from '../support/wait-for';
import { launchChromium } from './support/browser';
import { cameraSends, TRACK_CAMERAS } from './support/camera-probe';
import { isDark } from './support/fake-camera';
import { startStudioProcess, type StudioProcess } from './support/studio-process';
import { regionColour } from './support/video-frames';

/**
 * Screen share as a program source, in real Chromium: its own getDisplayMedia (the fake capture
 * Chromium gives headless) goes into the compositor, the program switches to the spotlight layout
 * (the screen large, the host beside it) and back when sharing stops, and the host camera is scaled
 * to the thumbnail it is drawn at there (issue 13: what is drawn is what is sent). The desktop app's picker
 * runs against a stand-in for the preload bridge (Electron cannot run here; main's side of the pick
 * is unit-tested in tests/unit/electron/screen-share.test.ts).
 */
const SHOTS = resolve(import.meta.dirname, '../.artifacts/screenshots');

let studio: StudioProcess;
let host: HostClient;
let browser: Browser;

interface ProgramGlobals {
  hotseatProgram?: { compositor: { getLayout(): string } };
}

/** Mean colour of a region of the program picture (the preview is the compositor's own canvas). */
const programColour = (page: Page, region: { x0: number; x1: number; y0: number; y1: number }) => regionColour(page.locator('canvas.program-canvas'), region);

async function openStudio(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(studio.studioUrl);
  await page.getByRole('tab', { name: 'Program' }).click();
  await page.waitForFunction(() => Boolean((globalThis as unknown as ProgramGlobals).hotseatProgram));
  return page;
}

const isFakeScreenGreen = ([r = 0, g = 0, b = 0]: readonly number[]) => g > 180 && g - r > 80 && g - b > 80;

const layoutNow = (page: Page) => page.evaluate(() => (globalThis as unknown as ProgramGlobals).hotseatProgram?.compositor.getLayout());

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  studio = await startStudioProcess();
  host = await connectHost(studio.baseUrl, studio.hostToken);
  const show = await host.command('show.create', { title: 'Slides Night', slug: 'slides-night', currency: 'usd' });
  await host.command('show.setStatus', { showId: show.id, status: 'live' });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  host?.client.stop();
  await studio?.stop();
});

describe('screen share in the program', () => {
  it('puts the shared screen large in the spotlight with the host beside it, and goes back when sharing stops', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await openStudio(context);
    await page.getByRole('button', { name: 'Side by side' }).click();
    await waitFor('side by side saved', async () => (await host.command('program.get', {})).arrangement.layout === 'side-by-side');

    await page.getByRole('button', { name: 'Share screen' }).click();
    await page.getByTestId('screen-share-status').waitFor({ timeout: 15_000 });
    await expect.poll(() => layoutNow(page), { timeout: 10_000 }).toBe('spotlight');
    expect(await page.getByRole('button', { name: /Spotlight/ }).getAttribute('aria-pressed')).toBe('true');
    await waitFor('spotlight saved in the core', async () => (await host.command('program.get', {})).arrangement.layout === 'spotlight');

    // The screen's picture (headless Chromium's fake capture is green) fills the big left tile.
    await waitFor('shared screen drawn on the program', async () => {
      const colour = await programColour(page, { x0: 0.2, x1: 0.45, y0: 0.4, y1: 0.6 });
      return colour !== null && isFakeScreenGreen(colour);
    }, { timeoutMs: 15_000 });
    expect(await page.getByTestId('screen-share-status').textContent()).toBe('Sharing your screen');
    // The host (camera off: the dark card) sits in the column on the right.
    const column = await programColour(page, { x0: 0.72, x1: 0.98, y0: 0.36, y1: 0.44 });
    expect(column && isDark(column)).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'studio-screen-share.png'), fullPage: true });

    await page.getByRole('button', { name: 'Stop sharing' }).click();
    await page.getByRole('button', { name: 'Share screen' }).waitFor();
    await expect.poll(() => layoutNow(page), { timeout: 10_000 }).toBe('side-by-side');
    await waitFor('layout back in the core', async () => (await host.command('program.get', {})).arrangement.layout === 'side-by-side');
    await context.close();
  });

  it('scales the host camera to its thumbnail beside the shared screen, and back to full when sharing stops', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(TRACK_CAMERAS);
    const page = await openStudio(context);
    await page.getByRole('button', { name: 'Side by side' }).click();
    await page.getByRole('button', { name: 'Turn on my camera' }).click();
    await page.getByRole('button', { name: 'Camera off' }).waitFor({ timeout: 15_000 });
    const sendsAt = (what: string, fits: (size: { width: number; height: number }) => boolean) =>
      waitFor(what, async () => {
        const size = await cameraSends(page);
        return size && fits(size) && fits(size.frame) && size;
      }, { timeoutMs: 15_000, intervalMs: 250 });

    // Half of a 720p program (634×720) crops a 16:9 camera: it needs the whole 1280×720.
    await sendsAt('the camera at its full size side by side', (s) => s.width === 1280 && s.height === 720);
    await page.getByRole('button', { name: 'Share screen' }).click();
    await expect.poll(() => layoutNow(page), { timeout: 10_000 }).toBe('spotlight');
    // The spotlight column's tile is about 400×225: the camera is scaled to cover it, keeping its shape.
    const thumbnail = await sendsAt('the camera scaled to its spotlight tile', (s) => s.width <= 480 && s.height <= 270 && s.width >= 400);
    expect(thumbnail.width / thumbnail.height).toBeCloseTo(16 / 9, 1);
    console.info(`host camera beside a shared screen: ${thumbnail.width}×${thumbnail.height} of 1280×720`);

    await page.getByRole('button', { name: 'Stop sharing' }).click();
    await expect.poll(() => layoutNow(page), { timeout: 10_000 }).toBe('side-by-side');
    await sendsAt('the camera back to its full size', (s) => s.width === 1280 && s.height === 720);
    await page.getByRole('button', { name: 'Camera off' }).click();
    await context.close();
  });

  it('in the desktop app, the host picks a screen or window from the studio picker first', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const session = { serverUrl: studio.baseUrl, hostToken: studio.hostToken, version: 'e2e' };
    // What the preload bridge answers in Electron; main grants the picked source (unit-tested there).
    await context.addInitScript((s) => {
      const picks: string[] = [];
      const sources = [
        { id: 'screen:0:0', name: 'Entire screen', kind: 'screen', thumbnail: null },
        { id: 'window:42:0', name: 'Slides — Keynote', kind: 'window', thumbnail: null },
      ];
      const page = globalThis as unknown as object;
      Object.defineProperty(page, 'hotseat', {
        value: {
          getSession: () => Promise.resolve(s),
          openExternal: () => Promise.resolve(),
          listShareSources: () => new Promise((resolve) => setTimeout(() => resolve(sources), 300)),
          chooseShareSource: (id: string) => {
            picks.push(id);
            return Promise.resolve();
          },
        },
      });
      Object.defineProperty(page, 'sharePicks', { value: picks });
    }, session);
    const page = await context.newPage();
    await page.goto(`${studio.baseUrl}/studio`);
    await page.getByRole('tab', { name: 'Program' }).click();

    await page.getByRole('button', { name: 'Share screen' }).click();
    const picker = page.getByRole('dialog', { name: 'Share a screen or window' });
    await picker.getByText('Finding screens and windows…').waitFor();
    await picker.getByRole('button', { name: 'Slides — Keynote' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'studio-share-picker.png') });
    // Escape closes it without sharing anything.
    await page.keyboard.press('Escape');
    await picker.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => [...(globalThis as unknown as { sharePicks: string[] }).sharePicks])).toEqual([]);

    // Keyboard: the first source has focus, an arrow moves to the window, Enter shares it.
    await page.getByRole('button', { name: 'Share screen' }).click();
    await picker.getByRole('button', { name: 'Entire screen' }).waitFor();
    const focusedSource = () =>
      page.evaluate(() => (globalThis as unknown as { document: { activeElement: { querySelector(s: string): { textContent: string } | null } | null } }).document.activeElement?.querySelector('.share-source-name')?.textContent);
    await expect.poll(focusedSource).toBe('Entire screen');
    await page.keyboard.press('ArrowRight');
    await expect.poll(focusedSource).toBe('Slides — Keynote');
    await page.keyboard.press('Enter');
    await page.getByTestId('screen-share-status').waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => [...(globalThis as unknown as { sharePicks: string[] }).sharePicks])).toEqual(['window:42:0']);
    await expect.poll(() => layoutNow(page), { timeout: 10_000 }).toBe('spotlight');
    await page.getByRole('button', { name: 'Stop sharing' }).click();
    await context.close();
  });
});
