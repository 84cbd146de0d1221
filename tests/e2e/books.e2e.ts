import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BooksSummary } from '../../src/shared/books';
import type { CommandInput } from '../../src/shared/commands';
import type { RehearsalStripe } from '../../src/main/core/payments/rehearsal';
import { payOnCheckoutPage, postCheckout, type HostClient } from '../support/studio-harness';
import { waitFor } from '../support/wait-for';
import { launchChromium } from './support/browser';
import { startPaidStudio } from './support/paid-studio';
import type { StudioProcess } from './support/studio-process';

/**
 * After the show: a show sells every kind of purchase through the real studio process and the
 * Stripe-compatible server (balance transactions with fees), ends, and the host opens the Books
 * tab in real Chromium: the summary and its chart render, the CSV downloads and parses back to the
 * same totals, and a merch order marked shipped shows on the buyer's receipt.
 */
const SHOTS = resolve(import.meta.dirname, '../.artifacts/screenshots');

let stripeServer: RehearsalStripe;
let stripe: Stripe;
let studio: StudioProcess;
let browser: Browser;
let host: HostClient;
let hostContext: BrowserContext;
let studioPage: Page;
let showId: string;
const offers: Record<string, string> = {};
const receipts: Record<string, string> = {};

async function buy(buyerName: string, order: Record<string, unknown>, shipping?: Record<string, string>): Promise<string> {
  const { status, body } = await postCheckout(studio.baseUrl, { buyerName, ...order });
  if (status !== 201) throw new Error(`checkout refused: ${JSON.stringify(body)}`);
  const paid = await payOnCheckoutPage(body.checkoutUrl, shipping ? { shipping } : {});
  expect(paid.status).toBe(303);
  receipts[buyerName] = body.receiptUrl;
  return body.purchaseId;
}

