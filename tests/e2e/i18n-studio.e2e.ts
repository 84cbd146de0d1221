import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandInput } from '../../src/shared/commands';
import { CATALOGS, createTranslator, type MessageId } from '../../src/shared/i18n/messages';
import { payOnCheckoutPage, postCheckout, type HostClient } from '../support/studio-harness';
import { waitFor } from '../support/wait-for';
import { launchChromium } from './support/browser';
import { startPaidStudio, type PaidStudio } from './support/paid-studio';
import type { StudioProcess } from './support/studio-process';

/**
 * Issue 15 for the creator: the studio opens in English; the creator switches it to French in
 * Settings → Language with the keyboard; every tab then speaks French (the catalog's own words, and
 * no English message of any catalog left on screen), and so does an invited moderator's console,
 * live; the choice is kept in the core (a restart of the core, a reload, a browser that never heard
 * it); and switching back to English works the same way. Screenshots `studio-<tab>-fr.png`,
 * `moderator-console-fr.png`.
 */
const SHOTS = resolve(import.meta.dirname, '../.artifacts/screenshots');
const en = CATALOGS.en;
const fr = CATALOGS.fr;
const inFrench = createTranslator('fr');
const TIMEOUT = 15_000;

type Tab = 'live' | 'program' | 'guests' | 'merch' | 'books' | 'editor' | 'moderators' | 'settings' | 'activity';
/** The tabs in the order the arrow keys walk them (`StudioTabs`). */
const TABS: Tab[] = ['live', 'program', 'guests', 'merch', 'books', 'editor', 'moderators', 'settings', 'activity'];
/** Words each tab shows with this test's show (one seat waiting, one accepted, a tip, a shirt order). */
const TAB_WORDS: Record<Tab, MessageId[]> = {
  live: ['queue.pending.title', 'queue.accepted.title', 'queue.seat.accept', 'queue.seat.reject', 'feed.title', 'feed.approve'],
  program: ['program.title', 'program.obsTitle', 'program.soundTitle'],
  guests: ['guests.withHost.title', 'guests.greenRoom.title', 'guests.notJoined.title'],
  merch: ['merch.title', 'merch.column.item', 'merch.column.buyer', 'merch.column.shipTo'],
  books: ['books.title', 'books.range.label', 'books.counts.title', 'books.supporters.title'],
  editor: ['editor.shows.title', 'editor.shows.details', 'editor.offers.title'],
  moderators: ['team.invite.title', 'team.list.title', 'team.invite.name.label', 'team.invite.create'],
  settings: ['settings.language.title', 'settings.language.label', 'settings.payments.title', 'settings.network.title', 'settings.guests.title'],
  activity: ['activity.title', 'activity.when', 'activity.who', 'activity.what'],
};

/**
 * A catalog message as a pattern over one piece of text on screen: its words as written, anything
 * for its placeholders, plurals and selects. Only messages with enough words of their own are kept
 * (4 letters, 8 around placeholders: "OBS" or "{stage} with {name}" would match anything).
 */
function messagePattern(message: string): { pattern: RegExp; literal: string } | null {
  const source: string[] = [];
  let literal = '';
  let placeholders = false;
  const walk = (elements: readonly MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.literal) {
        source.push(el.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
        literal += el.value;
      } else if (el.type === TYPE.tag) walk(el.children);
      else {
        source.push('.*?');
        placeholders = true;
      }
    }
  };
  walk(parse(message, { ignoreTag: false }));
  if (literal.replace(/[^\p{L}]/gu, '').length < (placeholders ? 8 : 4)) return null;
  return { pattern: new RegExp(`^\\s*${source.join('')}\\s*$`, 'su'), literal: literal.trim() };
}

/** English messages whose words differ from every French message (so seeing them means English was left). */
const ENGLISH_ONLY = (() => {
  const frenchWords = new Set(Object.values(fr).map((m) => messagePattern(m)?.literal));
  const out: { id: MessageId; pattern: RegExp }[] = [];
  for (const id of Object.keys(en) as MessageId[]) {
    const english = messagePattern(en[id]);
    const french = messagePattern(fr[id]);
    if (!english || english.literal === french?.literal || frenchWords.has(english.literal)) continue;
    out.push({ id, pattern: english.pattern });
  }
  return out;
})();

