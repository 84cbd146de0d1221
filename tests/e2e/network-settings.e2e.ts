import { mkdirSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSshTestServer, type SshTestServer } from '../support/ssh-test-server';
import { startTlsEdge, type TlsEdge } from '../support/tls-edge';
import { launchChromium } from './support/browser';
import { startStudioProcess, type StudioProcess } from './support/studio-process';

/**
 * Settings → Network → Go public, driven by a creator in Chromium against the real headless
 * studio: off, connecting, refused (the server does not know the studio's key yet), and public
 * and healthy once the key is on the server: the studio's SSH client tunnels to a real SSH
 * server and checks itself through an HTTPS edge. Screenshots of each state.
 */
const SHOTS = resolve(import.meta.dirname, '../.artifacts/screenshots');

describe('Settings → Network: going public with your own server', () => {
  let ssh: SshTestServer;
  let edge: TlsEdge;
  let silent: Server;
  let studio: StudioProcess;
  let browser: Browser;
  let page: Page;
  let tunnelPort = 0;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ssh = await startSshTestServer({ username: 'hotseat' });
    edge = await startTlsEdge(() => ssh.forwardedPort());
    // A server that takes the TCP connection and never says a word: the tunnel stays "connecting".
    silent = createServer(() => undefined);
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
    const probe = createServer();
    await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
    tunnelPort = (probe.address() as AddressInfo).port;
    await new Promise<void>((done) => probe.close(() => done()));
    studio = await startStudioProcess({ env: { NODE_EXTRA_CA_CERTS: edge.certFile } });
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1440, height: 1400 } })).newPage();
    await page.goto(studio.studioUrl);
    await page.getByRole('tab', { name: 'Settings' }).click();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await studio?.stop();
    await ssh?.close();
    await edge?.close();
    silent?.close();
  });

  const card = () => page.locator('.public-status');
  const network = () => page.locator('.panel').filter({ has: page.getByRole('heading', { name: 'Network' }) });

  it('starts off: links are local, and the page says what that means', async () => {
    await card().getByText('Links work on this computer only').waitFor();
    expect(await card().locator('.chip').innerText()).toBe('Off');
    await network().screenshot({ path: join(SHOTS, 'network-public-off.png') });
  });

  it('connecting: choosing “My own server” and saving opens the tunnel, with its progress shown', async () => {
    await page.getByRole('radio', { name: /My own server/ }).check();
    await page.getByLabel('Public HTTPS address').fill(edge.url);
    await page.getByLabel('Server address', { exact: true }).fill('127.0.0.1');
    await page.getByLabel('SSH port').fill(String((silent.address() as AddressInfo).port));
    await page.getByLabel('User on the server').fill('hotseat');
    await page.getByLabel('Tunnel port').fill(String(tunnelPort));
    await page.getByRole('button', { name: 'Go public' }).click();
    await card().locator('.chip').filter({ hasText: 'Connecting…' }).waitFor();
    // The studio made its own key: the public half is on the page, ready for the server.
    const key = await network().locator('.own-server-key-text').first().innerText();
    expect(key).toMatch(/^ssh-ed25519 AAAA[0-9A-Za-z+/]+=* hotseat-studio$/);
    expect(await network().locator('.own-server-key-text').nth(1).innerText()).toContain(`--port ${tunnelPort} --key '${key}'`);
    await network().screenshot({ path: join(SHOTS, 'network-public-connecting.png') });
  });

  it('failing: the server refuses a key it does not know; the page says what to do and links stay local', async () => {
    await page.getByLabel('SSH port').fill(String(ssh.port));
    await page.getByRole('button', { name: 'Save and reconnect' }).click();
    await card().getByText(/refused the studio's SSH key for user "hotseat"/).waitFor({ timeout: 20_000 });
    expect(await card().locator('.chip').innerText()).toBe('Not public');
    await card().getByText('Links use this computer’s address until this is fixed.').waitFor();
    await network().screenshot({ path: join(SHOTS, 'network-public-failing.png') });
  });

  it('public and healthy: with the key on the server, the tunnel opens and the studio reaches itself over HTTPS', async () => {
    ssh.allowKey(await network().locator('.own-server-key-text').first().innerText());
    await card().getByRole('button', { name: 'Reconnect now' }).click();
    await card().locator('.chip').filter({ hasText: 'Public' }).waitFor({ timeout: 20_000 });
    await card().getByText('Reachable from the internet.').waitFor();
    await card().getByText(/Checked from outside at .*: reaches this studio/).waitFor();
    expect(await card().locator('.public-status-url a').innerText()).toBe(edge.url.replace('https://', ''));
    expect(await card().getByText(ssh.fingerprint()).count()).toBe(1);
    await network().screenshot({ path: join(SHOTS, 'network-public-healthy.png') });
  });
});
