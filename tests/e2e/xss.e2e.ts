import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandInput } from '../../src/shared/commands';
import { programText } from '../../src/renderer/compositor/text-safety';
import { XSS_PAYLOADS } from '../support/hostile-payloads';
import { connectHost, type HostClient } from '../support/studio-harness';
import { waitFor } from '../support/wait-for';
import { launchChromium } from './support/browser';
import { startStudioProcess, type StudioProcess } from './support/studio-process';
import { drawnText, installTraps, openTrapped, pageText, trapped } from './support/xss-traps';

/**
 * XSS: known payloads in every field a buyer, the host or a moderator types (buyer names,
 * questions, tip and gift messages, merch shipping addresses, offer titles, descriptions and
 * variant labels, the show title, moderator names and notes, guest display names), then every
 * surface that shows them opened in Chromium: studio, receipts, store, checkout, moderator
 * console, guest page, and the program picture (canvas). A trap catches any script that runs
 * (dialogs, `window.__xss`, CSP violations, event-handler attributes in the DOM); each payload
 * must be shown as text, and on the program drawn as the literal text after the word filter.
 */
const SHOTS = resolve(import.meta.dirname, '../.artifacts/screenshots');
let studio: StudioProcess;
let host: HostClient;
let browser: Browser;
let context: BrowserContext;
const receipts: string[] = [];
const checkoutUrls: string[] = [];
/** Every string that must appear as text somewhere, with where it was entered. */
const expected: { text: string; field: string }[] = [];
const hits: string[] = [];

const name = (p: string) => p.slice(0, 60).trim();

