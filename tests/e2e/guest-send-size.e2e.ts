import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutTiles } from '../../src/renderer/compositor/layout-geometry';
import { connectHost, type HostClient } from '../support/studio-harness';
import { waitFor } from '../support/wait-for';
import { launchChromium } from './support/browser';
import { isMagenta, magentaCamera } from './support/fake-camera';
import { inviteGuestToGreenRoom } from './support/guest-on-air';
import { peerConnectionsMade, TRACK_PEER_CONNECTIONS, videoSenderScales, videoStats } from './support/peer-stats';
import { startStudioProcess, type StudioProcess } from './support/studio-process';
import { decodesFrames, regionColour } from './support/video-frames';

/**
 * Guests send what is drawn (issue 13): a guest whose camera is 1280×720 magenta joins; the studio
 * page (720p program) tells them over the data channel how large it draws their picture, and the
 * guest's encoder sends that, read from the guest's sender (its scale) and its own outbound WebRTC
 * stats (the frames' size; WebRTC may send smaller still while its bandwidth estimate ramps up): a thumbnail in the
 * green room, the full camera in the side-by-side half (a 634×720 tile crops a 16:9 camera to fill
 * it), a quarter in picture-in-picture. The changes happen on the same connection (no new peer,
 * no renegotiation) and the program shows the guest's colour throughout.
 */
const SHOTS = resolve(import.meta.dirname, '../.artifacts/screenshots');
const PROGRAM = { width: 1280, height: 720 };

