import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BooksSummary } from '../../src/shared/books';
import type { CommandInput } from '../../src/shared/commands';
import type { RehearsalStripe } from '../../src/main/core/payments/rehearsal';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '../support/smtp-sink';
import { payOnCheckoutPage, postCheckout, type HostClient } from '../support/studio-harness';
import { waitFor } from '../support/wait-for';
import { launchChromium } from './support/browser';
import { startPaidStudio } from './support/paid-studio';
import type { StudioProcess } from './support/studio-process';

/**
 * After the show: a show sells every kind of purchase through the real studio process and the
 * Stripe-compatible server (balance transactions with fees), ends, and the host opens the Books
 * tab in real Chromium: the summary and its chart render, the CSV downloads and parses back to the
 * same totals, and a merch order marked shipped shows on the buyer's receipt. Buyers are emailed
 * through a real SMTP server (smtp-server), whose messages are read back: the accepted guest's
 * join link opens the green room, the shipped email carries the tracking number. A refund made in
 * the Stripe dashboard and a dispute after the show reach the books and alert the host.
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
let sink: SmtpSink;
const offers: Record<string, string> = {};
const receipts: Record<string, string> = {};

const EMAILS: Record<string, string> = { Bo: 'bo@example.com', Cy: 'cy@example.com', Di: 'di@example.com' };
const emailOf = (buyerName: string) => EMAILS[buyerName] ?? 'tipper@example.com';

async function buy(buyerName: string, order: Record<string, unknown>, shipping?: Record<string, string>): Promise<string> {
  const { status, body } = await postCheckout(studio.baseUrl, { buyerName, ...order });
  if (status !== 201) throw new Error(`checkout refused: ${JSON.stringify(body)}`);
  const paid = await payOnCheckoutPage(body.checkoutUrl, { email: emailOf(buyerName), ...(shipping ? { shipping } : {}) });
  expect(paid.status).toBe(303);
  receipts[buyerName] = body.receiptUrl;
  return body.purchaseId;
}

/** The message the SMTP server received for `to` whose subject starts with `subject`. */
const mailTo = (to: string, subject: string) =>
  waitFor(`"${subject}" email to ${to}`, () => sink.messages.find((m) => m.envelopeTo.includes(to) && m.subject.startsWith(subject)), { timeoutMs: 15_000 });
const linkIn = (mail: ReceivedMail, path: string) => [...mail.text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]).find((url) => new URL(url).pathname === path) ?? '';

async function intentOf(purchaseId: string): Promise<Stripe.PaymentIntent> {
  const session = (await stripe.checkout.sessions.list({ limit: 100 })).data.find((s) => s.client_reference_id === purchaseId);
  return stripe.paymentIntents.retrieve(session?.payment_intent as string, { expand: ['latest_charge.balance_transaction'] });
}