const paidPurchase = (purchaseId: string, status: string) =>
  waitFor(`${purchaseId} ${status}`, () => host.events.some((e) => e.type === 'purchase.upserted' && e.purchase.id === purchaseId && e.purchase.status === status));

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ({ stripeServer, stripe, studio, host } = await startPaidStudio());
  const show = await host.command('show.create', { title: 'Sunday Session', slug: 'sunday-session', currency: 'usd' });
  showId = show.id;
  const add = async (key: string, offer: CommandInput<'offer.create'>['offer']) => (offers[key] = (await host.command('offer.create', { showId, offer })).id);
  await add('seat', { kind: 'hotseat', title: 'Hot seat', format: 'chat', price: 2500, minutes: 3, perShow: 3, perBuyer: 1, questionRequired: false });
  await add('tip', { kind: 'tip', title: 'Tip jar', minAmount: 100, maxAmount: 50_000, messageMaxLength: 140, holdMessagesForReview: false });
  await add('gift', { kind: 'gift', title: 'Confetti', price: 700, animation: 'confetti', holdMessagesForReview: false });
  await add('shirt', { kind: 'merch', title: 'Tour shirt', price: 3000, variants: [{ id: 'm', label: 'M', stock: 5 }], shippingCountries: ['GB'] });
  await host.command('show.setStatus', { showId, status: 'live' });

  browser = await launchChromium();
  hostContext = await browser.newContext({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
  studioPage = await hostContext.newPage();
  await studioPage.goto(studio.studioUrl);
  await studioPage.getByRole('tab', { name: 'Books' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  host?.client.stop();
  await studio?.stop();
  await stripeServer?.close();
});

describe('the books after a show', () => {
  it('sums a show of every kind of purchase, renders it with its chart, and exports a CSV with the same totals', async () => {
    const tip = await buy('=cmd|"/c calc"!A1', { offerId: offers.tip, amount: 1500, message: 'Great show' });
    const gift = await buy('Bo', { offerId: offers.gift });
    const shirt = await buy('Cy', { offerId: offers.shirt, variantId: 'm' }, {
      shipping_name: 'Cy Doe', shipping_country: 'GB', shipping_line1: '1 High Street', shipping_city: 'London', shipping_postal_code: 'N1 1AA',
    });
    const seat = await buy('Di', { offerId: offers.seat });
    await Promise.all([paidPurchase(tip, 'paid'), paidPurchase(gift, 'paid'), paidPurchase(shirt, 'paid'), paidPurchase(seat, 'pending_review')]);
    await host.command('queue.accept', { purchaseId: seat });
    // The show ends with the accepted guest never on air: their hold is released, they pay nothing.
    await host.command('show.setStatus', { showId, status: 'ended' });
    await paidPurchase(seat, 'cancelled');

    // Fees are Stripe's: read them back from the balance transactions, not from our own sums.
    const charged = [tip, gift, shirt];
    const intents = await Promise.all(charged.map(async (id) => {
      const session = (await stripe.checkout.sessions.list({ limit: 100 })).data.find((s) => s.client_reference_id === id);
      return stripe.paymentIntents.retrieve(session?.payment_intent as string, { expand: ['latest_charge.balance_transaction'] });
    }));
    const txns = intents.map((intent) => {
      const charge = intent.latest_charge as Stripe.Charge;
      return charge.balance_transaction as Stripe.BalanceTransaction;
    });
    const expected = { gross: 1500 + 700 + 3000, fees: txns.reduce((sum, t) => sum + t.fee, 0), net: txns.reduce((sum, t) => sum + t.net, 0) };
    const summary: BooksSummary = await waitFor('books with three charges', async () => {
      const s = await host.command('books.summary', { range: { scope: 'show', showId } });
      return s.currencies[0]?.gross === expected.gross ? s : undefined;
    });
    expect(summary.currencies[0]).toMatchObject({ currency: 'usd', ...expected, refunds: 0, disputes: 0 });
    expect(summary.hotSeats).toMatchObject({ sold: 1, aired: 0, cancelled: 1 });

    await studioPage.getByRole('tab', { name: 'Books' }).click();
    await studioPage.getByLabel('Show').selectOption(showId);
    const net = studioPage.getByTestId('books-net-usd');
    await net.waitFor();
    expect(await net.textContent()).toBe(new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(expected.net / 100));
    // Chart.js has drawn the running total: the canvas has ink.
    type Canvas2d = { width: number; height: number; getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } | null };
    const inked = (element: unknown) => {
      const canvas = element as Canvas2d;
      const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) return true;
      return false;
    };
    await waitFor('chart drawn', () => studioPage.locator('.books-chart canvas').evaluate(inked));
    await studioPage.screenshot({ path: join(SHOTS, 'studio-books.png'), fullPage: true });

    const [download] = await Promise.all([studioPage.waitForEvent('download'), studioPage.getByRole('button', { name: 'Download purchases (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^hotseat-purchases-sunday-session-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parse<Record<string, string>>(readFileSync(await download.path(), 'utf8'), { columns: true, bom: true });
    const cents = (column: string) => Math.round(rows.reduce((sum, r) => sum + Number(r[column]), 0) * 100);
    expect([cents('charged'), cents('fee'), cents('net')]).toEqual([expected.gross, expected.fees, expected.net]);
    // What a buyer typed never runs as a formula in a spreadsheet.
    expect(rows.find((r) => r.kind === 'tip')?.buyer_name).toBe('\'=cmd|"/c calc"!A1');
    // The released hot seat appears with nothing charged.
    expect(rows.find((r) => r.kind === 'hotseat')).toMatchObject({ status: 'cancelled', charged: '0.00', net: '0.00' });
  });

  it('marks a merch order shipped from the studio, and the buyer’s receipt says so with the tracking number', async () => {
    await studioPage.getByRole('tab', { name: 'Merch orders' }).click();
    await studioPage.getByRole('checkbox', { name: 'Choose Tour shirt for Cy' }).check();
    await studioPage.getByRole('button', { name: 'Mark 1 shipped' }).click();
    await studioPage.getByLabel('Tracking number (optional)').fill('RN123456789GB');
    await studioPage.getByRole('button', { name: 'Mark shipped', exact: true }).click();
    await studioPage.getByTestId('shipped-note').getByText(/RN123456789GB/).waitFor();
    await studioPage.screenshot({ path: join(SHOTS, 'studio-merch-shipped.png') });

    const buyer = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const receipt = await buyer.newPage();
    await receipt.goto(receipts.Cy ?? '');
    await receipt.getByTestId('receipt-shipped').getByText('RN123456789GB').waitFor();
    await receipt.getByText('Your order is on its way.').waitFor();
    await receipt.screenshot({ path: join(SHOTS, 'receipt-shipped.png'), fullPage: true });
    await buyer.close();
  });
});