describe('guests send their picture at the size the studio draws it', () => {
  let studio: StudioProcess;
  let host: HostClient;
  let browser: Browser;
  let guestBrowser: Browser;
  let studioPage: Page;
  let guest: { seatId: string; guestPage: Page };

  const sent = async () => {
    const [video] = (await videoStats(guest.guestPage)).outbound;
    return video ?? null;
  };
  /** Waits until the guest's video sender is scaled down by `scale`. */
  const scaledBy = (what: string, scale: number) =>
    waitFor(what, async () => (await videoSenderScales(guest.guestPage)).join(',') === String(scale), { timeoutMs: 20_000, intervalMs: 250 });
  /**
   * Waits until the guest sends frames of a size `fits` accepts (told whether WebRTC's own
   * adaptation limits the sender now: on a busy machine it sends 960×540 of an unscaled camera for
   * a while, whatever the studio asked), and returns that size.
   */
  const sendsAt = async (what: string, fits: (width: number, height: number, limited: boolean) => boolean) =>
    waitFor(what, async () => {
      const video = await sent();
      if (!video || video.framesEncoded === 0 || video.frameWidth === 0) return false;
      // Thrown, so a timeout says what was sent instead.
      const limited = video.qualityLimitationReason !== 'none';
      if (!fits(video.frameWidth, video.frameHeight, limited)) throw new Error(`sending ${video.frameWidth}×${video.frameHeight} (limited by ${video.qualityLimitationReason})`);
      return { width: video.frameWidth, height: video.frameHeight, limited: video.qualityLimitationReason };
    }, { timeoutMs: 20_000, intervalMs: 250 });
  /** The whole camera, or (while WebRTC limits the sender for CPU or bandwidth) well above the inset's size. */
  const fullCamera = (width: number, height: number, limited: boolean) => (width === 1280 && height === 720) || (limited && width >= 640 && height >= 360);
  /** The guest's colour in the middle of their tile of the studio's program preview. */
  const programShowsGuest = async (layout: 'side-by-side' | 'pip') => {
    const rect = layoutTiles(layout, ['host', guest.seatId], PROGRAM).find((t) => t.id === guest.seatId)?.rect;
    if (!rect) throw new Error('no guest tile');
    const region = { x0: (rect.x + rect.w * 0.3) / PROGRAM.width, x1: (rect.x + rect.w * 0.7) / PROGRAM.width, y0: (rect.y + rect.h * 0.3) / PROGRAM.height, y1: (rect.y + rect.h * 0.6) / PROGRAM.height };
    await waitFor(`the guest's colour in their ${layout} tile`, async () => {
      const colour = await regionColour(studioPage.locator('.program-frame canvas'), region);
      return colour && isMagenta(colour);
    }, { timeoutMs: 15_000, intervalMs: 250 });
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    studio = await startStudioProcess();
    host = await connectHost(studio.baseUrl, studio.hostToken);
    const show = await host.command('show.create', { title: 'Sizes Night', slug: 'sizes-night', currency: 'usd' });
    await host.command('show.setStatus', { showId: show.id, status: 'live' });
    [browser, guestBrowser] = await Promise.all([launchChromium(), launchChromium([`--use-file-for-fake-video-capture=${magentaCamera({ width: 1280, height: 720 })}`])]);
    studioPage = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await studioPage.goto(studio.studioUrl);
    await studioPage.getByRole('tab', { name: 'Guests' }).click();
    guest = await inviteGuestToGreenRoom(host, guestBrowser, 'Noor', { initScript: TRACK_PEER_CONNECTIONS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await guestBrowser?.close();
    host?.client.stop();
    await studio?.stop();
  });

  it('sends a thumbnail to the green room, not the camera’s 720p', async () => {
    await waitFor('the studio previews the guest', () => decodesFrames(studioPage.locator('video.guest-seat-stream').first()), { timeoutMs: 20_000 });
    const preview = await studioPage.locator('video.guest-seat-stream').first().evaluate((v) => ({ width: (v as unknown as { clientWidth: number }).clientWidth, height: (v as unknown as { clientHeight: number }).clientHeight }));
    // The preview is smaller than a thumbnail, so the studio asks for 320×180: a quarter of the camera.
    expect(preview.width).toBeLessThanOrEqual(320);
    await scaledBy('the guest scaled down to a thumbnail', 4);
    const size = await sendsAt('the guest sending a thumbnail', (w, h) => w <= 320 && h <= 180);
    console.info(`green room: preview ${preview.width}×${preview.height} CSS px, guest sends ${size.width}×${size.height} of 1280×720`);
  });

  it('sends the full camera for the side-by-side half, then a quarter for picture-in-picture, on the same connection', async () => {
    const connections = await peerConnectionsMade(guest.guestPage);
    await host.command('program.arrange', { layout: 'side-by-side', guestOrder: [guest.seatId] });
    await host.command('seat.backstage', { seatId: guest.seatId });
    await host.command('seat.live', { seatId: guest.seatId });
    await guest.guestPage.getByText('You’re ON AIR').waitFor();
    await studioPage.getByRole('tab', { name: 'Program' }).click();
    // The half is 634×720: a 16:9 camera must be 1280×720 to cover its height.
    await scaledBy('the guest not scaled on air', 1);
    const full = await sendsAt('the guest sending the full camera on air', fullCamera);
    console.info(`side by side: guest sends ${full.width}×${full.height} (quality limitation: ${full.limited})`);
    await programShowsGuest('side-by-side');

    await host.command('program.arrange', { layout: 'pip', guestOrder: [guest.seatId] });
    // The inset is 320×180 at 720p; the Program tab's slot thumbnail is smaller still.
    // 320×180 asked as 320×192 (16-pixel steps): 720 / 192 = 3.75, the smaller of the two ratios.
    await scaledBy('the guest scaled to the inset', 3.75);
    const pip = await sendsAt('the guest sending the inset’s size', (w, h) => w <= 342 && h <= 192);
    console.info(`picture-in-picture: guest sends ${pip.width}×${pip.height}`);
    await programShowsGuest('pip');
    await studioPage.screenshot({ path: join(SHOTS, 'guest-send-size-pip.png') });

    await host.command('program.arrange', { layout: 'side-by-side', guestOrder: [guest.seatId] });
    await scaledBy('the guest back to full size', 1);
    await sendsAt('the guest back to the full camera', fullCamera);
    await programShowsGuest('side-by-side');
    // Every change went over the data channel to the same sender: no new connection, no renegotiation.
    expect(await peerConnectionsMade(guest.guestPage)).toBe(connections);
  });
});