const paidPurchase = (purchaseId: string, status: string) =>
  waitFor(`${purchaseId} ${status}`, () => host.events.some((e) => e.type === 'purchase.upserted' && e.purchase.id === purchaseId && e.purchase.status === status));

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ({ stripeServer, stripe, studio, host } = await startPaidStudio());
  sink = await startSmtpSink();
  await host.command('mail.settings.set', {
    settings: { enabled: true, host: '127.0.0.1', port: sink.port, security: 'none', username: '', fromAddress: 'shows@example.com', senderName: 'Maya Live' },
  });
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
  await sink?.close();
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
    for (const name of ['Bo', 'Cy', 'Di']) await mailTo(emailOf(name), 'Your receipt:');
    await host.command('queue.accept', { purchaseId: seat });

    // The accepted buyer's email carries a join link of their own, and it opens the green room.
    const accepted = await mailTo('di@example.com', "You're accepted");
    expect(accepted.from).toEqual({ name: 'Maya Live', address: 'shows@example.com' });
    const joinUrl = linkIn(accepted, '/guest');
    expect(joinUrl).toMatch(/#t=hsj_/);
    const guest = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const guestPage = await guest.newPage();
    await guestPage.goto(joinUrl);
    await guestPage.getByRole('heading', { name: 'Check your camera and microphone' }).waitFor();
    await guestPage.getByLabel('Your name on screen').fill('Di');
    await guestPage.getByRole('button', { name: 'Join the green room' }).click();
    await guestPage.getByText('You’re in the green room').waitFor();
    await waitFor('the studio sees Di in the green room', () =>
      host.events.some((e) => e.type === 'seat.upserted' && e.seat.purchaseId === seat && e.seat.present),
    );
    await guest.close();

    // The show ends with the accepted guest never on air: their hold is released, they pay nothing.
    await host.command('show.setStatus', { showId, status: 'ended' });
    await paidPurchase(seat, 'cancelled');

    // Fees are Stripe's: read them back from the balance transactions, not from our own sums.
    const charged = [tip, gift, shirt];
    const intents = await Promise.all(charged.map(intentOf));
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

    // The buyer is told by email too, with the number, and the email's receipt link is theirs.
    const shipped = await mailTo('cy@example.com', 'Your order has shipped');
    expect(shipped.text).toContain('Tracking number: RN123456789GB');
    expect(shipped.html).toContain('RN123456789GB');
    await receipt.goto(linkIn(shipped, '/receipt'));
    await receipt.getByTestId('receipt-shipped').getByText('RN123456789GB').waitFor();
    await buyer.close();
  });

  it('counts a refund made in the Stripe dashboard and alerts the host to a dispute after the show, also after a reload', async () => {
    const purchaseOf = (name: string) => {
      for (const e of [...host.events].reverse()) if (e.type === 'purchase.upserted' && e.purchase.buyerName === name) return e.purchase;
      throw new Error(`no purchase by ${name}`);
    };
    await studioPage.getByRole('tab', { name: 'Books' }).click();
    const before = await host.command('books.summary', { range: { scope: 'show', showId } });
    await stripeServer.dashboard.refund({ paymentIntent: (await intentOf(purchaseOf('Bo').id)).id });
    const tipIntent = await intentOf(purchaseOf('=cmd|"/c calc"!A1').id);
    await stripeServer.dashboard.dispute({ charge: (tipIntent.latest_charge as Stripe.Charge).id });

    const banner = studioPage.getByTestId('dispute-banner');
    await banner.getByText('A buyer disputed a payment.').waitFor();
    expect(await banner.textContent()).toMatch(/Tip ‘Tip jar’ .*\$15\.00 \(fraudulent\): answer it in your Stripe dashboard by/);
    const after = await waitFor('refund and dispute in the books', async () => {
      const s = await host.command('books.summary', { range: { scope: 'show', showId } });
      return s.counts.disputed === 1 && (s.currencies[0]?.refunds ?? 0) > 0 ? s : undefined;
    });
    expect(after.currencies[0]?.refunds).toBe(700);
    expect(after.counts).toMatchObject({ disputed: 1, disputesOpen: 1 });
    expect(after.currencies[0]?.net).toBeLessThan((before.currencies[0]?.net ?? 0) - 700 - 1500);
    await studioPage.getByTestId('books-net-usd').getByText(new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format((after.currencies[0]?.net ?? 0) / 100)).waitFor();
    await studioPage.screenshot({ path: join(SHOTS, 'studio-books-dispute.png'), fullPage: true });

    // The show is over and not in the snapshot; the dispute still is.
    await studioPage.reload();
    await studioPage.getByTestId('dispute-banner').getByText('A buyer disputed a payment.').waitFor();
  });

  it('shows the buyer emails in Settings → Email, and a buyer who lost their receipt gets it again from the store', async () => {
    await studioPage.getByRole('tab', { name: 'Settings' }).click();
    const outbox = studioPage.getByRole('table', { name: 'Recent buyer emails' });
    await outbox.getByRole('cell', { name: 'Shipped' }).waitFor();
    // The header is sticky: unstick it, or the stitched screenshot of a tall panel shows it mid-panel.
    await studioPage.getByRole('region', { name: 'Email', exact: true }).screenshot({ path: join(SHOTS, 'studio-settings-email.png'), style: '.studio-header { position: static !important; }' });

    // The test message shows the server's own answer, and its refusal when it refuses.
    const email = studioPage.getByRole('form', { name: 'Email to buyers' });
    await email.getByLabel('Send a test email to').fill('maya@example.com');
    await email.getByRole('button', { name: 'Send test email' }).click();
    await email.getByRole('status').getByText(/^Sent\. The server answered: 250/).waitFor();
    expect((await mailTo('maya@example.com', 'Hotseat test email')).from.name).toBe('Maya Live');
    sink.fault = 'refuse_rcpt';
    await email.getByRole('button', { name: 'Send test email' }).click();
    await email.getByRole('alert').getByText('Not sent. The SMTP server refused: 450').waitFor();
    sink.fault = 'none';

    const buyer = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const store = await buyer.newPage();
    await store.goto(`${studio.baseUrl}/s/sunday-session`);
    await store.getByRole('button', { name: 'Lost your receipt?' }).click();
    await store.getByLabel('Email address').fill('cy@example.com');
    await store.keyboard.press('Enter');
    await store.getByRole('status').getByText('If this address bought something at this show').waitFor();
    await store.screenshot({ path: join(SHOTS, 'store-resend-receipt.png'), fullPage: true });
    const again = await mailTo('cy@example.com', 'Your receipts from');
    await store.goto(linkIn(again, '/receipt'));
    await store.getByTestId('receipt-shipped').getByText('RN123456789GB').waitFor();
    await buyer.close();
  });
});
