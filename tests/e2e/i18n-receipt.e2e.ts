import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RehearsalStripe } from '../../src/main/core/payments/rehearsal';
import { payOnCheckoutPage, postCheckout, type HostClient } from '../support/studio-harness';
import { waitFor } from '../support/wait-for';
import { launchChromium } from './support/browser';
import { startPaidStudio } from './support/paid-studio';
import type { StudioProcess } from './support/studio-process';

/**
 * Issue 15, the receipt: a buyer whose browser speaks French opens their receipts from a euro show
 * (a paid tip, an accepted hot seat) bought through the real studio process and the
 * Stripe-compatible server, and reads them in French: words, "25,00 €", a French date. The
 * switcher turns the page English, and the choice holds after a reload.
 */
const SHOTS = resolve(import.meta.dirname, '../.artifacts/screenshots');

let stripeServer: RehearsalStripe;
let studio: StudioProcess;
let host: HostClient;
let browser: Browser;
let french: BrowserContext;
const offers: Record<string, string> = {};

/** Money as each language writes it (Intl's own spaces: a no-break one before € in French). */
const euros = (cents: number, locale: string) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);
const FRENCH_DATE = /\d{1,2} (janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.) \d{4}/;

async function buy(buyerName: string, order: Record<string, unknown>): Promise<{ purchaseId: string; receiptUrl: string }> {
  const { status, body } = await postCheckout(studio.baseUrl, { buyerName, ...order });
  if (status !== 201) throw new Error(`checkout refused: ${JSON.stringify(body)}`);
  expect((await payOnCheckoutPage(body.checkoutUrl)).status).toBe(303);
  return { purchaseId: body.purchaseId, receiptUrl: body.receiptUrl };
}

const reaches = (purchaseId: string, status: string) =>
  waitFor(`${purchaseId} ${status}`, () => host.events.some((e) => e.type === 'purchase.upserted' && e.purchase.id === purchaseId && e.purchase.status === status));

async function openReceipt(url: string): Promise<Page> {
  const page = await french.newPage();
  await page.goto(url);
  await page.getByRole('heading', { name: 'Votre reçu', level: 1 }).waitFor();
  return page;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ({ stripeServer, studio, host } = await startPaidStudio());
  const show = await host.command('show.create', { title: 'Soirée du dimanche', slug: 'soiree-du-dimanche', currency: 'eur' });
  offers.tip = (await host.command('offer.create', { showId: show.id, offer: { kind: 'tip', title: 'Pourboire', minAmount: 100, maxAmount: 50_000, messageMaxLength: 140, holdMessagesForReview: false } })).id;
  offers.seat = (
    await host.command('offer.create', { showId: show.id, offer: { kind: 'hotseat', title: 'Sur le canapé', format: 'chat', price: 2500, minutes: 3, perShow: 3, perBuyer: 1, questionRequired: false } })
  ).id;
  await host.command('show.setStatus', { showId: show.id, status: 'live' });
  browser = await launchChromium();
  french = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 390, height: 844 } });
});

afterAll(async () => {
  await browser?.close();
  host?.client.stop();
  await studio?.stop();
  await stripeServer?.close();
});

describe('the receipt in French', () => {
  it('shows a paid tip in French, with euros and the date written the French way, and turns English from the switcher', async () => {
    const tip = await buy('Léa', { offerId: offers.tip, amount: 2500, message: 'Bravo pour l’émission !' });
    await reaches(tip.purchaseId, 'paid');
    const page = await openReceipt(tip.receiptUrl);

    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.title()).toBe('Votre reçu · Hotseat');
    await page.getByText('Payé', { exact: true }).waitFor();
    await page.getByText('Merci de soutenir l’émission\u202f!').waitFor();
    expect(await page.locator('.offer-card-kind').textContent()).toBe('Pourboire');
    expect(await page.locator('.receipt-amount').textContent()).toBe(euros(2500, 'fr'));
    expect(euros(2500, 'fr')).toMatch(/^25,00\s€$/);
    await page.getByText(`Oui, ${euros(2500, 'fr')}`).waitFor();
    expect(await page.locator('.receipt-facts time').first().textContent()).toMatch(FRENCH_DATE);
    await page.getByRole('heading', { name: 'Votre message' }).waitFor();
    await page.getByText('Conservez cette page.').waitFor();
    await page.getByText('Mise à jour en direct').waitFor();
    await page.screenshot({ path: join(SHOTS, 'receipt-fr.png'), fullPage: true });

    await page.getByLabel('Langue').selectOption('en');
    await page.getByRole('heading', { name: 'Your receipt', level: 1 }).waitFor();
    await page.getByText('Paid', { exact: true }).waitFor();
    expect(await page.locator('.receipt-amount').textContent()).toBe('€25.00');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    // The buyer's choice is remembered in this browser, over its French preference.
    await page.reload();
    await page.getByText('Thank you for supporting the show!').waitFor();
    await page.getByLabel('Language').selectOption('fr');
    await page.getByText('Payé', { exact: true }).waitFor();
    await page.close();
  });

  it('shows an accepted hot seat in French: in line, not charged yet, and the way into the green room', async () => {
    const seat = await buy('Hugo', { offerId: offers.seat });
    await reaches(seat.purchaseId, 'pending_review');
    const page = await openReceipt(seat.receiptUrl);
    await page.getByText('En attente de validation par l’hôte').waitFor();

    await host.command('queue.accept', { purchaseId: seat.purchaseId });
    await page.getByText('Demande acceptée — vous êtes dans la file d’attente').waitFor();
    expect(await page.locator('.offer-card-kind').textContent()).toBe('Hot seat · Discussion · 3\u00a0min à l’antenne');
    expect(await page.locator('.receipt-amount').textContent()).toBe(euros(2500, 'fr'));
    await page.getByText('Pas encore — votre carte est seulement pré-autorisée').waitFor();
    const joinLink = page.getByRole('link', { name: 'Rejoindre la loge' });
    await joinLink.waitFor({ timeout: 20_000 });
    expect(await joinLink.getAttribute('href')).toMatch(/#t=hsj_/);
    await page.getByRole('heading', { name: 'Votre lien pour rejoindre l’émission' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'receipt-hotseat-fr.png'), fullPage: true });
    await page.close();
  });
});