/** Every piece of visible text on the page: text nodes, whole elements' text, and labels, titles, placeholders. */
const visibleTexts = (page: Page): Promise<string[]> =>
  page.evaluate(`(() => {
    const out = new Set();
    for (const el of document.body.querySelectorAll('*')) {
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const text = (el.innerText ?? '').trim();
      if (text && text.length < 400) out.add(text);
      for (const node of el.childNodes) if (node.nodeType === 3 && node.textContent.trim()) out.add(node.textContent.trim());
      for (const attribute of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const value = el.getAttribute(attribute);
        if (value) out.add(value.trim());
      }
      if (el.tagName === 'SELECT') for (const option of el.options) out.add(option.text.trim());
    }
    return [...out];
  })()`);

/**
 * Names the core sends as they were given: a moderator's or a buyer's, in the activity log and in
 * "accepted by". Left out of the check (a person called "Stripe payout" is not English left over).
 */
async function wordsFromTheCore(): Promise<Set<string>> {
  const snapshot = await host.command('studio.snapshot', {});
  return new Set([...snapshot.audit.map((entry) => entry.actor), ...snapshot.purchases.flatMap((p) => (p.decidedBy ? [p.decidedBy] : []))]);
}

/** The English catalog messages on screen, as "id: text" (empty when the page speaks only French). */
async function englishOnScreen(page: Page): Promise<string[]> {
  const fromCore = await wordsFromTheCore();
  const texts = (await visibleTexts(page)).filter((text) => !fromCore.has(text));
  const found: string[] = [];
  for (const { id, pattern } of ENGLISH_ONLY) {
    const text = texts.find((t) => pattern.test(t));
    if (text !== undefined) found.push(`${id}: ${text}`);
  }
  return found;
}

/**
 * Text that does not fit: clipped (an ellipsis, a box too small) or, in chips, badges and tabs, broken
 * over two lines ("EN / DIRECT"). Screen-reader-only text is clipped on purpose.
 */
const notFitting = (page: Page): Promise<string[]> =>
  page.evaluate(`(() => {
    const out = [];
    const describe = (el, why) => why + ' ' + el.tagName.toLowerCase() + '.' + [...el.classList].join('.') + ': ' + (el.innerText ?? '').trim().slice(0, 80);
    for (const el of document.body.querySelectorAll('button, a, label, th, td, h1, h2, h3, .chip, .studio-tab, summary, legend, p, span')) {
      if (!el.checkVisibility() || el.closest('.visually-hidden') || el.children.length > 3) continue;
      const style = getComputedStyle(el);
      if (style.display !== 'inline' && el.scrollWidth > el.clientWidth + 1 && (style.overflowX !== 'visible' || style.textOverflow === 'ellipsis' || el.tagName === 'BUTTON')) out.push(describe(el, 'clipped'));
    }
    for (const el of document.body.querySelectorAll('.chip, .show-status, .studio-tab, .panel-count, .tab-count, .payments-badge')) {
      if (!el.checkVisibility()) continue;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) {
          out.push(describe(el, 'wrapped'));
          break;
        }
      }
    }
    return out;
  })()`);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A studio tab by its name in the language (the name may be followed by its count badge). */
const tab = (page: Page, words: typeof en, id: Tab): Locator => page.getByRole('tab', { name: new RegExp(`^${escapeRegExp(words[`shell.tab.${id}`])}`) });

let paid: PaidStudio;
let studio: StudioProcess;
let host: HostClient;
let browser: Browser;
let creator: BrowserContext;
let studioPage: Page;
let moderator: Page;

