import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Purchase } from '../../src/shared/purchases';
import type { ServerMessage } from '../../src/shared/wire';
import type { RehearsalStripe } from '../../src/main/core/payments/rehearsal';
import { payOnCheckoutPage, postCheckout, type HostClient } from '../support/studio-harness';
import { waitFor } from '../support/wait-for';
import { launchChromium } from './support/browser';
import { startPaidStudio } from './support/paid-studio';
import type { StudioProcess } from './support/studio-process';

/**
 * Issue 5's acceptance run: the headless studio as a real process, the host's studio page and two
 * moderators' consoles each in its own Chromium context, acting on the same queue. Races on one seat
 * leave one outcome and one Stripe call; revoking cuts a live console; a moderator's token cannot
 * run host-only commands straight through the API.
 */
const SHOTS = resolve(import.meta.dirname, '../.artifacts/screenshots');

let stripeServer: RehearsalStripe;
let stripe: Stripe;
let studio: StudioProcess;
let browser: Browser;
let host: HostClient;
let studioPage: Page;
const consoles: Record<'maya' | 'leo', { context: BrowserContext; page: Page; token: string }> = {} as never;
let seatOfferId = '';
let showId = '';

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ({ stripeServer, stripe, studio, host } = await startPaidStudio());
  const show = await host.command('show.create', { title: 'Friday Night Live', slug: 'friday-night', currency: 'usd' });
  showId = show.id;
  seatOfferId = (
    await host.command('offer.create', {
      showId,
      offer: { kind: 'hotseat', title: 'Hot seat Q&A', description: 'Five minutes on air.', format: 'qa', price: 2500, minutes: 5, perShow: 10, perBuyer: 1, questionRequired: true },
    })
  ).id;
  await host.command('show.setStatus', { showId, status: 'live' });

  browser = await launchChromium();
  const hostContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await hostContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: studio.baseUrl });
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

async function paidSeat(buyerName: string, question: string): Promise<Purchase> {
  const { status, body } = await postCheckout(studio.baseUrl, { offerId: seatOfferId, buyerName, question });
  expect(status, body.error?.message).toBe(201);
  expect((await payOnCheckoutPage(body.checkoutUrl)).status).toBe(303);
  return waitFor(`${buyerName}'s seat in review`, () => {
    const p = host.purchase(body.purchaseId);
    return p?.status === 'pending_review' ? p : undefined;
  });
}

async function cancelsAtStripe(purchaseId: string): Promise<{ status: string; cancels: number }> {
  const sessions = await stripe.checkout.sessions.list({ limit: 100 });
  const session = sessions.data.find((s) => s.client_reference_id === purchaseId);
  if (typeof session?.payment_intent !== 'string') throw new Error(`no payment for ${purchaseId}`);
  const intent = await stripe.paymentIntents.retrieve(session.payment_intent);
  const events = await stripe.events.list({ type: 'payment_intent.canceled', limit: 100 });
  return { status: intent.status, cancels: events.data.filter((e) => (e.data.object as { id: string }).id === intent.id).length };
}

/**
 * Presses a button now, inside the page itself, without Playwright's waiting: so several pages can
 * press at the same instant, and a button that is already gone is simply not pressed. (Strings,
 * because this runs in the browser, not under the Node types of the tests.)
 */
const pressConfirm = (page: Page): Promise<boolean> =>
  page.evaluate(`(() => { const b = document.querySelector('dialog[open] button[type="submit"]'); b?.click(); return b !== null; })()`);

const pressAccept = (page: Page, buyerName: string): Promise<boolean> =>
  page.evaluate(`(() => {
    const card = [...document.querySelectorAll('li.seat-pending')].find((li) => (li.getAttribute('aria-label') ?? '').startsWith(${JSON.stringify(`${buyerName}, `)}));
    const button = [...(card?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Accept');
    button?.click();
    return button !== undefined;
  })()`);

const seatCard = (page: Page, buyerName: string) => page.getByRole('listitem', { name: new RegExp(`^${buyerName}, Hot seat Q&A`) });

async function openConsole(name: 'maya' | 'leo', link: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await page.goto(link);
  await page.getByRole('heading', { name: 'Waiting for review' }).waitFor();
  expect(page.url()).not.toContain('token='); // wiped from the address bar at once
  consoles[name] = { context, page, token: new URLSearchParams(new URL(link).hash.slice(1)).get('token') ?? '' };
}