/** Text limits of the fields the payloads go into. */
const name40 = (p: string) => p.slice(0, 40).trim();
/** The word filter the program gets: payloads calling alert() must be drawn masked. */
const WORDS = ['alert'];
let moderatorToken = '';
const moderatorName = name40(XSS_PAYLOADS[13] as string);
const guestLinks: { url: string; name: string }[] = [];
const notes: string[] = [];
let showTitle = '';
/** Tip purchases whose message is held for review, with their payload index. */
const heldTips: { id: string; payload: string }[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  studio = await startStudioProcess({ args: ['--max-checkouts-per-minute', '1000', '--max-open-checkouts-per-client', '1000'] });
  host = await connectHost(studio.baseUrl, studio.hostToken);
  showTitle = (XSS_PAYLOADS[12] as string).slice(0, 80).trim();
  const show = await host.command('show.create', { title: showTitle, slug: 'xss-night', currency: 'usd' });
  const add = async (offer: CommandInput<'offer.create'>['offer']) => (await host.command('offer.create', { showId: show.id, offer })).id;
  const p = (i: number) => XSS_PAYLOADS[i % XSS_PAYLOADS.length] as string;
  const tip = await add({ kind: 'tip', title: p(0).slice(0, 80), description: p(1), minAmount: 100, maxAmount: 10_000, messageMaxLength: 500, holdMessagesForReview: true });
  const gift = await add({ kind: 'gift', title: p(4).slice(0, 80), description: p(5), price: 300, animation: 'hearts', messageMaxLength: 500 });
  const merch = await add({
    kind: 'merch',
    title: p(6).slice(0, 80),
    description: p(7),
    price: 2000,
    variants: [{ id: 'v1', label: p(8).slice(0, 40), stock: 500 }],
    shippingCountries: ['GB'],
  });
  const seat = await add({ kind: 'hotseat', title: p(9).slice(0, 80), description: p(10), format: 'qa', price: 1500, minutes: 3, perShow: 200, perBuyer: 20, questionRequired: true });
  expected.push(
    { text: p(0).slice(0, 80).trim(), field: 'tip title' },
    { text: p(6).slice(0, 80).trim(), field: 'merch title' },
    { text: p(8).slice(0, 40).trim(), field: 'variant label' },
    { text: p(9).slice(0, 80).trim(), field: 'hot seat title' },
  );
  await host.command('show.setStatus', { showId: show.id, status: 'live' });

  for (const [i, payload] of XSS_PAYLOADS.entries()) {
    const kind = (['tip', 'hotseat', 'merch', 'gift'] as const)[i % 4] as 'tip' | 'hotseat' | 'merch' | 'gift';
    const body: Record<string, unknown> = { buyerName: name(payload), buyerKey: `xss-buyer-${String(i).padStart(10, '0')}` };
    if (kind === 'tip') Object.assign(body, { offerId: tip, amount: 500, message: payload });
    if (kind === 'gift') Object.assign(body, { offerId: gift, message: payload });
    if (kind === 'hotseat') Object.assign(body, { offerId: seat, question: payload });
    if (kind === 'merch') Object.assign(body, { offerId: merch, variantId: 'v1' });
    const response = await fetch(`${studio.baseUrl}/api/checkout`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (response.status !== 201) throw new Error(`checkout for payload ${i}: ${response.status} ${await response.text()}`);
    const order = (await response.json()) as { purchaseId: string; checkoutUrl: string; receiptUrl: string };
    const form = new URLSearchParams({ email: 'x@example.com', card_number: '4242424242424242', card_expiry: '12 / 34', card_cvc: '123', card_name: name(payload) });
    if (kind === 'merch') {
      for (const field of ['shipping_name', 'shipping_line1', 'shipping_city']) form.set(field, name(payload));
      form.set('shipping_postal_code', 'N1 1AA');
      form.set('shipping_country', 'GB');
    }
    const paid = await fetch(`${order.checkoutUrl}/pay`, { method: 'POST', body: form, redirect: 'manual' });
    if (paid.status !== 303) throw new Error(`payment for payload ${i}: ${paid.status}`);
    receipts.push(order.receiptUrl);
    checkoutUrls.push(order.checkoutUrl);
    if (kind === 'tip') heldTips.push({ id: order.purchaseId, payload });
    expected.push({ text: name(payload), field: `buyer name (${kind})` });
    if (kind !== 'merch') expected.push({ text: payload.trim(), field: kind === 'hotseat' ? 'question' : `${kind} message` });
    else expected.push({ text: name(payload), field: 'shipping address' });
  }
  await waitFor('every purchase paid in the studio', async () => {
    const snapshot = await host.command('studio.snapshot', {});
    return snapshot.purchases.filter((x) => x.status === 'paid' || x.status === 'pending_review').length === XSS_PAYLOADS.length;
  }, { timeoutMs: 60_000, intervalMs: 200 });

  // The moderator (named with a payload) and their notes; guests named with payloads; the word filter.
  const invite = await host.command('moderators.invite', { name: moderatorName, expiresInHours: 4 });
  moderatorToken = new URLSearchParams(new URL(invite.link).hash.slice(1)).get('token') ?? '';
  const moderator = await connectHost(studio.baseUrl, moderatorToken);
  const seats = (await host.command('studio.snapshot', {})).purchases.filter((x) => x.kind === 'hotseat');
  for (const [i, seatPurchase] of seats.slice(0, 8).entries()) {
    const note = (XSS_PAYLOADS[(i * 7 + 3) % XSS_PAYLOADS.length] as string).slice(0, 280).trim();
    await (i % 2 === 0 ? host : moderator).command('queue.note', { purchaseId: seatPurchase.id, text: note });
    notes.push(note);
    expected.push({ text: note, field: 'seat note' });
  }
  expected.push({ text: showTitle, field: 'show title' }, { text: moderatorName, field: 'moderator name (note author)' });
  moderator.client.stop();
  for (const i of [0, 4, 6, 10, 13, 20]) {
    const guestName = name40(XSS_PAYLOADS[i] as string);
    const invited = await host.command('guests.invite', { name: guestName, minutes: 2 });
    guestLinks.push({ url: invited.joinUrl, name: guestName });
  }
  const program = await host.command('program.get', {});
  await host.command('program.update', { ...program.settings, wordFilter: WORDS });

  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await installTraps(context);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  host?.client.stop();
  await studio?.stop();
});

const open = (url: string): Promise<Page> => openTrapped(context, url, hits);
const text = pageText;

