import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectHost, type HostClient } from '../support/studio-harness';
import { waitFor } from '../support/wait-for';
import { launchChromium } from './support/browser';
import { startStudioProcess, type StudioProcess } from './support/studio-process';

/**
 * The alert overlay page (`/overlay?key=…`) in Chromium against the headless studio (rehearsal
 * payments): a paid tip shows as text (a `<script>` in the message shows literally and never runs),
 * a burst plays one after another without losing one, the studio restarting is survived, and a
 * wrong key gets no page. There is no OBS here: the host puts the alerts on the overlay by hand.
 */
const SHOTS = resolve(import.meta.dirname, '../.artifacts/screenshots');
const SCRIPT_MESSAGE = '<script>window.__ran = 1</script><img src=x onerror="window.__ran = 2"> Great show!';

let studio: StudioProcess;
let host: HostClient;
let browser: Browser;
let overlay: Page;
let overlayUrl: string;
let tipOfferId: string;
let giftOfferId: string;
let showId: string;
let buyers = 0;

/** The little of the page these checks read (tests compile without the DOM library). */
interface PageGlobals {
  __ran?: number;
  __shown: string[];
  document: {
    getElementById(id: string): { querySelectorAll(selector: string): { length: number } } | null;
  };
}

interface SessionGlobals {
  sessionStorage: { getItem(key: string): string | null };
}

async function pay(order: Record<string, unknown>): Promise<string> {
  buyers += 1;
  const response = await fetch(`${studio.baseUrl}/api/checkout`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ buyerKey: `overlay-buyer-${String(buyers).padStart(6, '0')}`, ...order }),
  });
  expect(response.status, await response.clone().text()).toBe(201);
  const { checkoutUrl, purchaseId } = (await response.json()) as { checkoutUrl: string; purchaseId: string };
  const form = new URLSearchParams({ email: 'fan@example.com', card_number: '4242424242424242', card_expiry: '12 / 34', card_cvc: '123', card_name: 'Fan' });
  expect((await fetch(`${checkoutUrl}/pay`, { method: 'POST', body: form, redirect: 'manual' })).status).toBe(303);
  return purchaseId;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  studio = await startStudioProcess();
  host = await connectHost(studio.baseUrl, studio.hostToken);
  const show = await host.command('show.create', { title: 'Overlay Night', slug: 'overlay-night', currency: 'eur' });
  showId = show.id;
  tipOfferId = (await host.command('offer.create', { showId: show.id, offer: { kind: 'tip', title: 'Tip jar', minAmount: 100, maxAmount: 50_000, messageMaxLength: 200, holdMessagesForReview: false } })).id;
  giftOfferId = (await host.command('offer.create', { showId: show.id, offer: { kind: 'gift', title: 'Golden crown', price: 900, animation: 'crown', messageMaxLength: 80, holdMessagesForReview: false } })).id;
  await host.command('show.setStatus', { showId: show.id, status: 'live' });
  overlayUrl = (await host.command('program.get', {})).links.overlay;
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(() => {
    const w = globalThis as unknown as PageGlobals & { MutationObserver: new (cb: (records: { addedNodes: Iterable<{ dataset?: { alertId?: string } }> }[]) => void) => { observe(target: unknown, options: unknown): void }; addEventListener(type: string, cb: () => void): void };
    w.__shown = [];
    // Records every alert card the page puts up, in order.
    w.addEventListener('DOMContentLoaded', () => {
      const stage = w.document.getElementById('stage');
      new w.MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) if (node.dataset?.alertId) w.__shown.push(node.dataset.alertId);
      }).observe(stage, { childList: true });
    });
  });
  overlay = await context.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  host?.client.stop();
  await studio?.stop();
});

const shown = () => overlay.evaluate(() => (globalThis as unknown as PageGlobals).__shown);

