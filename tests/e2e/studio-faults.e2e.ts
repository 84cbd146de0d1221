import BetterSqlite3 from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeObs } from '../support/fake-obs';
import { payOnCheckoutPage, postCheckout } from '../support/studio-harness';
import { waitFor } from '../support/wait-for';
import { launchChromium } from './support/browser';
import { startPaidStudio, type PaidStudio } from './support/paid-studio';

/**
 * What the host sees on the studio page when the disk or OBS misbehaves: the database locked by
 * another program (an error under the button, a banner naming the cause, the queue still on
 * screen, and it all clears by itself), and an OBS that answers too slowly (a "slow to answer"
 * chip and message instead of "Connected", back to normal when OBS is fast again).
 */
const SHOTS = resolve(import.meta.dirname, '../.artifacts/screenshots');

describe('the studio page under disk and OBS faults', () => {
  let paid: PaidStudio;
  let browser: Browser;
  let page: Page;
  let offerId = '';

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    paid = await startPaidStudio();
    const show = await paid.host.command('show.create', { title: 'Fault Night', slug: 'fault-night', currency: 'usd' });
    offerId = (await paid.host.command('offer.create', { showId: show.id, offer: { kind: 'hotseat', title: 'Hot seat', format: 'qa', price: 1200, minutes: 2, perShow: 5, perBuyer: 1 } })).id;
    await paid.host.command('show.setStatus', { showId: show.id, status: 'live' });
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.goto(paid.studio.studioUrl);
    await page.getByRole('heading', { name: 'Waiting for review' }).waitFor();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    paid?.host.client.stop();
    await paid?.studio.stop();
    await paid?.stripeServer.close();
  });

  it('database locked: the Accept click says why it failed, a banner explains, the queue stays; all clears when the lock goes', async () => {
    const { body } = await postCheckout(paid.studio.baseUrl, { offerId, buyerName: 'Lou' });
    await payOnCheckoutPage(body.checkoutUrl);
    const card = page.getByRole('listitem', { name: /^Lou,/ });
    await card.waitFor();

    const locker = new BetterSqlite3(join(paid.studio.dataDir, 'hotseat.sqlite'));
    locker.exec('BEGIN EXCLUSIVE');
    try {
      await card.getByRole('button', { name: 'Accept' }).click();
      await card.getByRole('alert').filter({ hasText: /Could not save “queue\.accept”: the studio’s database is locked by another program/ }).waitFor({ timeout: 10_000 });
      const banner = page.getByTestId('storage-banner');
      await banner.filter({ hasText: 'The studio cannot save: another program has locked its database.' }).waitFor();
      await expect.poll(() => banner.innerText()).toMatch(/Last failed: queue\.accept/);
      expect(await card.isVisible()).toBe(true); // nothing changed: Lou is still waiting for review
      await page.screenshot({ path: join(SHOTS, 'studio-disk-locked.png') });
    } finally {
      locker.exec('ROLLBACK');
      locker.close();
    }
    await page.getByTestId('storage-banner').waitFor({ state: 'detached', timeout: 15_000 });
    await card.getByRole('button', { name: 'Accept' }).click();
    await page.getByRole('heading', { name: /Accepted — in line/ }).waitFor();
    await waitFor('accepted', () => [...paid.host.events].reverse().find((e) => e.type === 'purchase.upserted' && e.purchase.buyerName === 'Lou' && e.purchase.status === 'accepted'));
  });

  it('OBS slow to answer: the Program tab says so instead of "Connected", and it clears when OBS is fast again', async () => {
    const obs = new FakeObs();
    await obs.start();
    try {
      await paid.host.command('obs.configure', { enabled: true, address: obs.url, password: 'obs-secret-pass', programPath: 'auto' });
      await page.getByRole('tab', { name: 'Program' }).click();
      const chip = page.getByTestId('obs-connection');
      await chip.filter({ hasText: 'OBS Connected' }).waitFor({ timeout: 15_000 });
      obs.replyDelayMs = 6_000; // beyond the studio's 5 s request timeout
      await chip.filter({ hasText: 'OBS slow to answer' }).waitFor({ timeout: 20_000 });
      await page.getByRole('alert').filter({ hasText: /OBS is slow to answer: no reply to Get\w+ within 5 s/ }).waitFor();
      await page.screenshot({ path: join(SHOTS, 'studio-obs-slow.png') });
      obs.replyDelayMs = 0;
      await chip.filter({ hasText: 'OBS Connected' }).waitFor({ timeout: 20_000 });
      expect(obs.state.scenes.filter((s) => s === 'Hotseat')).toHaveLength(1);
    } finally {
      await paid.host.command('obs.configure', { enabled: false, address: obs.url, programPath: 'auto' });
      await obs.stop();
    }
  });
});