async function buy(order: Record<string, unknown>, shipping?: Record<string, string>): Promise<string> {
  const { status, body } = await postCheckout(studio.baseUrl, order);
  expect(status, body.error?.message).toBe(201);
  expect((await payOnCheckoutPage(body.checkoutUrl, shipping ? { shipping } : {})).status).toBe(303);
  return body.purchaseId;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  paid = await startPaidStudio();
  ({ studio, host } = paid);
  const show = await host.command('show.create', { title: 'Soirée du vendredi', slug: 'soiree', currency: 'eur' });
  const add = async (offer: CommandInput<'offer.create'>['offer']) => (await host.command('offer.create', { showId: show.id, offer })).id;
  const seat = await add({ kind: 'hotseat', title: 'Questions au micro', description: 'Cinq minutes à l’antenne avec moi.', format: 'qa', price: 2500, minutes: 5, perShow: 4, perBuyer: 1, questionRequired: true });
  const tip = await add({ kind: 'tip', title: 'Un pourboire', minAmount: 200, maxAmount: 50_000, messageMaxLength: 140, holdMessagesForReview: true });
  const shirt = await add({ kind: 'merch', title: 'T-shirt de la tournée', price: 3000, variants: [{ id: 'm', label: 'M', stock: 5 }], shippingCountries: ['FR'] });
  await host.command('show.setStatus', { showId: show.id, status: 'live' });

  await buy({ offerId: seat, buyerName: 'Amélie', question: 'Quel est votre prochain concert ?' });
  const accepted = await buy({ offerId: seat, buyerName: 'Bastien', question: 'Une chanson pour ma sœur ?' });
  await buy({ offerId: tip, buyerName: 'Chloé', amount: 500, message: 'Merci pour cette soirée !' });
  await buy(
    { offerId: shirt, buyerName: 'Denis', variantId: 'm' },
    { shipping_name: 'Denis Martin', shipping_country: 'FR', shipping_line1: '12 rue de la Paix', shipping_city: 'Paris', shipping_postal_code: '75002' },
  );
  const bastien = await waitFor('Bastien’s seat in review', () => (host.purchase(accepted)?.status === 'pending_review' ? host.purchase(accepted) : undefined));
  await host.command('queue.accept', { purchaseId: bastien.id, expectedVersion: bastien.version });

  browser = await launchChromium();
  creator = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
  studioPage = await creator.newPage();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  paid?.host.client.stop();
  await paid?.studio.stop();
  await paid?.stripeServer.close();
});

/** Settings → Language, as a creator does it from the keyboard: the select, an arrow key, Tab to the button, Enter. */
async function chooseLanguage(page: Page, from: typeof en, to: 'en' | 'fr'): Promise<void> {
  await tab(page, from, 'settings').click();
  const select = page.getByLabel(from['settings.language.label'], { exact: true });
  await select.focus();
  await page.keyboard.press(to === 'fr' ? 'ArrowDown' : 'ArrowUp');
  expect(await select.inputValue()).toBe(to);
  const save = page.getByRole('button', { name: from['settings.language.save'] });
  await waitFor('the save button enabled', () => save.isEnabled(), { timeoutMs: TIMEOUT });
  await page.keyboard.press('Tab');
  const focused: unknown = await page.evaluate('document.activeElement?.textContent');
  expect(focused).toBe(from['settings.language.save']);
  await page.keyboard.press('Enter');
}

