import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RehearsalStripe } from '../../src/main/core/payments/rehearsal';
import { type HostClient } from '../support/studio-harness';
import { waitFor } from '../support/wait-for';
import { launchChromium } from './support/browser';
import { startPaidStudio } from './support/paid-studio';
import type { StudioProcess } from './support/studio-process';

/**
 * Issue 15 for guests: a viewer buys a hot seat and is accepted; whoever opens the join link in a
 * French browser (a phone) goes through the device check, the green room and the air in French,
 * and can switch the page to English and back.
 */
const SHOTS = resolve(import.meta.dirname, '../.artifacts/screenshots');

let stripeServer: RehearsalStripe;
let studio: StudioProcess;
let browser: Browser;
let host: HostClient;
let buyer: BrowserContext;
let guest: BrowserContext;
let guestPage: Page;
let purchaseId: string;
let joinUrl: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ({ stripeServer, studio, host } = await startPaidStudio());
  const show = await host.command('show.create', { title: 'Soirée des invités', slug: 'soiree', currency: 'eur' });
  await host.command('offer.create', {
    showId: show.id,
    offer: { kind: 'hotseat', title: 'Discussion en direct', description: 'Deux minutes avec moi.', format: 'chat', price: 1500, minutes: 2, perShow: 5, perBuyer: 3, questionRequired: false },
  });
  await host.command('show.setStatus', { showId: show.id, status: 'live' });
  await host.command('settings.guests.update', { capturePolicy: 'after_seconds', captureAfterSeconds: 3, noShowGraceSeconds: 5, iceServers: [] });
  browser = await launchChromium();
  // The studio window calls the guest: without it no media flows and the on-air clock stays paused.
  const hostContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const studioPage = await hostContext.newPage();
  await studioPage.goto(studio.studioUrl);
  await studioPage.getByRole('tab', { name: 'Guests' }).click();
  // The purchase goes through in English: this test is about the guest page, not the store's words.
  buyer = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
  const page = await buyer.newPage();
  await page.goto(`${studio.baseUrl}/s/soiree`);
  await page.getByRole('button', { name: 'Request a seat' }).click();
  await page.getByLabel('Your name').fill('Élodie');
  await page.getByRole('button', { name: /Continue to payment/ }).click();
  await page.waitForURL(/\/checkout\/cs_/);
  await page.getByLabel('Email').fill('elodie@example.com');
  await page.getByLabel('Card number').fill('4242 4242 4242 4242');
  await page.getByLabel('Expiry (MM / YY)').fill('12 / 34');
  await page.getByLabel('CVC').fill('123');
  await page.getByRole('button', { name: /^Authorize / }).click();
  await page.waitForURL(/\/receipt#t=/);
  purchaseId = await waitFor('the purchase in review', () => {
    for (const e of [...host.events].reverse()) if (e.type === 'purchase.upserted' && e.purchase.buyerName === 'Élodie' && e.purchase.status === 'pending_review') return e.purchase.id;
    return undefined;
  });
  await host.command('queue.accept', { purchaseId });
  const link = page.locator('a[href*="/guest#t="]');
  await link.waitFor();
  joinUrl = (await link.getAttribute('href')) ?? '';
  guest = await browser.newContext({ locale: 'fr-FR', viewport: { width: 390, height: 844 } });
  guestPage = await guest.newPage();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  host?.client.stop();
  await studio?.stop();
  await stripeServer?.close();
});

describe('the guest page in a French browser', () => {
  it('checks the camera and microphone in French', async () => {
    expect(joinUrl).toMatch(/\/guest#t=hsj_/);
    await guestPage.goto(joinUrl);
    await guestPage.getByRole('heading', { name: 'Vérifiez votre caméra et votre micro' }).waitFor();
    await guestPage.getByRole('meter', { name: 'Niveau du micro' }).waitFor();
    await guestPage.getByText('Niveau du micro — dites quelques mots').waitFor();
    expect(await guestPage.locator('html').getAttribute('lang')).toBe('fr');
    expect(await guestPage.title()).toBe('Rejoindre l’émission · Hotseat');
    expect(await guestPage.getByRole('combobox', { name: 'Langue' }).inputValue()).toBe('fr');
    await guestPage.getByLabel('Votre nom à l’écran').fill('');
    await guestPage.getByRole('button', { name: 'Entrer dans la loge' }).click();
    await guestPage.getByText('Saisissez le nom que verra le public').waitFor();
    await guestPage.getByLabel('Votre nom à l’écran').fill('Élodie M');
    await guestPage.screenshot({ path: join(SHOTS, 'guest-device-check-fr.png'), fullPage: true });
  });

  it('waits in the green room in French, with a feminine ordinal for the place in line', async () => {
    await guestPage.getByRole('button', { name: 'Entrer dans la loge' }).click();
    await guestPage.getByText('Vous êtes dans la loge').waitFor();
    expect(await guestPage.locator('.place-in-line').textContent()).toBe('1re position');
    await guestPage.getByRole('button', { name: 'Quitter la loge' }).waitFor();
    await waitFor('the guest media at the studio', async () => (await host.command('seats.list', {})).seats.find((s) => s.purchaseId === purchaseId && s.mediaOk), {
      timeoutMs: 20_000,
      intervalMs: 500,
    });
    await guestPage.screenshot({ path: join(SHOTS, 'guest-green-room-fr.png'), fullPage: true });
  });

  it('is backstage, then on air in French, with the m:ss countdown', async () => {
    const seat = (await host.command('seats.list', {})).seats.find((s) => s.purchaseId === purchaseId);
    if (!seat) throw new Error('no seat for the purchase');
    await host.command('seat.backstage', { seatId: seat.id });
    await guestPage.getByText('En coulisses avec l’hôte').waitFor();
    await host.command('seat.live', { seatId: seat.id });
    await guestPage.getByText('Vous êtes À L’ANTENNE').waitFor();
    await guestPage.getByText('de temps restant').waitFor();
    const countdown = guestPage.locator('.countdown');
    expect(await countdown.textContent()).toMatch(/^\d:\d\d$/);
    expect(await countdown.getAttribute('aria-label')).toMatch(/^Il reste \d:\d\d$/);
    await guestPage.screenshot({ path: join(SHOTS, 'guest-on-air-fr.png'), fullPage: true });
  });

  it('switches to English and back without leaving the air', async () => {
    const switcher = guestPage.getByRole('combobox', { name: 'Langue' });
    await switcher.selectOption('en');
    await guestPage.getByText('You’re ON AIR').waitFor();
    await guestPage.getByText('left on your time').waitFor();
    expect(await guestPage.locator('html').getAttribute('lang')).toBe('en');
    await guestPage.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await guestPage.getByText('Vous êtes À L’ANTENNE').waitFor();
  });
});
