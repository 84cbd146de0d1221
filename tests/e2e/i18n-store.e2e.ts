import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RehearsalStripe } from '../../src/main/core/payments/rehearsal';
import type { HostClient } from '../support/studio-harness';
import { waitFor } from '../support/wait-for';
import { launchChromium } from './support/browser';
import { startPaidStudio } from './support/paid-studio';
import type { StudioProcess } from './support/studio-process';

/**
 * Issue 15 for the store: a viewer whose browser speaks French sees the store and the rehearsal
 * checkout page in French (plurals, "25,00 €"), can switch to English and back, and pays in French;
 * the receipt and the guest page follow in French, Stripe Checkout was asked for French, and the
 * creator's studio shows and accepts the same purchase in English.
 */
const SHOTS = resolve(import.meta.dirname, '../.artifacts/screenshots');
const EUROS_25 = '25,00\u00a0€';

let stripeServer: RehearsalStripe;
let stripe: Stripe;
let studio: StudioProcess;
let browser: Browser;
let host: HostClient;
let french: BrowserContext;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ({ stripeServer, stripe, studio, host } = await startPaidStudio());
  const show = await host.command('show.create', { title: 'Soirée du vendredi', slug: 'soiree', currency: 'eur' });
  await host.command('offer.create', {
    showId: show.id,
    offer: { kind: 'hotseat', title: 'Questions au micro', description: 'Cinq minutes à l’antenne avec moi.', format: 'qa', price: 2500, minutes: 5, perShow: 2, perBuyer: 1, questionRequired: true },
  });
  await host.command('offer.create', { showId: show.id, offer: { kind: 'tip', title: 'Un pourboire', minAmount: 200, maxAmount: 50_000, messageMaxLength: 140, holdMessagesForReview: false } });
  await host.command('show.setStatus', { showId: show.id, status: 'live' });
  browser = await launchChromium();
  french = await browser.newContext({ locale: 'fr-FR', viewport: { width: 390, height: 844 } });
});

afterAll(async () => {
  await browser?.close();
  host?.client.stop();
  await studio?.stop();
  await stripeServer?.close();
});

function seatCard(page: Page) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Questions au micro' }) });
}

describe('the store for a French browser', () => {
  let page: Page;

  it('opens in French: lang, words, plurals and money', async () => {
    page = await french.newPage();
    await page.goto(`${studio.baseUrl}/s/soiree`);
    await seatCard(page).getByText('2 places restantes').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await seatCard(page).locator('.offer-card-price').textContent()).toBe(EUROS_25);
    await expect(page.getByText('Hot seat · Questions-réponses · 5 min à l’antenne').count()).resolves.toBe(1);
    await page.getByText('à partir de 2,00\u00a0€').waitFor();
    await page.getByRole('button', { name: 'Demander une place' }).waitFor();
    await page.getByRole('button', { name: 'Reçu perdu ?' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'store-fr.png'), fullPage: true });
  });

  it('switches to English and back, remembered across a reload', async () => {
    await page.getByLabel('Langue').selectOption('en');
    await seatCard(page).getByText('2 seats left').waitFor();
    expect(await seatCard(page).locator('.offer-card-price').textContent()).toBe('€25.00');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('button', { name: 'Request a seat' }).waitFor();
    await page.getByLabel('Language').selectOption('fr');
    await seatCard(page).getByText('2 places restantes').waitFor();
  });

  it('checks the order form in French, then pays on a French checkout page', async () => {
    await seatCard(page).getByRole('button', { name: 'Demander une place' }).click();
    await page.getByRole('button', { name: `Continuer vers le paiement · ${EUROS_25}` }).click();
    await page.getByText('Votre nom est obligatoire').waitFor();
    await page.getByText('Dites à l’animateur ce que vous voulez demander').waitFor();
    await page.getByLabel('Votre nom').fill('Amélie');
    await page.getByLabel('Votre question').fill('Quel est votre prochain concert ?');
    await page.screenshot({ path: join(SHOTS, 'store-fr-order.png'), fullPage: true });
    await page.getByRole('button', { name: /Continuer vers le paiement/ }).click();

    await page.waitForURL(/\/checkout\/cs_/);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.getByText('Paiement de répétition — aucun argent réel').waitFor();
    await page.getByLabel('E-mail').fill('amelie@example.com');
    await page.getByLabel('Numéro de carte').fill('4242 4242 4242 4242');
    await page.getByLabel('Date d’expiration (MM / AA)').fill('12 / 34');
    await page.getByLabel('Cryptogramme (CVC)').fill('123');
    await page.screenshot({ path: join(SHOTS, 'checkout-fr.png'), fullPage: true });
    await page.getByRole('button', { name: `Autoriser ${EUROS_25}` }).click();
    await page.waitForURL(/\/receipt#t=/);
  });

  it('gives a French receipt and guest page for the seat, while the studio shows the same purchase in English', async () => {
    await page.getByText('En attente de validation par l’hôte').waitFor();
    const purchase = await waitFor('Amélie’s purchase', () => {
      for (const e of [...host.events].reverse()) if (e.type === 'purchase.upserted' && e.purchase.buyerName === 'Amélie' && e.purchase.status === 'pending_review') return e.purchase;
      return undefined;
    });
    expect(purchase.buyerLocale).toBe('fr');
    const session = (await stripe.checkout.sessions.list({ limit: 100 })).data.find((s) => s.client_reference_id === purchase.id);
    expect(session?.locale).toBe('fr');

    // The creator's studio speaks English whatever the buyer's language.
    const studioContext = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    const studioPage = await studioContext.newPage();
    await studioPage.goto(studio.studioUrl);
    const seat = studioPage.getByRole('listitem', { name: /^Amélie, / });
    await seat.getByText('Quel est votre prochain concert ?').waitFor();
    await seat.getByText('€25.00').waitFor();
    await seat.getByRole('button', { name: 'Accept' }).click();
    await studioPage.screenshot({ path: join(SHOTS, 'studio-en-french-buyer.png') });

    await page.getByText('Demande acceptée — vous êtes dans la file d’attente').waitFor();
    await page.screenshot({ path: join(SHOTS, 'receipt-fr-accepted.png'), fullPage: true });
    const joinLink = page.getByRole('link', { name: 'Rejoindre la loge' });
    const guestPage = await french.newPage();
    await guestPage.goto((await joinLink.getAttribute('href')) ?? '');
    await guestPage.getByRole('heading', { name: 'Vérifiez votre caméra et votre micro' }).waitFor();
    expect(await guestPage.locator('html').getAttribute('lang')).toBe('fr');
    await studioContext.close();
  });
});
