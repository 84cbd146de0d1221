import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectHost, type HostClient } from '../support/studio-harness';
import { waitFor } from '../support/wait-for';
import { launchChromium } from './support/browser';
import { readQrFromCanvas } from './support/qr-reader';
import { startStudioProcess, type StudioProcess } from './support/studio-process';

/**
 * Viewers find the store: with a public address ("I have my own URL" here) the header copies the
 * public store link, and the store card (QR code and short address) drawn on stream decodes to it,
 * in the program picture or on the alerts overlay, never both. With local links only there is no
 * card anywhere and the header warns. Screenshots of the card on both layers and of the header.
 */
const SHOTS = resolve(import.meta.dirname, '../.artifacts/screenshots');
const PUBLIC = 'https://show.example.test';
const STORE = `${PUBLIC}/s/qr-night`;
const CORNER = { x0: 0.5, y0: 0.55, x1: 1, y1: 1 };

let studio: StudioProcess;
let host: HostClient;
let browser: Browser;
let page: Page;
let overlay: Page;

/** What the page's Copy button put on the clipboard (tests compile without the DOM library). */
const readClipboard = () => page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText());

async function saveCanvas(target: Page, selector: string, file: string): Promise<void> {
  const dataUrl = await target.evaluate((which) => {
    const g = globalThis as unknown as { hotseatProgram?: { compositor: { canvas: { toDataURL(): string } } }; document: { querySelector(s: string): { toDataURL(): string } | null } };
    return (which === 'program' ? g.hotseatProgram?.compositor.canvas : g.document.querySelector(which))?.toDataURL() ?? '';
  }, selector);
  writeFileSync(join(SHOTS, file), Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'));
}

describe('the store card and the header link', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    studio = await startStudioProcess({ args: ['--public-url', PUBLIC] });
    host = await connectHost(studio.baseUrl, studio.hostToken);
    const show = await host.command('show.create', { title: 'QR Night', slug: 'qr-night', currency: 'usd' });
    await host.command('show.setStatus', { showId: show.id, status: 'live' });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: studio.baseUrl });
    page = await context.newPage();
    await page.goto(studio.studioUrl);
    await page.waitForFunction(() => Boolean((globalThis as unknown as { hotseatProgram?: unknown }).hotseatProgram));
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    host?.client.stop();
    await studio?.stop();
  });

  it('copies the public store link from the header', async () => {
    const header = page.locator('.studio-header');
    await header.getByRole('link', { name: STORE.replace('https://', '') }).waitFor();
    expect(await header.getByText('This computer only').count()).toBe(0);
    await header.getByRole('button', { name: 'Copy link' }).click();
    await header.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await readClipboard()).toBe(STORE);
  });

  it('draws the card into the program when asked: the QR code decodes to the public store address', async () => {
    expect(await readQrFromCanvas(page, 'program', CORNER)).toBeNull();
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('Show the store’s QR code and address on stream').check();
    await page.getByRole('button', { name: 'Save program settings' }).click();
    await page.getByText(`On stream now, bottom right of the program picture: ${STORE.replace('https://', '')}`).waitFor();
    await page.getByRole('tab', { name: 'Program' }).click();
    expect(await waitFor('the QR code in the program', () => readQrFromCanvas(page, 'program', CORNER), { timeoutMs: 10_000, intervalMs: 200 })).toBe(STORE);
    await saveCanvas(page, 'program', 'store-qr-program.png');
  });

  it('moves the card to the alerts overlay with the alerts, and the program no longer draws it', async () => {
    const { settings, links } = await host.command('program.get', {});
    await host.command('program.update', { ...settings, alerts: 'overlay' });
    overlay = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    await overlay.goto(links.overlay);
    await overlay.locator('canvas.store-card').waitFor();
    expect(await overlay.getByRole('img', { name: `QR code for ${STORE.replace('https://', '')}` }).count()).toBe(1);
    expect(await readQrFromCanvas(overlay, 'canvas.store-card')).toBe(STORE);
    await waitFor('no card in the program', async () => (await readQrFromCanvas(page, 'program', CORNER)) === null, { timeoutMs: 10_000, intervalMs: 200 });
    await overlay.screenshot({ path: join(SHOTS, 'store-qr-overlay.png') });
  });

  it('with local links only: no card anywhere, and the header says the link works on this computer only', async () => {
    const { network } = await host.command('studio.snapshot', {});
    await host.command('settings.network.update', { ...network, publicMode: 'off', publicBaseUrl: null });
    await overlay.locator('canvas.store-card').waitFor({ state: 'detached' });
    const header = page.locator('.studio-header');
    await header.getByText('This computer only').waitFor();
    await header.getByRole('button', { name: 'Copy local link' }).click();
    expect(await readClipboard()).toBe(`${studio.baseUrl}/s/qr-night`);
    await header.screenshot({ path: join(SHOTS, 'store-link-local-only.png') });
    await header.getByRole('button', { name: 'Go public…' }).click();
    await page.getByText('On, but hidden: your store has no public address yet').waitFor();
    await page.getByRole('heading', { name: 'Network' }).waitFor();
  });
});