describe(`XSS: ${XSS_PAYLOADS.length} payloads in every field, every surface`, () => {
  it('the studio shows them all as text and runs none', async () => {
    const page = await open(studio.studioUrl);
    await page.getByRole('heading', { name: 'Waiting for review' }).waitFor();
    let seen = '';
    for (const tab of ['Live', 'Merch orders', 'Show & offers', 'Activity']) {
      await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
      await page.waitForTimeout(0);
      seen += await text(page);
      await page.screenshot({ path: join(SHOTS, `xss-studio-${tab.split(' ')[0]?.toLowerCase() ?? 'tab'}.png`) });
      hits.push(...(await trapped(page)));
    }
    const missing = expected.filter((e) => !seen.includes(e.text));
    console.info(`XSS studio: ${expected.length} strings checked, ${missing.length} not shown, ${hits.length} trapped`);
    expect(hits).toEqual([]);
    expect(missing.map((m) => `${m.field}: ${m.text}`)).toEqual([]);
  });

  it('receipts show them as text and run none', async () => {
    let checked = 0;
    // Every kind of purchase, a sample of the payloads (each receipt page is a full page load).
    for (const url of receipts.filter((_, i) => i < 8 || i % 5 === 0)) {
      const page = await open(url);
      await page.getByText(/Paid|Waiting for the host/).first().waitFor();
      const shown = await text(page);
      hits.push(...(await trapped(page)));
      const i = receipts.indexOf(url);
      const payload = XSS_PAYLOADS[i] as string;
      expect(shown, `receipt ${i}`).toContain(name(payload));
      checked += 1;
      await page.close();
    }
    console.info(`XSS receipts: ${checked} receipt pages checked`);
    expect(hits).toEqual([]);
  }, 180_000);

  it('the store and the checkout page show offer fields as text and run none', async () => {
    const store = await open(`${studio.baseUrl}/s/xss-night`);
    await store.getByRole('heading', { name: expected[0]?.text ?? '' }).waitFor();
    const shown = await text(store);
    await store.screenshot({ path: join(SHOTS, 'xss-store.png'), fullPage: true });
    hits.push(...(await trapped(store)));
    for (const e of expected.slice(0, 4)) expect(shown, e.field).toContain(e.text);
    const checkout = await open(checkoutUrls[2] ?? '');
    hits.push(...(await trapped(checkout)));
    expect(hits).toEqual([]);
  });

  it('the moderator console shows them as text and runs none', async () => {
    const page = await open(`${studio.baseUrl}/moderator#token=${moderatorToken}`);
    await page.getByRole('heading', { name: 'Waiting for review' }).waitFor();
    let seen = '';
    for (const view of ['Queue & messages', 'Green room', 'Activity']) {
      await page.getByRole('button', { name: view, exact: true }).click();
      await page.waitForTimeout(0);
      seen += await text(page);
      await page.screenshot({ path: join(SHOTS, `xss-moderator-${view.split(' ')[0]?.toLowerCase() ?? 'view'}.png`) });
      hits.push(...(await trapped(page)));
    }
    // A moderator sees hot seats (names, questions, notes), tip and gift messages, guests' names: never merch or addresses.
    const mustSee = [
      ...expected.filter((e) => /question|tip message|gift message|seat note|show title|moderator name|buyer name \((hotseat|tip|gift)\)/.test(e.field)),
      ...guestLinks.map((g) => ({ text: g.name, field: 'guest name' })),
    ];
    const missing = mustSee.filter((e) => !seen.includes(e.text));
    console.info(`XSS moderator console: ${mustSee.length} strings checked, ${missing.length} not shown, ${hits.length} trapped`);
    expect(hits).toEqual([]);
    expect(missing.map((m) => `${m.field}: ${m.text}`)).toEqual([]);
    await page.close();
  }, 60_000);

  it('the guest page shows the show title and the guest’s own name as text and runs none', async () => {
    let checked = 0;
    for (const guest of guestLinks.slice(0, 3)) {
      const page = await open(guest.url);
      await page.getByRole('heading', { name: 'Check your camera and microphone' }).waitFor();
      expect(await text(page), 'before joining').toContain(guest.name);
      await page.getByRole('button', { name: 'Join the green room' }).click();
      await page.getByText('You’re in the green room').waitFor();
      expect(await text(page), 'show title').toContain(showTitle);
      if (checked === 0) await page.screenshot({ path: join(SHOTS, 'xss-guest.png'), fullPage: true });
      hits.push(...(await trapped(page)));
      checked += 1;
      await page.close();
    }
    console.info(`XSS guest page: ${checked} guests named with payloads, show title a payload: shown as text, ${hits.length} trapped`);
    expect(hits).toEqual([]);
  }, 120_000);

  it('the program (canvas) and the OBS overlay show buyer text as the literal payload after the word filter, and run none', async () => {
    const page = await open(studio.studioUrl);
    await page.getByRole('heading', { name: 'Waiting for review' }).waitFor();
    await waitFor('the program engine', async () => (await page.evaluate(() => 'hotseatProgram' in globalThis)) || undefined, { timeoutMs: 20_000 });
    // The Program tab's preview runs the compositor (as recording for OBS does).
    await page.getByRole('tab', { name: /^Program/ }).click();
    // Held tip messages approved now become alerts: the first half on the program picture…
    const onProgram = heldTips.slice(0, Math.ceil(heldTips.length / 2));
    const onOverlay = heldTips.slice(onProgram.length);
    for (const tip of onProgram) await host.command('message.approve', { purchaseId: tip.id });
    type Texts = { queued: { id: string; buyerName: string; message: string | null }[]; shown: { id: string; buyerName: string; message: string | null }[] };
    const texts = () => page.evaluate(() => (globalThis as unknown as { hotseatProgram: { alertTexts(): Texts } }).hotseatProgram.alertTexts());
    const queued = await waitFor('every approved tip queued as an alert', async () => {
      const now = await texts();
      return now.queued.length >= onProgram.length ? now.queued : undefined;
    }, { timeoutMs: 20_000 });
    const wrong: string[] = [];
    for (const tip of onProgram) {
      const drawn = queued.find((q) => q.id === tip.id);
      const wantMessage = programText(tip.payload, WORDS);
      const wantName = programText(name(tip.payload), WORDS, 40);
      if (drawn?.message !== wantMessage) wrong.push(`message: ${JSON.stringify(drawn?.message)} ≠ ${JSON.stringify(wantMessage)}`);
      if (drawn?.buyerName !== wantName) wrong.push(`name: ${JSON.stringify(drawn?.buyerName)} ≠ ${JSON.stringify(wantName)}`);
    }
    // The first alerts are really drawn with fillText: their text is on the canvas, word-filtered.
    const shown = await waitFor('two alerts on the program', async () => {
      const now = await texts();
      return now.shown.length >= 2 ? now.shown : undefined;
    }, { timeoutMs: 30_000 });
    // For the picture only (the checks above waited on conditions): the second alert has slid in.
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(SHOTS, 'xss-program.png') });
    const strokes = await drawnText(page);
    for (const alert of shown) {
      const first = (alert.message ?? '').split(' ')[0] ?? '';
      if (!strokes.some((s) => s.includes(alert.buyerName.slice(0, 8)))) wrong.push(`buyer name ${alert.buyerName} never drawn`);
      if (first && !strokes.some((s) => s.includes(first))) wrong.push(`message ${alert.message ?? ''} never drawn`);
    }
    const unfiltered = strokes.filter((s) => /alert/i.test(s));
    // …the second half on OBS's alert overlay (opened with the program key; one layer at a time, so
    // the alerts move there), where each card's text is the same cleaned, word-filtered text, as text.
    const program = await host.command('program.get', {});
    await host.command('program.update', { ...program.settings, alerts: 'overlay' });
    const overlay = await open(program.links.overlay);
    await overlay.getByText('Connected: tips, gifts and sales appear here.').waitFor({ timeout: 20_000 });
    for (const tip of onOverlay) await host.command('message.approve', { purchaseId: tip.id });
    type Card = { id: string; name: string; message: string };
    const cards = new Map<string, Card>();
    await waitFor('two alerts on the overlay', async () => {
      const now = await overlay.evaluate(() =>
        [...(globalThis as unknown as { document: { querySelectorAll(s: string): Iterable<{ dataset: { alertId?: string }; querySelector(s: string): { textContent: string | null } | null }> } }).document.querySelectorAll('[data-testid=overlay-alert]')].map(
          (card) => ({ id: card.dataset.alertId ?? '', name: card.querySelector('.alert-name')?.textContent ?? '', message: card.querySelector('.alert-message')?.textContent ?? '' }),
        ),
      );
      for (const card of now) cards.set(card.id, card);
      return cards.size >= 2 || undefined;
    }, { timeoutMs: 30_000, intervalMs: 100 });
    for (const card of cards.values()) {
      const tip = onOverlay.find((x) => x.id === card.id);
      if (!tip) {
        wrong.push(`overlay showed ${card.id}, not one of the alerts sent to it`);
        continue;
      }
      if (card.message !== programText(tip.payload, WORDS)) wrong.push(`overlay message: ${JSON.stringify(card.message)}`);
      if (card.name !== (programText(name(tip.payload), WORDS, 40) || 'Someone')) wrong.push(`overlay name: ${JSON.stringify(card.name)}`);
    }
    await overlay.screenshot({ path: join(SHOTS, 'xss-overlay.png') });
    hits.push(...(await trapped(overlay)));
    hits.push(...(await trapped(page)));
    console.info(
      `XSS program + overlay: ${onProgram.length} tip alerts with payload names and messages queued on the program, ${shown.length} drawn (${strokes.length} strings on the canvas); ${onOverlay.length} sent to the overlay, ${cards.size} seen; ${wrong.length} differ, ${unfiltered.length} unfiltered, ${hits.length} trapped`,
    );
    expect(wrong).toEqual([]);
    expect(unfiltered).toEqual([]);
    expect(hits).toEqual([]);
  }, 120_000);
});
