import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeObs } from '../support/fake-obs';
import { connectHost, type HostClient } from '../support/studio-harness';
import { waitFor } from '../support/wait-for';
import { launchChromium } from './support/browser';
import { inviteGuestOnAir } from './support/guest-on-air';
import { startStudioProcess, type StudioProcess } from './support/studio-process';

/**
 * The Program tab with two guests on air (fake cameras over real WebRTC): the host drags one guest
 * onto the other's slot and moves it back with Alt+arrows; the order holds across layout switches
 * and a page reload (the core keeps it). OBS here is the fake obs-websocket server with a browser
 * source, so the OBS panel shows the alert overlay input; the screenshot is the tab as a host sees it.
 */
const SHOTS = resolve(import.meta.dirname, '../.artifacts/screenshots');
const OBS_PASSWORD = 'slots-obs-pass';

let studio: StudioProcess;
let host: HostClient;
let obs: FakeObs;
let browser: Browser;
let studioPage: Page;
const seats: Record<'ada' | 'grace', string> = { ada: '', grace: '' };

interface ProgramGlobals {
  hotseatProgram?: { compositor: { guestSlots(): readonly string[]; getLayout(): string } };
}

async function joinAndGoLive(name: string): Promise<string> {
  const { seatId } = await inviteGuestOnAir(host, browser, name, { minutes: 30, viewport: { width: 900, height: 700 } });
  return seatId;
}

const tileOrder = () => studioPage.getByTestId('guest-slot').evaluateAll((tiles) => tiles.map((tile) => (tile as unknown as { dataset: { seatId: string } }).dataset.seatId));
const compositorOrder = () => studioPage.evaluate(() => [...((globalThis as unknown as ProgramGlobals).hotseatProgram?.compositor.guestSlots() ?? [])]);
const tile = (seatId: string) => studioPage.locator(`[data-testid="guest-slot"][data-seat-id="${seatId}"]`);

async function expectOrder(order: string[]): Promise<void> {
  await waitFor(`slot order ${order.join(',')}`, async () => JSON.stringify(await tileOrder()) === JSON.stringify(order) && JSON.stringify(await compositorOrder()) === JSON.stringify(order));
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  obs = new FakeObs({ password: OBS_PASSWORD, inputKinds: ['browser_source', 'ffmpeg_source', 'image_source', 'color_source_v3'], baseSize: { width: 1280, height: 720 } });
  await obs.start();
  studio = await startStudioProcess();
  host = await connectHost(studio.baseUrl, studio.hostToken);
  const show = await host.command('show.create', { title: 'Slots Night', slug: 'slots-night', currency: 'usd' });
  await host.command('show.setStatus', { showId: show.id, status: 'live' });
  await host.command('obs.configure', { enabled: true, address: obs.url, password: OBS_PASSWORD, programPath: 'auto' });
  browser = await launchChromium();
  studioPage = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await studioPage.goto(studio.studioUrl);
  await studioPage.getByRole('tab', { name: 'Program' }).click();
  await studioPage.getByRole('button', { name: 'Turn on my camera' }).click();
  seats.ada = await joinAndGoLive('Ada');
  seats.grace = await joinAndGoLive('Grace');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  host?.client.stop();
  await studio?.stop();
  await obs?.stop();
});

describe('guests between program slots', () => {
  it('drags a guest onto another slot, and moves it back with Alt+arrows', async () => {
    await expectOrder([seats.ada, seats.grace]);
    // Side by side shows one guest: Grace waits off the picture until she is moved to slot 1.
    await expect.poll(() => tile(seats.grace).getAttribute('aria-label')).toMatch(/slot 2 of 2, not on the picture/);
    await tile(seats.grace).dragTo(tile(seats.ada));
    await expectOrder([seats.grace, seats.ada]);
    await waitFor('order saved in the core', async () => (await host.command('program.get', {})).arrangement.guestOrder.join() === [seats.grace, seats.ada].join());

    await tile(seats.ada).focus();
    await studioPage.keyboard.press('Alt+ArrowLeft');
    await expectOrder([seats.ada, seats.grace]);
    await studioPage.getByText('Ada moved to slot 1 of 2.').waitFor({ state: 'attached' });
    // Keyboard focus stays on the moved tile: Alt+→ takes Ada back to slot 2.
    await studioPage.keyboard.press('Alt+ArrowRight');
    await expectOrder([seats.grace, seats.ada]);
  });

  it('keeps the order across layout switches and a reload of the studio page', async () => {
    await studioPage.getByRole('button', { name: /Grid/ }).click();
    await expectOrder([seats.grace, seats.ada]);
    await studioPage.getByRole('button', { name: /Picture in picture/ }).click();
    await expectOrder([seats.grace, seats.ada]);
    await waitFor('layout saved', async () => (await host.command('program.get', {})).arrangement.layout === 'pip');

    await studioPage.reload();
    await studioPage.getByRole('tab', { name: 'Program' }).click();
    await expectOrder([seats.grace, seats.ada]);
    await expect.poll(() => studioPage.evaluate(() => (globalThis as unknown as ProgramGlobals).hotseatProgram?.compositor.getLayout())).toBe('pip');
    expect(await studioPage.getByRole('button', { name: /Picture in picture/ }).getAttribute('aria-pressed')).toBe('true');
  });

  it('shows the Program tab as a host sees it: preview, guests on air, OBS with the alert overlay', async () => {
    await studioPage.getByRole('button', { name: /Side by side/ }).click();
    await studioPage.getByTestId('obs-connection').filter({ hasText: 'OBS Connected' }).waitFor({ timeout: 20_000 });
    await studioPage.getByTestId('obs-alerts').filter({ hasText: 'on their own overlay in OBS' }).waitFor();
    expect(obs.itemsOf('Hotseat')).toEqual(['Hotseat program', 'Hotseat alerts']);
    await studioPage.getByRole('button', { name: 'Turn on my camera' }).click();
    await waitFor('guest pictures decoded', async () =>
      (await studioPage.locator('.slot-video').evaluateAll((videos) => videos.every((v) => (v as unknown as { videoWidth: number }).videoWidth > 0))) && (await studioPage.locator('.slot-video').count()) === 2,
    { timeoutMs: 20_000 });
    await studioPage.screenshot({ path: join(SHOTS, 'studio-program-tab.png'), fullPage: true });
  });
});
