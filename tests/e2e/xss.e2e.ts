import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandInput } from '../../src/shared/commands';
import { XSS_PAYLOADS } from '../support/hostile-payloads';
import { connectHost, type HostClient } from '../support/studio-harness';
import { waitFor } from '../support/wait-for';
import { launchChromium } from './support/browser';
import { startStudioProcess, type StudioProcess } from './support/studio-process';

/**
 * XSS: known payloads in every field a buyer or the host types (buyer names, questions, tip and
 * gift messages, merch shipping addresses, offer titles, descriptions and variant labels), then
 * every surface that shows them opened in Chromium. A trap catches any script that runs (dialogs,
 * `window.__xss`, CSP violations, event-handler attributes in the DOM); each payload must be shown
 * as text.
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

/** The little of the browser these checks touch (tests compile without the DOM library). */
interface PageElement {
  tagName: string;
  attributes: Iterable<{ name: string; value: string }>;
  getAttribute(name: string): string | null;
}
interface PageGlobals {
  __hits: string[];
  __xss: (n: unknown) => void;
  document: {
    body: { textContent: string | null };
    querySelectorAll(selector: string): Iterable<PageElement>;
    addEventListener(type: 'securitypolicyviolation', listener: (e: { violatedDirective: string; blockedURI: string; sourceFile: string }) => void): void;
  };
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  studio = await startStudioProcess({ args: ['--max-checkouts-per-minute', '1000', '--max-open-checkouts-per-client', '1000'] });
  host = await connectHost(studio.baseUrl, studio.hostToken);
  const show = await host.command('show.create', { title: 'XSS <b>Night</b>', slug: 'xss-night', currency: 'usd' });
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
    const order = (await response.json()) as { checkoutUrl: string; receiptUrl: string };
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
    expected.push({ text: name(payload), field: `buyer name (${kind})` });
    if (kind !== 'merch') expected.push({ text: payload.trim(), field: kind === 'hotseat' ? 'question' : `${kind} message` });
    else expected.push({ text: name(payload), field: 'shipping address' });
  }
  await waitFor('every purchase paid in the studio', async () => {
    const snapshot = await host.command('studio.snapshot', {});
    return snapshot.purchases.filter((x) => x.status === 'paid' || x.status === 'pending_review').length === XSS_PAYLOADS.length;
  }, { timeoutMs: 60_000, intervalMs: 200 });

  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  // A function, not a string: it runs in the page, where the DOM types below describe what it touches.
  await context.addInitScript(() => {
    const w = globalThis as unknown as PageGlobals;
    w.__hits = [];
    w.__xss = (n) => w.__hits.push(`__xss(${String(n)})`);
    w.document.addEventListener('securitypolicyviolation', (e) => {
      // zod probes once whether eval is allowed (and is told no); that probe comes from our own bundle.
      if (e.blockedURI === 'eval' && /\/assets\//.test(e.sourceFile)) return;
      w.__hits.push(`CSP ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`);
    });
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  host?.client.stop();
  await studio?.stop();
});

async function open(url: string): Promise<Page> {
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    hits.push(`dialog on ${page.url()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(url);
  return page;
}

/** Whatever ran, plus any element carrying an inline event handler or a javascript: URL. */
async function trapped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = globalThis as unknown as PageGlobals;
    const found = [...w.__hits];
    for (const element of w.document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`<${element.tagName.toLowerCase()} ${attribute.name}> in the DOM`);
        if (/^(href|src|action|formaction|xlink:href|data|srcdoc)$/i.test(attribute.name) && /^\s*(javascript|data):/i.test(attribute.value)) {
          found.push(`${attribute.name}=${attribute.value.slice(0, 40)} in the DOM`);
        }
      }
      if (['IFRAME', 'OBJECT', 'EMBED', 'BASE'].includes(element.tagName)) found.push(`<${element.tagName.toLowerCase()}> in the DOM`);
      if (element.tagName === 'SCRIPT' && !element.getAttribute('src')) found.push('inline <script> in the DOM');
    }
    return found;
  });
}

const text = (page: Page) => page.evaluate(() => (globalThis as unknown as PageGlobals).document.body.textContent ?? '');

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
});
