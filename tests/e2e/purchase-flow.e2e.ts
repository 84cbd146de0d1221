import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandInput } from '../../src/shared/commands';
import type { RehearsalStripe } from '../../src/main/core/payments/rehearsal';
import { type HostClient } from '../support/studio-harness';
import { waitFor } from '../support/wait-for';
import { launchChromium } from './support/browser';
import { startPaidStudio } from './support/paid-studio';
import type { StudioProcess } from './support/studio-process';

/**
 * The foundation issue's acceptance run, end to end: the headless studio as a real process, real
 * Chromium for the viewer and the host (each in its own context), real stripe-node talking over HTTP
 * to the project's Stripe-compatible server, which also delivers signed webhooks.
 */
const SHOTS = resolve(import.meta.dirname, '../.artifacts/screenshots');

let stripeServer: RehearsalStripe;
let stripe: Stripe;
let studio: StudioProcess;
let browser: Browser;
let host: HostClient;
let viewer: BrowserContext;
let hostContext: BrowserContext;
let studioPage: Page;
const ids: Record<string, string> = {};

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ({ stripeServer, stripe, studio, host } = await startPaidStudio());

  const show = await host.command('show.create', { title: 'Friday Night Live', slug: 'friday-night', currency: 'usd' });
  const add = (offer: CommandInput<'offer.create'>['offer']) => host.command('offer.create', { showId: show.id, offer });
  ids.seat = (await add({ kind: 'hotseat', title: 'Hot seat Q&A', description: 'Five minutes on air with me.', format: 'qa', price: 2500, minutes: 5, perShow: 4, perBuyer: 2, questionRequired: true })).id;
  ids.tip = (await add({ kind: 'tip', title: 'Tip the band', minAmount: 200, maxAmount: 50_000, messageMaxLength: 140, holdMessagesForReview: true })).id;
  ids.merch = (await add({ kind: 'merch', title: 'Tour T-shirt', price: 3000, variants: [{ id: 'm', label: 'M', stock: 3 }, { id: 'l', label: 'L', stock: 1 }], shippingCountries: ['US', 'GB'] })).id;
  await host.command('show.setStatus', { showId: show.id, status: 'live' });

  browser = await launchChromium();
  viewer = await browser.newContext({ viewport: { width: 390, height: 844 } });
  hostContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  studioPage = await hostContext.newPage();
  await studioPage.goto(studio.studioUrl);
  await studioPage.getByRole('heading', { name: 'Waiting for review' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  host?.client.stop();
  await studio?.stop();
  await stripeServer?.close();
});

/** A viewer on their phone: store → order form → rehearsal checkout page → receipt. */
async function buy(offerTitle: string, cta: string, fill: (page: Page) => Promise<void>, shipping = false): Promise<Page> {
  const page = await viewer.newPage();
  await page.goto(`${studio.baseUrl}/s/friday-night`);
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: offerTitle }) });
  await card.getByRole('button', { name: cta }).click();
  await fill(page);
  await page.getByRole('button', { name: /Continue to payment/ }).click();
  await page.waitForURL(/\/checkout\/cs_/);
  await page.getByLabel('Email').fill('viewer@example.com');
  await page.getByLabel('Card number').fill('4242 4242 4242 4242');
  await page.getByLabel('Expiry (MM / YY)').fill('12 / 34');
  await page.getByLabel('CVC').fill('123');
  if (shipping) {
    await page.getByLabel('Full name').fill('Jo Doe');
    await page.getByLabel('Country or region').selectOption('GB');
    await page.getByLabel('Address line 1').fill('1 High Street');
    await page.getByLabel('City').fill('London');
    await page.getByLabel('Postal code').fill('N1 1AA');
  }
  await page.getByRole('button', { name: /^(Authorize|Pay) / }).click();
  await page.waitForURL(/\/receipt#t=/);
  return page;
}

async function intentFor(purchaseId: string) {
  const sessions = await stripe.checkout.sessions.list({ limit: 100 });
  const session = sessions.data.find((s) => s.client_reference_id === purchaseId);
  if (typeof session?.payment_intent !== 'string') throw new Error(`no payment for ${purchaseId}`);
  return stripe.paymentIntents.retrieve(session.payment_intent);
}

