import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { StudioClient } from '../../src/renderer/lib/studio-client';
import { webSocketUrl } from '../../src/renderer/lib/socket';
import type { RehearsalStripe } from '../../src/main/core/payments/rehearsal';
import { type HostClient } from '../support/studio-harness';
import { waitFor } from '../support/wait-for';
import { launchChromium } from './support/browser';
import { startPaidStudio } from './support/paid-studio';
import { decodesFrames } from './support/video-frames';
import type { StudioProcess } from './support/studio-process';

/**
 * Issue 5's green room: a moderator (own browser context, fake camera) brings a paid, accepted
 * guest backstage and they talk: the moderator page decodes the guest's video and the guest page
 * decodes the moderator's. The moderator cannot put the guest on air, and nothing was charged.
 */
const SHOTS = resolve(import.meta.dirname, '../.artifacts/screenshots');

let stripeServer: RehearsalStripe;
let stripe: Stripe;
let studio: StudioProcess;
let browser: Browser;
let host: HostClient;
let moderatorPage: Page;
let moderatorToken = '';

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ({ stripeServer, stripe, studio, host } = await startPaidStudio());
  const show = await host.command('show.create', { title: 'Screening Night', slug: 'screening-night', currency: 'usd' });
  await host.command('offer.create', {
    showId: show.id,
    offer: { kind: 'hotseat', title: 'Hot seat chat', description: 'Two minutes with me.', format: 'chat', price: 1500, minutes: 2, perShow: 5, perBuyer: 3, questionRequired: false },
  });
  await host.command('show.setStatus', { showId: show.id, status: 'live' });
  const invite = await host.command('moderators.invite', { name: 'Maya', expiresInHours: 4 });
  moderatorToken = new URLSearchParams(new URL(invite.link).hash.slice(1)).get('token') ?? '';

  browser = await launchChromium();
  const moderatorContext = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  moderatorPage = await moderatorContext.newPage();
  await moderatorPage.goto(invite.link);
  await moderatorPage.getByRole('button', { name: 'Green room' }).click();
  await moderatorPage.getByRole('heading', { name: /Backstage with you/ }).waitFor();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  host?.client.stop();
  await studio?.stop();
  await stripeServer?.close();
});

async function intentFor(purchaseId: string) {
  const sessions = await stripe.checkout.sessions.list({ limit: 100 });
  const session = sessions.data.find((s) => s.client_reference_id === purchaseId);
  if (typeof session?.payment_intent !== 'string') throw new Error(`no payment for ${purchaseId}`);
  return stripe.paymentIntents.retrieve(session.payment_intent);
}

const seatFor = (name: string) => moderatorPage.getByRole('listitem', { name: new RegExp(`^${name},`) });

describe('a moderator screens a paid guest backstage', () => {
  let guestPage: Page;
  let purchaseId = '';

  it('sees the accepted, paying guest arrive in the green room', async () => {
    const viewer = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await viewer.newPage();
    await page.goto(`${studio.baseUrl}/s/screening-night`);
    await page.getByRole('button', { name: 'Request a seat' }).click();
    await page.getByLabel('Your name').fill('Omar');
    await page.getByRole('button', { name: /Continue to payment/ }).click();
    await page.waitForURL(/\/checkout\/cs_/);
    await page.getByLabel('Email').fill('omar@example.com');
    await page.getByLabel('Card number').fill('4242 4242 4242 4242');
    await page.getByLabel('Expiry (MM / YY)').fill('12 / 34');
    await page.getByLabel('CVC').fill('123');
    await page.getByRole('button', { name: /^Authorize / }).click();
    await page.waitForURL(/\/receipt#t=/);
    purchaseId = await waitFor('Omar in review', () => {
      for (const e of [...host.events].reverse()) if (e.type === 'purchase.upserted' && e.purchase.buyerName === 'Omar' && e.purchase.status === 'pending_review') return e.purchase.id;
      return undefined;
    });
    await host.command('queue.accept', { purchaseId });
    const link = page.getByRole('link', { name: 'Join the green room' });
    await link.waitFor();
    guestPage = await viewer.newPage();
    await guestPage.goto((await link.getAttribute('href')) ?? '');
    await guestPage.getByLabel('Your name on screen').fill('Omar B');
    await guestPage.getByRole('button', { name: 'Join the green room' }).click();
    await guestPage.getByText('You’re in the green room').waitFor();

    await seatFor('Omar B').getByRole('button', { name: 'Bring backstage' }).waitFor();
    // The moderator's view carries no email.
    expect(await moderatorPage.locator('body').innerText()).not.toContain('omar@example.com');
  });

  it('brings the guest backstage and both decode each other’s video', async () => {
    await moderatorPage.getByRole('button', { name: 'Talk with my camera & mic' }).click();
    await moderatorPage.getByRole('button', { name: 'Stop sending my camera' }).waitFor();
    await seatFor('Omar B').getByRole('button', { name: 'Bring backstage' }).click();
    await guestPage.getByText('Backstage with Maya').waitFor();
    await seatFor('Omar B').getByRole('button', { name: /back to the green room/ }).waitFor();
    await waitFor('the moderator decodes the guest video', () => decodesFrames(seatFor('Omar B').locator('video')), { timeoutMs: 20_000 });
    await waitFor('the guest decodes the moderator video', () => decodesFrames(guestPage.getByLabel('The host or a moderator')), { timeoutMs: 20_000 });
    await moderatorPage.screenshot({ path: join(SHOTS, 'moderator-green-room-backstage.png') });
    await guestPage.screenshot({ path: join(SHOTS, 'guest-backstage-with-moderator-phone.png'), fullPage: true });
    // Screening moves no money: the card is still only authorized.
    expect((await intentFor(purchaseId)).status).toBe('requires_capture');
  });

  it('is refused putting the guest on air straight through the API', async () => {
    const client = new StudioClient({ url: webSocketUrl(studio.baseUrl), token: moderatorToken, WebSocket, onInvalidMessage: () => undefined });
    client.start();
    try {
      await waitFor('moderator socket online', () => client.state.get().status === 'online' || undefined);
      const seats = await client.command('moderator.seats', {});
      const seatId = seats.ok ? seats.value.seats.find((s) => s.guestName === 'Omar B')?.id : undefined;
      expect(seatId).toBeTruthy();
      const refused = await client.command('seat.live', { seatId: seatId ?? '' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await client.command('seat.extend', { seatId: seatId ?? '', seconds: 60 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    } finally {
      client.stop();
    }
    await expect(seatFor('Omar B').getByRole('button', { name: /Put on air/ }).count()).resolves.toBe(0);
    expect(host.purchase(purchaseId)?.status).toBe('accepted');
  });

  it('ends the screening: the guest goes back to the green room and the call is dropped', async () => {
    await seatFor('Omar B').getByRole('button', { name: /back to the green room/ }).click();
    await guestPage.getByText('You’re in the green room').waitFor();
    await seatFor('Omar B').getByRole('button', { name: 'Bring backstage' }).waitFor();
    await expect(seatFor('Omar B').locator('video').count()).resolves.toBe(0);
    await waitFor('the guest no longer shows the moderator', async () => (await guestPage.getByLabel('The host or a moderator').count()) === 0, { timeoutMs: 10_000 });
    expect((await intentFor(purchaseId)).status).toBe('requires_capture');
  });
});