describe('the studio in the creator’s language', () => {
  it('opens in English', async () => {
    await studioPage.goto(studio.studioUrl);
    await studioPage.getByRole('heading', { name: en['queue.pending.title'] }).waitFor({ timeout: TIMEOUT });
    expect(await studioPage.locator('html').getAttribute('lang')).toBe('en');
    await tab(studioPage, en, 'editor').waitFor();
  });

  it('switches to French in Settings → Language, with the keyboard', async () => {
    await chooseLanguage(studioPage, en, 'fr');
    await studioPage.getByRole('heading', { name: fr['settings.language.title'], exact: true }).waitFor({ timeout: TIMEOUT });
    await waitFor('<html lang="fr">', async () => (await studioPage.locator('html').getAttribute('lang')) === 'fr', { timeoutMs: TIMEOUT });
    await studioPage.getByLabel(fr['settings.language.label'], { exact: true }).waitFor();
    expect(await studioPage.getByLabel(fr['settings.language.label'], { exact: true }).inputValue()).toBe('fr');
    expect((await host.command('studio.snapshot', {})).language).toBe('fr');
  });

  it('speaks French on every tab, walked with the arrow keys; a screenshot of each', async () => {
    await tab(studioPage, fr, 'live').click();
    for (const [index, id] of TABS.entries()) {
      if (index > 0) await studioPage.keyboard.press('ArrowRight');
      const current = tab(studioPage, fr, id);
      await waitFor(`the ${id} tab selected`, async () => (await current.getAttribute('aria-selected')) === 'true', { timeoutMs: TIMEOUT });
      const words = TAB_WORDS[id];
      const texts = await waitFor(`the ${id} tab’s French words`, async () => {
        const seen = await visibleTexts(studioPage);
        return words.every((word) => seen.includes(fr[word])) ? seen : undefined;
      }, { timeoutMs: TIMEOUT });
      expect(words.filter((word) => en[word] !== fr[word] && texts.includes(en[word])), `English words on the ${id} tab`).toEqual([]);
      expect(await englishOnScreen(studioPage), `English on the ${id} tab`).toEqual([]);
      expect(await notFitting(studioPage), `text that does not fit on the ${id} tab`).toEqual([]);
      await studioPage.screenshot({ path: join(SHOTS, `studio-${id}-fr.png`), fullPage: true });
    }
  });

  it('invites a moderator whose console speaks French', async () => {
    await tab(studioPage, fr, 'moderators').click();
    await studioPage.getByLabel(fr['team.invite.name.label'], { exact: true }).fill('Maya');
    await studioPage.getByRole('button', { name: fr['team.invite.create'] }).click();
    const link = (await studioPage.locator('.invite-link code').textContent()) ?? '';
    expect(link).toMatch(/\/moderator#token=hsm_/);
    await studioPage.getByRole('button', { name: fr['team.invite.done'] }).click();

    const team = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 860 } });
    moderator = await team.newPage();
    await moderator.goto(link);
    await moderator.getByRole('heading', { name: fr['queue.pending.title'] }).waitFor({ timeout: TIMEOUT });
    expect(await moderator.locator('html').getAttribute('lang')).toBe('fr');
    await moderator.getByText(fr['moderator.badge'], { exact: true }).waitFor();
    await moderator.getByRole('button', { name: fr['moderator.view.queue'] }).waitFor();
    await moderator.getByRole('button', { name: fr['queue.seat.accept'] }).first().waitFor();
    expect(await moderator.getByRole('button', { name: en['queue.seat.accept'], exact: true }).count()).toBe(0);
    expect(await englishOnScreen(moderator), 'English on the console').toEqual([]);
    expect(await notFitting(moderator), 'text that does not fit on the console').toEqual([]);
    await moderator.screenshot({ path: join(SHOTS, 'moderator-console-fr.png'), fullPage: true });
    for (const view of ['greenroom', 'activity'] as const) {
      await moderator.getByRole('button', { name: fr[`moderator.view.${view}`] }).click();
      await moderator.getByRole('heading', { name: fr[view === 'greenroom' ? 'moderator.greenRoom.title' : 'activity.title'] }).first().waitFor();
      expect(await englishOnScreen(moderator), `English on the console’s ${view} view`).toEqual([]);
      await moderator.screenshot({ path: join(SHOTS, `moderator-${view}-fr.png`), fullPage: true });
    }
    await moderator.getByRole('button', { name: fr['moderator.view.queue'] }).click();
    await studioPage.getByRole('listitem', { name: inFrench('team.row.label', { name: 'Maya' }) }).getByText(inFrench('team.row.connected', { pages: 1 })).waitFor({ timeout: TIMEOUT });
  });

  it('stays French: kept in the core across a restart of the core, a reload and a browser that never heard it', async () => {
    await paid.restart('SIGTERM');
    ({ studio, host } = paid);
    expect((await host.command('studio.snapshot', {})).language).toBe('fr');
    const connected = (page: Page) => page.locator('.studio-header').getByText(fr['shell.connection.online'], { exact: true }).waitFor({ timeout: TIMEOUT });
    // The open studio and console reconnect to the restarted core, still French.
    await connected(studioPage);
    await connected(moderator);
    await moderator.getByRole('heading', { name: fr['queue.pending.title'] }).waitFor({ timeout: TIMEOUT });
    await studioPage.reload();
    await connected(studioPage);
    await studioPage.getByRole('heading', { name: fr['queue.pending.title'] }).waitFor({ timeout: TIMEOUT });
    // A new browser: nothing remembered, so what it shows comes from the core.
    const fresh = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    const page = await fresh.newPage();
    await page.goto(studio.studioUrl);
    await page.getByRole('heading', { name: fr['queue.pending.title'] }).waitFor({ timeout: TIMEOUT });
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await englishOnScreen(page)).toEqual([]);
    await fresh.close();
  });

  it('switches back to English the same way; the moderator’s console follows at once', async () => {
    await chooseLanguage(studioPage, fr, 'en');
    await studioPage.getByRole('heading', { name: en['settings.language.title'], exact: true }).waitFor({ timeout: TIMEOUT });
    await tab(studioPage, en, 'live').click();
    await studioPage.getByRole('heading', { name: en['queue.pending.title'] }).waitFor({ timeout: TIMEOUT });
    expect(await studioPage.locator('html').getAttribute('lang')).toBe('en');
    // The same check that found no English in French finds plenty now: it does see English.
    expect((await englishOnScreen(studioPage)).length).toBeGreaterThan(5);
    await moderator.getByRole('heading', { name: en['queue.pending.title'] }).waitFor({ timeout: TIMEOUT });
    expect(await moderator.getByText(fr['queue.pending.title'], { exact: true }).count()).toBe(0);
    expect((await host.command('studio.snapshot', {})).language).toBe('en');
  });
});
