import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser';
import { startStudioProcess, type StudioProcess } from './support/studio-process';

/**
 * Settings → Support → "Save logs for support", in Chromium against the real headless studio: the
 * browser downloads one text file of the studio's own log lines (rotated files in <data>/logs),
 * with no host token in it, and the page says where it went.
 */
const SHOTS = resolve(import.meta.dirname, '../.artifacts/screenshots');

describe('Settings → Support: logs a creator can send', () => {
  let studio: StudioProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    studio = await startStudioProcess();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1440, height: 1200 }, acceptDownloads: true })).newPage();
    await page.goto(studio.studioUrl);
    await page.getByRole('tab', { name: 'Settings' }).click();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await studio?.stop();
  });

  it('downloads the studio’s log lines without its secrets, and says so', async () => {
    const support = page.locator('.panel').filter({ has: page.getByRole('heading', { name: 'Support' }) });
    const button = support.getByRole('button', { name: 'Save logs for support' });
    await button.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^hotseat-logs-\d{12}\.txt$/);
    const saved = join(studio.dataDir, 'downloaded-logs.txt');
    await download.saveAs(saved);
    const text = readFileSync(saved, 'utf8');
    expect(text).toMatch(/^# Hotseat logs for support, saved /);
    const lines = text.split('\n').filter((line) => line.startsWith('{'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ app: 'hotseat', level: expect.any(String) as unknown, msg: expect.any(String) as unknown });
    const hostToken = new URL(studio.studioUrl).hash.replace(/^#token=/, '');
    expect(hostToken).toMatch(/^hsh_/);
    expect(text).not.toContain(hostToken);
    await support.getByRole('status').filter({ hasText: `Saved ${download.suggestedFilename()} to your downloads.` }).waitFor();
    await support.screenshot({ path: join(SHOTS, 'settings-support-logs.png') });
  });
});
