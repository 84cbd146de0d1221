import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receiptSelfiePath } from '../../src/shared/selfies';
import { ReceiptView } from '../../src/shared/store-api';
import type { HostClient } from '../support/studio-harness';
import { payOnCheckoutPage, postCheckout } from '../support/studio-harness';
import { decodePng } from '../support/png';
import { waitFor } from '../support/wait-for';
import { launchChromium } from './support/browser';
import { isMagenta, magentaCamera } from './support/fake-camera';
import { obsAvailable, startObsProcess, type ObsProcess } from './support/obs-process';
import { startPaidStudio, type PaidStudio } from './support/paid-studio';

/**
 * A selfie seat against a real OBS (Debian's 29.x, headless): the buyer's guest page sends a solid
 * magenta camera, the host presses "Take selfie" on the studio page, the countdown runs on the
 * program, the core takes OBS's GetSourceScreenshot of the program input, and the buyer's receipt
 * page shows (and offers to download) a picture whose guest half is magenta. That OBS has no
 * chapter markers: the studio says so.
 */
const SHOTS = resolve(import.meta.dirname, '../.artifacts/screenshots');
const available = obsAvailable();

describe.skipIf(!available.ok)('a selfie seat with a real OBS', () => {
  let obsProcess: ObsProcess;
  let paid: PaidStudio;
  let host: HostClient;
  let browser: Browser;
  let guestBrowser: Browser;
  let studioPage: Page;
  let receiptUrl = '';
  let receiptToken = '';
  let seatId = '';
  let guestPage: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [obsProcess, paid] = await Promise.all([startObsProcess(), startPaidStudio()]);
    host = paid.host;
    const show = await host.command('show.create', { title: 'Selfie Sunday', slug: 'selfie-sunday', currency: 'usd' });
    const offer = await host.command('offer.create', {
      showId: show.id,
      offer: { kind: 'hotseat', title: 'Selfie with me', description: 'A selfie on stream.', format: 'selfie', price: 1200, minutes: 3, perShow: 5, perBuyer: 1, questionRequired: false },
    });
    await host.command('show.setStatus', { showId: show.id, status: 'live' });
    [browser, guestBrowser] = await Promise.all([launchChromium(), launchChromium([`--use-file-for-fake-video-capture=${magentaCamera()}`])]);
    studioPage = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await studioPage.goto(paid.studio.studioUrl);

    const { body } = await postCheckout(paid.studio.baseUrl, { offerId: offer.id, buyerName: 'Maya' });
    expect((await payOnCheckoutPage(body.checkoutUrl)).status).toBe(303);
    await waitFor('paid', () => host.purchase(body.purchaseId)?.status === 'pending_review' || undefined, { timeoutMs: 20_000 });
    await host.command('queue.accept', { purchaseId: body.purchaseId });
    receiptUrl = body.receiptUrl;
    receiptToken = new URL(receiptUrl).hash.slice('#t='.length);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await guestBrowser?.close();
    host?.client.stop();
    await paid?.studio.stop();
    await paid?.stripeServer.close();
    await obsProcess?.stop();
  });

  it('connects to OBS and says chapter markers need OBS 30.2+', async () => {
    await host.command('obs.configure', { enabled: true, address: obsProcess.address, password: obsProcess.password, programPath: 'auto' });
    const status = await waitFor('OBS connected', async () => {
      const s = await host.command('obs.status', {});
      return s.connection === 'connected' && s;
    }, { timeoutMs: 20_000 });
    expect(status.chapters.supported).toBe(false);
    await studioPage.getByRole('tab', { name: 'Program' }).click();
    await studioPage.getByTestId('obs-chapters').filter({ hasText: 'Chapter markers need OBS 30.2 or newer' }).waitFor();
  });

  it('puts the selfie guest on air and OBS shows their picture', async () => {
    const receipt = ReceiptView.parse(await (await fetch(`${paid.studio.baseUrl}/api/receipt`, { headers: { 'X-Receipt-Token': receiptToken } })).json());
    guestPage = await (await guestBrowser.newContext({ viewport: { width: 1000, height: 800 } })).newPage();
    await guestPage.goto(receipt.joinUrl ?? '');
    await guestPage.getByLabel('Your name on screen').fill('Maya');
    await guestPage.getByRole('button', { name: 'Join the green room' }).click();
    await guestPage.getByText('You’re in the green room').waitFor();
    const seat = await waitFor('guest media at the studio', async () => (await host.command('seats.list', {})).seats.find((s) => s.purchaseId === receipt.purchaseId && s.mediaOk), { timeoutMs: 20_000 });
    seatId = seat.id;
    await host.command('seat.live', { seatId });
    await guestPage.getByText('You’re ON AIR').waitFor();
    await waitFor('the guest in OBS', async () => {
      const shot = await obsProcess.connect().then(async (obs) => {
        try {
          return await obs.call('GetSourceScreenshot', { sourceName: 'Hotseat program', imageFormat: 'png', imageWidth: 64, imageHeight: 36 });
        } finally {
          await obs.disconnect();
        }
      });
      const png = decodePng(Buffer.from(shot.imageData.replace(/^data:[^,]*,/, ''), 'base64'));
      return isMagenta(png.pixel(Math.round(png.width * 0.75), Math.round(png.height * 0.4)));
    }, { timeoutMs: 45_000, intervalMs: 1_000 });
  });

  it('takes the selfie from OBS after a 3-2-1 on the program; the buyer sees and downloads it', async () => {
    await studioPage.getByRole('tab', { name: 'Guests' }).click();
    const card = studioPage.getByRole('listitem', { name: /^Maya,/ });
    await card.getByRole('button', { name: 'Take selfie' }).click();
    await card.getByRole('button', { name: /3 · 2 · 1 on the program/ }).waitFor();
    await studioPage.screenshot({ path: join(SHOTS, 'studio-selfie-countdown.png') });
    // The guest counts down with the program, so they smile at the right moment.
    await guestPage.getByTestId('selfie-cue').getByText('Look into your camera and smile!').waitFor();
    await guestPage.screenshot({ path: join(SHOTS, 'guest-selfie-countdown.png') });
    await guestPage.getByText('Snap! Your selfie will be on your receipt.').waitFor({ timeout: 10_000 });
    await card.getByText('Selfie saved from OBS').waitFor({ timeout: 30_000 });
    await card.getByRole('img', { name: 'Selfie 1 with Maya' }).waitFor();
    await studioPage.screenshot({ path: join(SHOTS, 'studio-selfie-taken.png') });

    const [selfie] = await host.command('selfies.list', {});
    expect(selfie).toMatchObject({ source: 'obs', seatId, contentType: 'image/png' });
    const { baseWidth, baseHeight } = await obsProcess.connect().then(async (obs) => {
      try {
        return await obs.call('GetVideoSettings');
      } finally {
        await obs.disconnect();
      }
    });
    expect([selfie?.width, selfie?.height]).toEqual([baseWidth, baseHeight]);

    const receiptPage = await (await guestBrowser.newContext({ viewport: { width: 430, height: 900 } })).newPage();
    await receiptPage.goto(receiptUrl);
    const image = receiptPage.getByRole('img', { name: 'Selfie 1, taken on air' });
    await image.waitFor();
    const download = receiptPage.getByRole('link', { name: 'Download' });
    expect(await download.getAttribute('download')).toBe('hotseat-selfie-selfie-sunday-1.png');
    const shown = await image.evaluate((element) => (element as unknown as { naturalWidth: number; complete: boolean }).complete && (element as unknown as { naturalWidth: number }).naturalWidth);
    expect(shown).toBe(selfie?.width);
    await receiptPage.screenshot({ path: join(SHOTS, 'receipt-selfie-phone.png'), fullPage: true });

    const response = await fetch(`${paid.studio.baseUrl}${receiptSelfiePath(selfie?.id ?? '')}`, { headers: { 'X-Receipt-Token': receiptToken } });
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="hotseat-selfie-selfie-sunday-1.png"');
    expect(response.headers.get('content-type')).toBe('image/png');
    // The guest's half of the program (side by side: the guest on the right) is the magenta camera.
    const picture = decodePng(Buffer.from(await response.arrayBuffer()));
    const colour = picture.pixel(Math.round(picture.width * 0.8), Math.round(picture.height * 0.3));
    expect(isMagenta(colour), `guest half colour ${colour.join(',')}`).toBe(true);
  });
});

if (!available.ok) {
  describe('a selfie seat with a real OBS', () => {
    it.skip(`needs OBS: ${available.reason}`, () => undefined);
  });
}
