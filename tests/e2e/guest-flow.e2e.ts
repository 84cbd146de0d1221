import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RehearsalStripe } from '../../src/main/core/payments/rehearsal';
import { type HostClient } from '../support/studio-harness';
import { waitFor } from '../support/wait-for';
import { launchChromium } from './support/browser';
import { startPaidStudio } from './support/paid-studio';
import { decodesFrames } from './support/video-frames';
import type { StudioProcess } from './support/studio-process';

/**
 * Issue 3's acceptance run: a viewer buys a hot seat and is accepted, joins from the link on their
 * receipt as a guest (own browser context, fake camera), is screened backstage, goes on air, the
 * studio page decodes their video, and the card is captured per the policy; a reload while on air
 * comes back to air with the rest of the time; a revoked link is refused; a no-show is not charged.
 */
const SHOTS = resolve(import.meta.dirname, '../.artifacts/screenshots');

let stripeServer: RehearsalStripe;
let stripe: Stripe;
let studio: StudioProcess;
let browser: Browser;
let host: HostClient;
let hostContext: BrowserContext;
let studioPage: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ({ stripeServer, stripe, studio, host } = await startPaidStudio());
  const show = await host.command('show.create', { title: 'Guest Night', slug: 'guest-night', currency: 'usd' });
  await host.command('offer.create', {
    showId: show.id,
    offer: { kind: 'hotseat', title: 'Hot seat chat', description: 'Two minutes with me.', format: 'chat', price: 1500, minutes: 2, perShow: 5, perBuyer: 3, questionRequired: false },
  });
  await host.command('show.setStatus', { showId: show.id, status: 'live' });
  await host.command('settings.guests.update', { capturePolicy: 'after_seconds', captureAfterSeconds: 3, noShowGraceSeconds: 5, iceServers: [] });

  browser = await launchChromium();
  hostContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  studioPage = await hostContext.newPage();
  await studioPage.goto(studio.studioUrl);
  await studioPage.getByRole('tab', { name: 'Guests' }).click();
  await studioPage.getByRole('heading', { name: /Green room/ }).waitFor();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  host?.client.stop();
  await studio?.stop();
  await stripeServer?.close();
});

/** A viewer buys a seat in their own context; the host accepts; returns the receipt page. */
async function buyAndAccept(name: string): Promise<{ viewer: BrowserContext; receipt: Page; purchaseId: string }> {
  const viewer = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await viewer.newPage();
  await page.goto(`${studio.baseUrl}/s/guest-night`);
  await page.getByRole('button', { name: 'Request a seat' }).click();
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: /Continue to payment/ }).click();
  await page.waitForURL(/\/checkout\/cs_/);
  await page.getByLabel('Email').fill('guest@example.com');
  await page.getByLabel('Card number').fill('4242 4242 4242 4242');
  await page.getByLabel('Expiry (MM / YY)').fill('12 / 34');
  await page.getByLabel('CVC').fill('123');
  await page.getByRole('button', { name: /^Authorize / }).click();
  await page.waitForURL(/\/receipt#t=/);
  const purchaseId = await waitFor(`purchase by ${name}`, () => {
    for (const e of [...host.events].reverse()) if (e.type === 'purchase.upserted' && e.purchase.buyerName === name && e.purchase.status === 'pending_review') return e.purchase.id;
    return undefined;
  });
  await host.command('queue.accept', { purchaseId });
  return { viewer, receipt: page, purchaseId };
}

async function intentFor(purchaseId: string) {
  const sessions = await stripe.checkout.sessions.list({ limit: 100 });
  const session = sessions.data.find((s) => s.client_reference_id === purchaseId);
  if (typeof session?.payment_intent !== 'string') throw new Error(`no payment for ${purchaseId}`);
  return stripe.paymentIntents.retrieve(session.payment_intent);
}

const seatFor = (name: string) => studioPage.getByRole('listitem', { name: new RegExp(`^${name},`) });

/** Reads one frame of the seat's <video> through a canvas: true when it is decoded and not blank. */
async function studioSeesFrames(name: string): Promise<boolean> {
  return decodesFrames(seatFor(name).locator('video'));
}