describe('the alert overlay page', () => {
  it('refuses a wrong key: no page at all', async () => {
    const key = new URL(overlayUrl).searchParams.get('key') ?? '';
    for (const url of [`${studio.baseUrl}/overlay?key=${key.slice(0, -3)}abc`, `${studio.baseUrl}/overlay`, `${studio.baseUrl}/overlay?key=${studio.hostToken}`]) {
      const response = await overlay.goto(url);
      expect(response?.status(), url).toBe(404);
      expect(await overlay.locator('#stage').count()).toBe(0);
    }
  });

  it('stays empty while the alerts are drawn into the program (no OBS overlay), so they never show twice', async () => {
    await overlay.goto(overlayUrl);
    await overlay.getByText(/Alerts are drawn into the program picture right now/).waitFor();
    const id = await pay({ offerId: tipOfferId, buyerName: 'Early', amount: 300, message: 'in the program' });
    await waitFor('tip paid', () => host.purchase(id)?.status === 'paid');
    // The page has the alert (it remembers it as handled) and drew nothing for it.
    await waitFor('the overlay handled the tip', () => overlay.evaluate((purchaseId) => (globalThis as unknown as SessionGlobals).sessionStorage.getItem('hotseat.overlay.seen')?.includes(purchaseId) ?? false, id));
    expect(await overlay.locator('.alert').count()).toBe(0);
  });

  it('shows a paid tip as text: name, amount in the show currency, and a <script> message shown literally, never run', async () => {
    await host.command('program.update', { resolution: '720p', fps: 30, showCountdown: true, wordFilter: ['darn'], alerts: 'overlay' });
    await overlay.getByText('Connected: tips, gifts and sales appear here.').waitFor();
    const id = await pay({ offerId: tipOfferId, buyerName: 'Ada <b>L</b>', amount: 1250, message: `${SCRIPT_MESSAGE} darn` });
    const card = overlay.locator(`.alert[data-alert-id="${id}"]`);
    await card.waitFor({ timeout: 20_000 });
    await expect.poll(() => card.locator('.alert-message').textContent()).toBe(`${SCRIPT_MESSAGE} ••••`);
    expect(await card.locator('.alert-name').textContent()).toBe('Ada <b>L</b>');
    expect(await card.locator('.alert-amount').textContent()).toBe('€12.50');
    expect(await card.locator('script, img:not(.alert-picture), b').count()).toBe(0);
    expect(await overlay.evaluate(() => (globalThis as unknown as PageGlobals).__ran ?? null)).toBeNull();
    // Readable: the card's text is large on a 720p program.
    const size = await card.locator('.alert-headline').evaluate((el) => Number.parseFloat((globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string } }).getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);
    // The page itself is transparent (OBS composites it over the program); the preview adds the checkerboard only around it.
    await card.evaluate(async (el) => {
      await Promise.all((el as unknown as { getAnimations(): { finished: Promise<unknown> }[] }).getAnimations().map((animation) => animation.finished));
    });
    await overlay.screenshot({ path: resolve(SHOTS, 'overlay-tip.png') });
  });

  it('plays a burst one after another, each once, none lost', async () => {
    const ids: string[] = [];
    ids.push(await pay({ offerId: giftOfferId, buyerName: 'Grace', message: 'For the host!' }));
    ids.push(await pay({ offerId: tipOfferId, buyerName: 'Linus', amount: 500, message: 'second' }));
    ids.push(await pay({ offerId: tipOfferId, buyerName: 'Barbara', amount: 700 }));
    // The gift goes first, saying two more wait behind it.
    const gift = overlay.locator(`.alert[data-alert-id="${ids[0] ?? ''}"]`);
    await gift.locator('.alert-more').filter({ hasText: /^\+[12] more$/ }).waitFor({ timeout: 20_000 });
    expect(await gift.locator('img.alert-picture').count()).toBe(1);
    await gift.evaluate(async (el) => {
      await Promise.all((el as unknown as { getAnimations(): { finished: Promise<unknown> }[] }).getAnimations().map((animation) => animation.finished));
    });
    await overlay.screenshot({ path: resolve(SHOTS, 'overlay-gift-burst.png') });
    await waitFor('all three alerts shown', async () => {
      const seen = await shown();
      return ids.every((id) => seen.includes(id));
    }, { timeoutMs: 60_000, intervalMs: 250 });
    const order = (await shown()).filter((id) => ids.includes(id));
    expect(order.sort()).toEqual([...ids].sort());
    expect(new Set(order).size).toBe(3);
    // Never two on screen at once (a leaving card may still be fading).
    expect(await overlay.locator('.alert:not(.leaving)').count()).toBeLessThanOrEqual(1);
  }, 90_000);

  it('speaks the show’s language on stream: a French show’s cards are French, the status line stays the browser’s', async () => {
    await host.command('show.update', { showId, patch: { language: 'fr' } });
    const id = await pay({ offerId: tipOfferId, buyerName: 'Amélie', amount: 1250, message: 'Bravo !' });
    const card = overlay.locator(`.alert[data-alert-id="${id}"]`);
    await card.waitFor({ timeout: 30_000 });
    // French money ("12,50 €", a no-break space before the sign) and French words, in French word order.
    expect(await card.locator('.alert-amount').textContent()).toBe('12,50\u00a0€');
    expect(await card.locator('.alert-headline').textContent()).toBe('Amélie a donné 12,50\u00a0€');
    expect(await card.locator('.alert-badge').textContent()).toBe('Pourboire');
    // The status line is for whoever sets OBS up, in the page's own language (English here).
    await overlay.getByText('Connected: tips, gifts and sales appear here.').waitFor();
    await card.evaluate(async (el) => {
      await Promise.all((el as unknown as { getAnimations(): { finished: Promise<unknown> }[] }).getAnimations().map((animation) => animation.finished));
    });
    await overlay.screenshot({ path: resolve(SHOTS, 'overlay-tip-fr.png') });
    await host.command('show.update', { showId, patch: { language: 'en' } });
  }, 60_000);

  it('says it lost the studio (in the preview only) and comes back by itself when the studio restarts', async () => {
    const port = Number(new URL(studio.baseUrl).port);
    host.client.stop();
    await studio.stop();
    await overlay.getByText(/Lost the studio\. Reconnecting/).waitFor({ timeout: 20_000 });
    await overlay.screenshot({ path: resolve(SHOTS, 'overlay-reconnecting.png') });
    studio = await startStudioProcess({ dataDir: studio.dataDir, port });
    host = await connectHost(studio.baseUrl, studio.hostToken);
    await overlay.getByText('Connected: tips, gifts and sales appear here.').waitFor({ timeout: 30_000 });
    const id = await pay({ offerId: tipOfferId, buyerName: 'Back again', amount: 400, message: 'after the restart' });
    await overlay.locator(`.alert[data-alert-id="${id}"]`).waitFor({ timeout: 30_000 });
  }, 90_000);
});