const purchaseIdFor = (buyerName: string) =>
  waitFor(`purchase by ${buyerName}`, () => {
    for (const event of [...host.events].reverse()) {
      if (event.type === 'purchase.upserted' && event.purchase.buyerName === buyerName) return event.purchase.id;
    }
    return undefined;
  });

describe('a viewer buys, the host decides, the money does exactly the right thing', () => {
  it('rejects a paid hot seat from the studio page and the buyer is not charged', async () => {
    const receipt = await buy('Hot seat Q&A', 'Request a seat', async (page) => {
      await page.getByLabel('Your name').fill('Maya');
      await page.getByLabel('Your question').fill('What inspired the new album?');
    });
    await receipt.getByText('Waiting for the host to review').waitFor();
    await receipt.screenshot({ path: join(SHOTS, 'receipt-pending-review.png'), fullPage: true });

    const seat = studioPage.getByRole('listitem', { name: /^Maya, Hot seat Q&A/ });
    await seat.getByText('What inspired the new album?').waitFor();
    await studioPage.screenshot({ path: join(SHOTS, 'studio-queue-pending.png') });
    const purchaseId = await purchaseIdFor('Maya');
    expect((await intentFor(purchaseId)).status).toBe('requires_capture');

    await seat.getByRole('button', { name: 'Reject' }).click();
    await studioPage.getByRole('button', { name: 'Reject — don’t charge' }).click();
    await receipt.getByText('Not accepted — you were not charged').waitFor();
    await waitFor('authorization cancelled at Stripe', async () => (await intentFor(purchaseId)).status === 'canceled');
    expect((await intentFor(purchaseId)).amount_received).toBe(0);
    await seat.waitFor({ state: 'detached' });
  });

  it('accepts a second paid hot seat: it joins the line and stays authorized, not charged', async () => {
    const receipt = await buy('Hot seat Q&A', 'Request a seat', async (page) => {
      await page.getByLabel('Your name').fill('Leo');
      await page.getByLabel('Your question').fill('Favourite song to play live?');
    });
    const seat = studioPage.getByRole('listitem', { name: /^Leo, Hot seat Q&A/ });
    await seat.getByRole('button', { name: 'Accept' }).click();
    await receipt.getByText("Accepted — you're in line").waitFor();
    await studioPage.getByRole('heading', { name: /Accepted — in line/ }).waitFor();
    await studioPage.screenshot({ path: join(SHOTS, 'studio-queue-accepted.png') });
    const intent = await intentFor(await purchaseIdFor('Leo'));
    expect(intent.status).toBe('requires_capture');
  });

  it('delivers a tip with its message to the studio feed, held for approval', async () => {
    await buy('Tip the band', 'Send a tip', async (page) => {
      await page.getByLabel('Your name').fill('Sam');
      await page.getByLabel(/^Amount/).fill('5.00');
      await page.getByLabel('Message (optional)').fill('Love the show! <b>not bold</b>');
    });
    const message = studioPage.getByText('Love the show! <b>not bold</b>');
    await message.waitFor();
    await studioPage.getByRole('button', { name: 'Approve' }).first().click();
    await waitFor('message approved', () => host.events.some((e) => e.type === 'purchase.upserted' && e.purchase.buyerName === 'Sam' && e.purchase.messageStatus === 'approved'));
  });

  it('sells the last shirt in size L: stock goes down on the store page and the size sells out', async () => {
    const receipt = await buy('Tour T-shirt', 'Order', async (page) => {
      await page.getByLabel('Your name').fill('Jo');
      await page.getByLabel('Size / variant').selectOption('l');
    }, true);
    await receipt.getByText('Paid', { exact: true }).waitFor();
    const store = await viewer.newPage();
    await store.goto(`${studio.baseUrl}/s/friday-night`);
    await store.getByText('L: sold out').waitFor();
    await store.screenshot({ path: join(SHOTS, 'store-phone.png'), fullPage: true });
    const order = await waitFor('order with address', () => [...host.events].reverse().find((e) => e.type === 'purchase.upserted' && e.purchase.buyerName === 'Jo' && e.purchase.status === 'paid'));
    expect(order.type === 'purchase.upserted' && order.purchase.shipping).toMatchObject({ line1: '1 High Street', city: 'London', country: 'GB' });
  });
});