describe('a paying guest joins by link and is charged only for airtime given', () => {
  let guestPage: Page;
  let joinUrl: string;
  let purchaseId: string;
  let receiptPage: Page;

  it('joins from the receipt link, passes the device check and waits in the green room', async () => {
    const bought = await buyAndAccept('Nina');
    purchaseId = bought.purchaseId;
    receiptPage = bought.receipt;
    const link = bought.receipt.getByRole('link', { name: 'Join the green room' });
    await link.waitFor();
    joinUrl = (await link.getAttribute('href')) ?? '';
    expect(joinUrl).toMatch(/\/guest#t=hsj_/);
    guestPage = await bought.viewer.newPage();
    await guestPage.goto(joinUrl);
    await guestPage.getByRole('heading', { name: 'Check your camera and microphone' }).waitFor();
    await guestPage.getByRole('meter', { name: 'Microphone level' }).waitFor();
    await guestPage.getByLabel('Your name on screen').fill('Nina K');
    await guestPage.getByRole('button', { name: 'Join the green room' }).click();
    await guestPage.getByText('You’re in the green room').waitFor();
    await guestPage.screenshot({ path: join(SHOTS, 'guest-green-room-phone.png'), fullPage: true });
    await seatFor('Nina K').waitFor();
    await waitFor('studio decodes the guest video', () => studioSeesFrames('Nina K'), { timeoutMs: 20_000 });
    await studioPage.screenshot({ path: join(SHOTS, 'studio-guests-green-room.png') });
  });

  it('is screened backstage, then goes on air; the card is captured after 3 s on air', async () => {
    await seatFor('Nina K').getByRole('button', { name: 'Backstage' }).click();
    await guestPage.getByText('Backstage with the host').waitFor();
    expect((await intentFor(purchaseId)).status).toBe('requires_capture');
    await seatFor('Nina K').getByRole('button', { name: 'Put on air' }).click();
    await guestPage.getByText('You’re ON AIR').waitFor();
    await guestPage.screenshot({ path: join(SHOTS, 'guest-on-air-phone.png'), fullPage: true });
    await waitFor('captured at Stripe', async () => (await intentFor(purchaseId)).status === 'succeeded', { timeoutMs: 15_000 });
    expect(await studioSeesFrames('Nina K')).toBe(true);
    // The receipt follows: no "Join the green room" while the buyer is on air, a way back instead.
    await receiptPage.getByRole('heading', { name: 'You’re on air now' }).waitFor({ timeout: 15_000 });
    expect(await receiptPage.getByRole('link', { name: 'Back to the show' }).getAttribute('href')).toBe(joinUrl);
    await studioPage.screenshot({ path: join(SHOTS, 'studio-guests-on-air.png') });
  });

  it('a reload while on air returns to air with the rest of the time, without host action', async () => {
    const before = await waitFor('seat with airtime', () => {
      for (const e of [...host.events].reverse()) if (e.type === 'seat.upserted' && e.seat.purchaseId === purchaseId) return e.seat;
      return undefined;
    });
    await guestPage.reload();
    await guestPage.getByText('You’re ON AIR').waitFor({ timeout: 20_000 });
    await waitFor('studio decodes the guest video again', () => studioSeesFrames('Nina K'), { timeoutMs: 20_000 });
    const countdown = await guestPage.locator('.countdown').innerText();
    const [m = '0', s = '0'] = countdown.split(':');
    const left = Number(m) * 60 + Number(s);
    expect(left).toBeLessThan(before.allowanceSeconds);
    expect(left).toBeGreaterThan(before.allowanceSeconds - 60);
    // One tile for the guest: the old page left no ghost behind.
    await expect.poll(() => seatFor('Nina K').count()).toBe(1);
  });

  it('the host ends the seat: the guest sees thanks, and the link no longer opens a green room', async () => {
    await seatFor('Nina K').getByRole('button', { name: 'End' }).click();
    await guestPage.getByText('Thank you for joining the show!').waitFor();
    await guestPage.screenshot({ path: join(SHOTS, 'guest-thanks-phone.png'), fullPage: true });
    expect((await intentFor(purchaseId)).status).toBe('succeeded');
  });
});

describe('links and no-shows', () => {
  it('refuses a revoked link with a clear message', async () => {
    const bought = await buyAndAccept('Omar');
    const link = bought.receipt.getByRole('link', { name: 'Join the green room' });
    await link.waitFor();
    const url = (await link.getAttribute('href')) ?? '';
    const seat = await waitFor('Omar’s seat', () => {
      for (const e of [...host.events].reverse()) if (e.type === 'seat.upserted' && e.seat.purchaseId === bought.purchaseId) return e.seat;
      return undefined;
    });
    await host.command('seat.replaceLink', { seatId: seat.id, newLink: false });
    const page = await bought.viewer.newPage();
    await page.goto(url);
    await page.getByText('You can’t join with this link').waitFor();
    await page.getByText(/revoked/).waitFor();
    await page.screenshot({ path: join(SHOTS, 'guest-revoked-phone.png'), fullPage: true });
  });

  it('a called guest who never joins is a no-show and is not charged', async () => {
    const bought = await buyAndAccept('Pia');
    const seat = await waitFor('Pia’s seat', () => {
      for (const e of [...host.events].reverse()) if (e.type === 'seat.upserted' && e.seat.purchaseId === bought.purchaseId) return e.seat;
      return undefined;
    });
    await host.command('seat.call', { seatId: seat.id });
    await waitFor('authorization cancelled at Stripe', async () => (await intentFor(bought.purchaseId)).status === 'canceled', { timeoutMs: 20_000 });
    expect((await intentFor(bought.purchaseId)).amount_received).toBe(0);
    await bought.receipt.getByText('Missed your turn — you were not charged').waitFor();
  });
});
