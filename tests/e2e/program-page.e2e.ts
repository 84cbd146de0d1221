import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutTiles } from '../../src/renderer/compositor/layout-geometry';
import { connectHost, type HostClient } from '../support/studio-harness';
import { waitFor } from '../support/wait-for';
import { launchChromium } from './support/browser';
import { inviteGuestOnAir } from './support/guest-on-air';
import { isDark, isMagenta, magentaCamera } from './support/fake-camera';
import { startStudioProcess, type StudioProcess } from './support/studio-process';
import { regionColour } from './support/video-frames';

/**
 * The program page (`/program?key=…`, the path for OBS builds with a browser source) in Chromium: a
 * guest whose fake camera is solid magenta goes on air, and a second Chromium playing the program
 * page shows magenta in the guest's tile of the side-by-side layout and the host's dark card in the
 * other. The page takes the program over WebRTC from the studio page (no recorder, no buffer
 * beyond WebRTC's); with `?via=webm` it reads the WebM stream through Media Source Extensions, held
 * near the live edge. Both come back by themselves when the studio page reloads.
 */
const SHOTS = resolve(import.meta.dirname, '../.artifacts/screenshots');
/** The middle of a tile, in fractions of the picture: clear of banners and the countdown. */
function middleOf(id: 'host' | 'guest'): { x0: number; x1: number; y0: number; y1: number } {
  const frame = { width: 1280, height: 720 };
  const rect = layoutTiles('side-by-side', ['host', 'guest'], frame).find((t) => t.id === id)?.rect;
  if (!rect) throw new Error(`no ${id} tile`);
  return { x0: (rect.x + rect.w * 0.25) / frame.width, x1: (rect.x + rect.w * 0.75) / frame.width, y0: 0.25, y1: 0.7 };
}

/** On failure, says what the page's player was doing (state, buffered ranges, console). */
async function withDiagnostics<T>(page: Page, logs: string[], body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    const state = await page.evaluate(() => {
      const g = globalThis as unknown as { document: { querySelector(s: string): { readyState: number; paused: boolean; currentTime: number; error: { message: string } | null; buffered: { length: number; start(i: number): number; end(i: number): number } } | null; getElementById(id: string): { textContent: string } | null } };
      const v = g.document.querySelector('video');
      if (!v) return 'no video';
      const ranges = Array.from({ length: v.buffered.length }, (_, i) => `${v.buffered.start(i).toFixed(2)}–${v.buffered.end(i).toFixed(2)}`);
      const pacing = (globalThis as unknown as { hotseatProgramPlayer?: { pacing(): unknown } }).hotseatProgramPlayer?.pacing();
      return `readyState ${v.readyState}, paused ${String(v.paused)}, t ${v.currentTime.toFixed(2)}, buffered [${ranges.join(' ')}], error ${v.error?.message ?? 'none'}, status "${g.document.getElementById('status')?.textContent ?? ''}", pacing ${JSON.stringify(pacing)}`;
    });
    throw new Error(`${error instanceof Error ? error.message : String(error)}\nplayer: ${state}\nconsole:\n${logs.slice(-20).join('\n')}`);
  }
}

