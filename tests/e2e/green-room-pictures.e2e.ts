import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectHost, type HostClient } from '../support/studio-harness';
import { waitFor } from '../support/wait-for';
import { launchChromium } from './support/browser';
import { inviteGuestToGreenRoom } from './support/guest-on-air';
import { TRACK_PEER_CONNECTIONS, videoStats } from './support/peer-stats';
import { startStudioProcess, type StudioProcess } from './support/studio-process';
import { decodesFrames } from './support/video-frames';

/**
 * Live pictures only for the front of the green room line (issue 7, figure 7): with the host's
 * setting at 2 live pictures and three guests waiting (real Chromium pages, fake cameras, real
 * WebRTC), the third guest's page never encodes video and the studio decodes none from them, while
 * both stay connected; the picture starts when the host asks for it (keyboard) and when the guest
 * moves up the line, and stops again when the host pauses it; a moderator's ask shows it to the host.
 */
const SHOTS = resolve(import.meta.dirname, '../.artifacts/screenshots');
const LIVE_PICTURES = 2;

let studio: StudioProcess;
let host: HostClient;
let browser: Browser;
let studioPage: Page;
const guests: Record<'ada' | 'bo' | 'cy', { seatId: string; guestPage: Page }> = {} as never;

const seatCard = (name: string) => studioPage.getByRole('listitem', { name: new RegExp(`^${name},`) });
const studioDecodes = (name: string) => decodesFrames(seatCard(name).locator('video'));
const sending = async (page: Page) => {
  const [video] = (await videoStats(page)).outbound;
  return video ?? null;
};
/** How many of the studio's guest connections have decoded any video. */
const studioVideoConnections = async () => (await videoStats(studioPage)).inbound.filter((v) => v.framesDecoded > 0).length;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  studio = await startStudioProcess();
  host = await connectHost(studio.baseUrl, studio.hostToken);
  const show = await host.command('show.create', { title: 'Green Room Night', slug: 'green-room-night', currency: 'usd' });
  await host.command('show.setStatus', { showId: show.id, status: 'live' });
  await host.command('settings.guests.update', { capturePolicy: 'after_seconds', captureAfterSeconds: 10, noShowGraceSeconds: 120, iceServers: [], livePictures: LIVE_PICTURES });
  browser = await launchChromium();
  const studioContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await studioContext.addInitScript(TRACK_PEER_CONNECTIONS);
  studioPage = await studioContext.newPage();
  await studioPage.goto(studio.studioUrl);
  await studioPage.getByRole('tab', { name: 'Guests' }).click();
  await studioPage.getByRole('heading', { name: /Green room/ }).waitFor();
  const options = { initScript: TRACK_PEER_CONNECTIONS, viewport: { width: 420, height: 820 } };
  guests.ada = await inviteGuestToGreenRoom(host, browser, 'Ada', options);
  guests.bo = await inviteGuestToGreenRoom(host, browser, 'Bo', options);
  guests.cy = await inviteGuestToGreenRoom(host, browser, 'Cy', options);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  host?.client.stop();
  await studio?.stop();
});

describe('live pictures in the green room', () => {
  it(`shows the first ${LIVE_PICTURES} guests live; the one after them stays connected with their video paused at their end`, async () => {
    await waitFor('studio decodes Ada and Bo', async () => (await studioDecodes('Ada')) && (await studioDecodes('Bo')), { timeoutMs: 20_000 });
    await seatCard('Cy').getByText('Picture paused · 3rd in line').waitFor();
    expect(await seatCard('Cy').locator('video').count()).toBe(0);
    // Cy's connection is up (media reaches the studio) but their page has never encoded a frame.
    expect((await host.command('seats.list', {})).seats.find((s) => s.id === guests.cy.seatId)).toMatchObject({ mediaOk: true, picture: { live: false, reason: 'paused', placeInLine: 3 } });
    expect(await sending(guests.cy.guestPage)).toMatchObject({ active: false, framesEncoded: 0 });
    expect(await sending(guests.ada.guestPage)).toMatchObject({ active: true });
    expect(await studioVideoConnections()).toBe(2);
    // The guest is told, and their own preview keeps working.
    const cy = guests.cy.guestPage;
    await cy.getByText('The host will see your picture when you are near the front of the line', { exact: false }).waitFor();
    await waitFor('Cy’s own preview plays', () => decodesFrames(cy.getByLabel('You', { exact: true })), { timeoutMs: 10_000 });
    await studioPage.screenshot({ path: join(SHOTS, 'studio-green-room-paused-picture.png') });
    await cy.screenshot({ path: join(SHOTS, 'guest-picture-paused-phone.png'), fullPage: true });
  });

  it('the host asks for the paused picture with the keyboard, sees it, and pauses it again', async () => {
    await seatCard('Cy').getByRole('button', { name: 'Show picture' }).focus();
    await studioPage.keyboard.press('Enter');
    await waitFor('Cy’s page encodes video', async () => {
      const video = await sending(guests.cy.guestPage);
      return video?.active === true && video.framesEncoded > 0;
    });
    await waitFor('studio decodes Cy', () => studioDecodes('Cy'), { timeoutMs: 20_000 });
    expect(await studioVideoConnections()).toBe(3);
    await seatCard('Cy').getByText('Picture shown on request of Host').waitFor();
    await guests.cy.guestPage.getByText('The host will see your picture', { exact: false }).waitFor({ state: 'detached' });

    await seatCard('Cy').getByRole('button', { name: 'Pause picture' }).click();
    await waitFor('Cy’s page stops sending video', async () => (await sending(guests.cy.guestPage))?.active === false);
    await seatCard('Cy').getByText('Picture paused · 3rd in line').waitFor();
    await guests.cy.guestPage.getByText('The host will see your picture', { exact: false }).waitFor();
  });

  it('a moderator asks for the paused picture from their console: the host’s studio shows it', async () => {
    const invite = await host.command('moderators.invite', { name: 'Maya', expiresInHours: 4 });
    const moderatorPage = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await moderatorPage.goto(invite.link);
    await moderatorPage.getByRole('button', { name: 'Green room' }).click();
    const cyCard = moderatorPage.getByRole('listitem', { name: /^Cy,/ });
    await cyCard.getByText('Picture paused · 3rd in line').waitFor();
    await moderatorPage.screenshot({ path: join(SHOTS, 'moderator-green-room-paused-picture.png') });
    await cyCard.getByRole('button', { name: 'Show picture to the host' }).click();
    await seatCard('Cy').getByText('Picture shown on request of Maya').waitFor();
    await waitFor('studio decodes Cy', () => studioDecodes('Cy'), { timeoutMs: 20_000 });
    await cyCard.getByRole('button', { name: 'Pause picture' }).click();
    await seatCard('Cy').getByText('Picture paused · 3rd in line').waitFor();
    await waitFor('Cy’s page stops sending video', async () => (await sending(guests.cy.guestPage))?.active === false);
    await moderatorPage.context().close();
  });

  it('starts the picture when the guest moves up the line (someone ahead goes backstage)', async () => {
    await host.command('seat.backstage', { seatId: guests.ada.seatId });
    await waitFor('Cy’s page sends video again', async () => (await sending(guests.cy.guestPage))?.active === true);
    await waitFor('studio decodes Cy', () => studioDecodes('Cy'), { timeoutMs: 20_000 });
    expect((await host.command('seats.list', {})).seats.find((s) => s.id === guests.cy.seatId)?.picture).toMatchObject({ live: true, reason: 'front_of_line', placeInLine: 2 });
  });
});