describe('moderators share the queue with the host', () => {
  it('the host invites two moderators from the studio page; each opens the console in their own browser', async () => {
    await studioPage.getByRole('tab', { name: 'Moderators' }).click();
    await studioPage.getByText('No moderators yet').waitFor();
    const links: string[] = [];
    for (const name of ['Maya', 'Leo']) {
      await studioPage.getByLabel('Moderator’s name').fill(name);
      await studioPage.getByLabel('Link works for').selectOption('4');
      await studioPage.getByRole('button', { name: 'Create invite link' }).click();
      const link = await studioPage.locator('.invite-link code').textContent();
      expect(link).toMatch(/\/moderator#token=hsm_/);
      links.push(link ?? '');
      await studioPage.getByRole('button', { name: 'Done' }).click();
    }
    await openConsole('maya', links[0] ?? '');
    await openConsole('leo', links[1] ?? '');
    await studioPage.getByRole('listitem', { name: 'Moderator Maya' }).getByText('Connected').waitFor();
    await studioPage.getByRole('listitem', { name: 'Moderator Leo' }).getByText('Connected').waitFor();
    await studioPage.screenshot({ path: join(SHOTS, 'studio-moderators.png') });
    await consoles.maya.page.getByText('You are Maya').waitFor();
    await studioPage.getByRole('tab', { name: 'Live' }).click();
  });

  it('a seat paid by a viewer shows up on every console, with notes everyone sees', async () => {
    await paidSeat('Ada', 'Can I play you my song?');
    for (const page of [studioPage, consoles.maya.page, consoles.leo.page]) await seatCard(page, 'Ada').waitFor();
    const card = seatCard(consoles.maya.page, 'Ada');
    await card.getByRole('button', { name: 'Add note' }).click();
    await card.getByLabel('Note on Ada’s seat').fill('Has a guitar ready — good energy');
    await card.getByRole('button', { name: 'Save note' }).click();
    await seatCard(studioPage, 'Ada').getByText('Has a guitar ready — good energy').waitFor();
    await seatCard(consoles.leo.page, 'Ada').getByText('Has a guitar ready — good energy').waitFor();
    await consoles.maya.page.screenshot({ path: join(SHOTS, 'moderator-console.png') });
  });

  it('host and both moderators reject the same seat at the same moment: one rejection, one cancel at Stripe', async () => {
    const seat = await paidSeat('Ben', 'Double trouble?');
    const pages = { Host: studioPage, Maya: consoles.maya.page, Leo: consoles.leo.page };
    for (const page of Object.values(pages)) {
      await seatCard(page, 'Ben').getByRole('button', { name: 'Reject' }).click();
      await page.getByRole('button', { name: 'Reject — don’t charge' }).waitFor();
    }
    // All three confirm in the same instant (no waiting on one page before the next).
    await Promise.all(Object.values(pages).map((page) => pressConfirm(page)));
    await waitFor('rejected', () => host.purchase(seat.id)?.status === 'rejected');
    const winner = host.purchase(seat.id)?.decidedBy ?? '';
    expect(Object.keys(pages)).toContain(winner);
    for (const [name, page] of Object.entries(pages)) {
      await seatCard(page, 'Ben').waitFor({ state: 'detached', timeout: 1000 });
      const notice = page.getByText(`Ben: This hot seat was already rejected by ${winner}`);
      if (name === winner) expect(await notice.count()).toBe(0);
      else await notice.waitFor({ timeout: 1000 });
    }
    await waitFor('hold released', () => host.purchase(seat.id)?.payment === 'canceled');
    expect(await cancelsAtStripe(seat.id)).toEqual({ status: 'canceled', cancels: 1 });
  });

  it('accept vs reject at once: one outcome, the loser told who won, Stripe called once at most', async () => {
    const seat = await paidSeat('Cy', 'Who wins?');
    await seatCard(consoles.maya.page, 'Cy').getByRole('button', { name: 'Reject' }).click();
    await consoles.maya.page.getByRole('button', { name: 'Reject — don’t charge' }).waitFor();
    await seatCard(consoles.leo.page, 'Cy').waitFor();
    await Promise.all([pressConfirm(consoles.maya.page), pressAccept(consoles.leo.page, 'Cy')]);
    const outcome = await waitFor('decided', () => {
      const p = host.purchase(seat.id);
      return p?.status === 'accepted' || p?.status === 'rejected' ? p : undefined;
    });
    const [loser, winner] = outcome.status === 'accepted' ? [consoles.maya.page, 'Leo'] : [consoles.leo.page, 'Maya'];
    expect(outcome.decidedBy).toBe(winner);
    await loser.getByText(`Cy: This hot seat was already ${outcome.status} by ${winner}`).waitFor({ timeout: 1000 });
    await loser.screenshot({ path: join(SHOTS, 'moderator-lost-race.png') });
    for (const page of [studioPage, consoles.maya.page, consoles.leo.page]) {
      if (outcome.status === 'accepted') await page.getByRole('listitem', { name: /^Cy, place \d+ of \d+/ }).waitFor({ timeout: 1000 });
      else await seatCard(page, 'Cy').waitFor({ state: 'detached', timeout: 1000 });
    }
    if (outcome.status === 'rejected') await waitFor('hold released', () => host.purchase(seat.id)?.payment === 'canceled');
    expect(await cancelsAtStripe(seat.id)).toEqual(
      outcome.status === 'rejected' ? { status: 'canceled', cancels: 1 } : { status: 'requires_capture', cancels: 0 },
    );
  });

  it('a moderator reorders the line from the keyboard; the host sees the same order', async () => {
    const dee = await paidSeat('Dee', 'First?');
    const eve = await paidSeat('Eve', 'Second?');
    await host.command('queue.accept', { purchaseId: dee.id, expectedVersion: dee.version });
    await host.command('queue.accept', { purchaseId: eve.id, expectedVersion: eve.version });
    const page = consoles.leo.page;
    const eveCard = page.getByRole('listitem', { name: /^Eve, place/ });
    await eveCard.waitFor();
    const before = await Promise.all((await page.locator('.line-list > li').all()).map((li) => li.getAttribute('aria-label')));
    const evePlace = before.findIndex((label) => label?.startsWith('Eve'));
    await eveCard.focus();
    for (let i = 0; i < evePlace; i++) {
      await page.keyboard.press('Alt+ArrowUp');
      await page.getByRole('listitem', { name: new RegExp(`^Eve, place ${evePlace - i} of`) }).waitFor();
    }
    await studioPage.getByRole('listitem', { name: /^Eve, place 1 of/ }).waitFor({ timeout: 1000 });
    await consoles.maya.page.getByRole('listitem', { name: /^Eve, place 1 of/ }).waitFor({ timeout: 1000 });
    const activity = await host.command('studio.snapshot', {});
    expect(activity.audit.some((a) => a.actor === 'Leo' && a.action === 'queue.reorder')).toBe(true);

    // And by drag and drop: Maya drags Dee back to the front.
    const maya = consoles.maya.page;
    await maya.getByRole('listitem', { name: /^Dee, place/ }).dragTo(maya.getByRole('listitem', { name: /^Eve, place 1 of/ }));
    for (const p of [maya, studioPage, consoles.leo.page]) await p.getByRole('listitem', { name: /^Dee, place 1 of/ }).waitFor({ timeout: 1000 });
  });

  it('a moderator on a phone blocks a buyer: their seat is rejected (not charged) and the store refuses them', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    await page.goto(`${studio.baseUrl}/moderator#token=${consoles.maya.token}`);
    const buyerKey = `buyer-${randomBytes(8).toString('hex')}`;
    const { body } = await postCheckout(studio.baseUrl, { offerId: seatOfferId, buyerName: 'Troll', question: 'spam spam', buyerKey });
    expect((await payOnCheckoutPage(body.checkoutUrl)).status).toBe(303);
    const card = seatCard(page, 'Troll');
    await card.getByRole('button', { name: 'Block buyer' }).click();
    await page.getByLabel('Reason (optional, kept in the activity log)').fill('spamming the chat');
    await page.screenshot({ path: join(SHOTS, 'moderator-block-phone.png') });
    await page.getByRole('button', { name: 'Block — don’t charge' }).click();
    await card.waitFor({ state: 'detached' });
    await page.getByText('Blocked for this show (1)').waitFor();
    await studioPage.getByText('Blocked for this show (1)').waitFor();
    await page.screenshot({ path: join(SHOTS, 'moderator-console-phone.png'), fullPage: true });
    await waitFor('hold released', () => host.purchase(body.purchaseId)?.payment === 'canceled');
    expect(host.purchase(body.purchaseId)).toMatchObject({ status: 'rejected', decidedBy: 'Maya' });
    expect((await cancelsAtStripe(body.purchaseId)).cancels).toBe(1);
    const again = await postCheckout(studio.baseUrl, { offerId: seatOfferId, buyerName: 'Troll', question: 'me again', buyerKey });
    expect(again.status).toBe(403);
    expect(again.body.error?.message).toBe('The host’s team has blocked purchases from you for ‘Friday Night Live’. Nothing was charged.');
    await phone.close();
  });

  it("a moderator's token cannot run host-only commands through the API, and nothing changes", async () => {
    const ws = new WebSocket(`${studio.baseUrl.replace('http', 'ws')}/ws`, { headers: { origin: studio.baseUrl } });
    const messages: ServerMessage[] = [];
    ws.on('message', (data: Buffer) => messages.push(JSON.parse(data.toString()) as ServerMessage));
    await new Promise((done, fail) => {
      ws.once('open', done);
      ws.once('error', fail);
    });
    ws.send(JSON.stringify({ type: 'hello', token: consoles.maya.token }));
    await waitFor('welcome', () => messages.some((m) => m.type === 'welcome' && m.role === 'moderator'));
    const attempts = [
      ['offer.update', { offerId: seatOfferId, offer: { kind: 'hotseat', title: 'Cheap', format: 'qa', price: 100, minutes: 5, perShow: 10, perBuyer: 1 } }],
      ['show.setStatus', { showId, status: 'ended' }],
      ['payments.setKeys', { secretKey: null }],
      ['settings.network.update', { bindAddress: '0.0.0.0', publicBaseUrl: 'https://evil.example' }],
      ['moderators.invite', { name: 'Mallory', expiresInHours: 336 }],
      ['studio.snapshot', {}],
    ] as const;
    attempts.forEach(([name, input], i) => ws.send(JSON.stringify({ type: 'command', id: i + 1, name, input })));
    const results = await waitFor('all answered', () => {
      const answered = messages.filter((m) => m.type === 'result');
      return answered.length === attempts.length ? answered : undefined;
    });
    for (const result of results) expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    ws.close();
    const after = await host.command('studio.snapshot', {});
    expect(after.offers.find((o) => o.id === seatOfferId)).toMatchObject({ title: 'Hot seat Q&A', price: 2500 });
    expect(after.shows.find((s) => s.id === showId)?.status).toBe('live');
    expect(after.network.publicBaseUrl).toBeNull();
  });

  it('revoking a moderator cuts their open console at once with a clear "access revoked" page', async () => {
    await studioPage.getByRole('tab', { name: 'Moderators' }).click();
    const row = studioPage.getByRole('listitem', { name: 'Moderator Leo' });
    await row.getByRole('button', { name: 'Revoke' }).click();
    await studioPage.getByRole('button', { name: 'Revoke now' }).click();
    await consoles.leo.page.getByText('Your moderator access was revoked').waitFor({ timeout: 2000 });
    await consoles.leo.page.screenshot({ path: join(SHOTS, 'moderator-revoked.png') });
    await row.getByText('Revoked', { exact: true }).waitFor();
    // The same link, opened again, stays refused.
    const again = await consoles.leo.context.newPage();
    await again.goto(`${studio.baseUrl}/moderator#token=${consoles.leo.token}`);
    await again.getByText('Your moderator access was revoked').waitFor();
    // Maya is unaffected.
    await expect(consoles.maya.page.getByRole('heading', { name: 'Waiting for review' }).isVisible()).resolves.toBe(true);
    await studioPage.getByRole('tab', { name: 'Activity' }).click();
    await studioPage.getByRole('cell', { name: 'Revoked moderator Leo' }).waitFor();
    // The audit view, narrowed to one moderator: what Leo did, with times.
    await studioPage.getByLabel('Who').selectOption('Leo');
    await studioPage.getByRole('cell', { name: /for Eve: moved to place 1 of \d+ in line/ }).waitFor();
    await studioPage.getByRole('cell', { name: 'Revoked moderator Leo' }).waitFor({ state: 'detached' });
    await studioPage.screenshot({ path: join(SHOTS, 'studio-activity-moderators.png') });
  });
});