describe('the program page in Chromium', () => {
  let studio: StudioProcess;
  let host: HostClient;
  let browser: Browser;
  let guestBrowser: Browser;
  let viewerBrowser: Browser;
  let studioPage: Page;
  let programPage: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    studio = await startStudioProcess();
    host = await connectHost(studio.baseUrl, studio.hostToken);
    const show = await host.command('show.create', { title: 'Program Night', slug: 'program-night', currency: 'usd' });
    await host.command('show.setStatus', { showId: show.id, status: 'live' });
    [browser, guestBrowser, viewerBrowser] = await Promise.all([launchChromium(), launchChromium([`--use-file-for-fake-video-capture=${magentaCamera()}`]), launchChromium()]);
    studioPage = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await studioPage.goto(studio.studioUrl);
    await studioPage.getByRole('tab', { name: 'Program' }).click();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await guestBrowser?.close();
    await viewerBrowser?.close();
    host?.client.stop();
    await studio?.stop();
  });

  it('refuses a program page without its key, saying where to get one', async () => {
    const page = await (await viewerBrowser.newContext()).newPage();
    await page.goto(`${studio.baseUrl}/program`);
    await page.getByRole('status').filter({ hasText: 'This program link has no key' }).waitFor();
    await page.close();
  });

  const showsGuest = (page: Page, logs: string[], what: string) =>
    withDiagnostics(page, logs, () =>
      waitFor(
        what,
        async () => {
          const video = page.locator('video#program');
          const guest = await regionColour(video, middleOf('guest'));
          const hostCard = await regionColour(video, middleOf('host'));
          return guest && hostCard && isMagenta(guest) && isDark(hostCard) && { guest, hostCard };
        },
        { timeoutMs: 30_000, intervalMs: 200 },
      ),
    );
  const capturing = () => studioPage.evaluate(() => (globalThis as unknown as { hotseatProgram?: { capturing: boolean } }).hotseatProgram?.capturing ?? null);
  const pathOf = (page: Page) => page.evaluate(() => (globalThis as unknown as { hotseatProgramPlayer: { path(): string } }).hotseatProgramPlayer.path());
  const streamIdOf = (page: Page) => page.locator('video#program').evaluate((v) => (v as unknown as { srcObject: { id: string } | null }).srcObject?.id ?? null);
  let webmPage: Page;
  const logs: string[] = [];

  it('shows the on-air guest’s camera in the guest’s half of the program over WebRTC, and the host’s card in the other', async () => {
    await inviteGuestOnAir(host, guestBrowser, 'Maya');

    const { links } = await host.command('program.get', {});
    expect(links.page).toMatch(/\/program\?key=hsp_/);
    // Nobody watches or records yet: the studio page does not capture its canvas (a capture costs every frame).
    expect(await capturing()).toBe(false);
    programPage = await (await viewerBrowser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    programPage.on('console', (message) => logs.push(`${message.type()}: ${message.text()}`));
    const opened = Date.now();
    await programPage.goto(links.page);
    const colours = await showsGuest(programPage, logs, 'the guest’s picture in the program page');
    console.info(`program page (WebRTC) showed the guest ${Date.now() - opened} ms after opening; guest ${colours.guest.join(',')} host ${colours.hostCard.join(',')}`);
    expect(await pathOf(programPage)).toBe('webrtc');
    expect(await capturing()).toBe(true);
    // Straight from the studio page's canvas: no recorder runs and nobody reads the WebM stream.
    expect((await host.command('program.get', {})).feed).toMatchObject({ live: false, readers: 0 });
    // Nothing on screen but the picture: no status line over the program.
    expect(await programPage.locator('#status').textContent()).toBe('');
    await programPage.screenshot({ path: join(SHOTS, 'program-page.png') });
  });

  it('plays the WebM stream through Media Source Extensions when asked (?via=webm), as where WebRTC finds no path', async () => {
    const { links } = await host.command('program.get', {});
    webmPage = await (await viewerBrowser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    webmPage.on('console', (message) => logs.push(`webm ${message.type()}: ${message.text()}`));
    await webmPage.goto(`${links.page}&via=webm`);
    await showsGuest(webmPage, logs, 'the guest’s picture through the WebM stream');
    expect(await pathOf(webmPage)).toBe('webm');
    await waitFor('the studio recording for the WebM reader', async () => {
      const feed = (await host.command('program.get', {})).feed;
      return feed.live && feed.readers > 0;
    });
  });

  it('comes back by itself on both paths when the studio page reloads', async () => {
    const streamBefore = await streamIdOf(programPage);
    const sourceBefore = await webmPage.locator('video#program').evaluate((v) => (v as unknown as { src: string }).src);
    await studioPage.reload();
    await studioPage.getByRole('tab', { name: 'Program' }).click();
    // WebRTC: the studio page's peer went away; the page calls again and gets the new program.
    await waitFor('a new WebRTC stream', async () => {
      const id = await streamIdOf(programPage);
      return id !== null && id !== streamBefore;
    }, { timeoutMs: 30_000, intervalMs: 250 });
    await showsGuest(programPage, logs, 'the guest back in the WebRTC page');
    // WebM: the old recording ends; the page reads the new one from its first key frame.
    await waitFor('a new WebM source', async () => (await webmPage.locator('video#program').evaluate((v) => (v as unknown as { src: string }).src)) !== sourceBefore, { timeoutMs: 60_000, intervalMs: 250 });
    await showsGuest(webmPage, logs, 'the guest back in the WebM page');
  });

  it('stops capturing the canvas once no page watches and nothing records', async () => {
    await programPage.close();
    await webmPage.close();
    // The recorder keeps going 15 s after its last reader (OBS reconnecting), then everything stops.
    await waitFor('the studio page no longer capturing its canvas', async () => (await capturing()) === false, { timeoutMs: 40_000, intervalMs: 250 });
    expect((await host.command('program.get', {})).feed.readers).toBe(0);
  });
});
