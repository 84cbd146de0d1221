/**
 * Screenshots of the studio, store and receipt pages in their states, at desktop and phone sizes,
 * against a real headless studio (rehearsal payments). A script for looking at the UI, not a test:
 *
 *   npx tsx tests/e2e/screenshots.ts [outDir]      (default tests/.artifacts/screenshots)
 *
 * It builds the pages, starts `src/main/serve.ts` on a free port with a throwaway data folder,
 * drives Debian's Chromium with playwright-core, and stops everything it started.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { WebSocket } from 'ws';
import { StudioClient } from '../../src/renderer/lib/studio-client';
import { webSocketUrl } from '../../src/renderer/lib/socket';
import type { CommandInput, CommandName, CommandOutput } from '../../src/shared/commands';
import { CheckoutResponse } from '../../src/shared/store-api';

const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(process.argv[2] ?? join(root, 'tests/.artifacts/screenshots'));
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 375, height: 740 };
const TIMEOUT = 15_000;

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  execFileSync('npx', ['vite', 'build', '--config', 'vite.renderer.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  const dataDir = mkdtempSync(join(tmpdir(), 'hotseat-shots-'));
  const server = await startServer(dataDir);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  let client: StudioClient | null = null;
  try {
    client = await connectHost(server.base, server.token);
    await shoot(browser, server, client);
  } finally {
    client?.stop();
    await browser.close();
    await stopServer(server.process);
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.info(`screenshots in ${outDir}`);
}

async function shoot(browser: Browser, server: Server, host: StudioClient): Promise<void> {
  const desktop = await browser.newContext({ viewport: DESKTOP });
  const phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const studio = await desktop.newPage();
  failOnPageErrors(studio);

  // Studio without a token, and with a token the core refuses.
  const bare = await desktop.newPage();
  await bare.goto(`${server.base}/studio`);
  await bare.getByText('This studio link has no access token').waitFor({ timeout: TIMEOUT });
  await snap(bare, 'studio-no-token');
  const refused = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  await refused.goto(`${server.base}/studio#token=hsh_notarealtoken0000000000`);
  await refused.getByText('The studio refused this connection').waitFor({ timeout: TIMEOUT });
  await snap(refused, 'studio-refused');
  await bare.close();

  // Store before any show exists.
  const store = await phone.newPage();
  failOnPageErrors(store);
  await store.goto(`${server.base}/store`);
  await store.getByText('The show isn’t live right now').waitFor({ timeout: TIMEOUT });
  await snap(store, 'store-not-live-phone');

  // First run: the studio opens on the show editor.
  await studio.goto(server.studioUrl);
  await studio.getByRole('button', { name: 'Create show' }).waitFor({ timeout: TIMEOUT });
  if (studio.url().includes('#')) throw new Error('the host token was left in the address bar');
  await snap(studio, 'studio-first-run');
  await studio.getByLabel('Title').fill('Friday Night Q&A');
  await studio.getByRole('button', { name: 'Create show' }).click();
  await studio.getByRole('heading', { name: 'Show details' }).waitFor({ timeout: TIMEOUT });

  // A tip offer through the form, first with mistakes to see the field errors.
  await studio.getByRole('group', { name: 'Add an offer' }).getByRole('button', { name: 'Tip' }).click();
  await studio.getByLabel('Minimum tip (USD)').fill('2.505');
  await studio.getByLabel('Maximum tip (USD)').fill('1');
  await studio.getByRole('button', { name: 'Add offer' }).click();
  await studio.getByText('must be an amount like 5 or 5.50').waitFor({ timeout: TIMEOUT });
  await snap(studio, 'studio-offer-typing-error');
  await studio.getByLabel('Minimum tip (USD)').fill('2');
  await studio.getByRole('button', { name: 'Add offer' }).click();
  await studio.getByText('must be at least the minimum amount').waitFor({ timeout: TIMEOUT });
  await snap(studio, 'studio-offer-rule-error');
  await studio.getByLabel('Maximum tip (USD)').fill('250');
  await studio.getByRole('button', { name: 'Add offer' }).click();
  await studio.getByRole('button', { name: 'Add offer' }).waitFor({ state: 'detached', timeout: TIMEOUT });

  // The other offers straight through the host's WebSocket, like any client.
  const showId = (await command(host, 'studio.snapshot', {})).shows[0]?.id;
  if (!showId) throw new Error('the show was not created');
  await command(host, 'offer.create', {
    showId,
    offer: { kind: 'hotseat', title: 'Hot seat: ask me anything', description: 'Three minutes on air with me. Bring a good question!', format: 'qa', price: 2500, minutes: 3, perShow: 6, perBuyer: 1, questionRequired: true },
  });
  await command(host, 'offer.create', {
    showId,
    offer: { kind: 'hotseat', title: 'Selfie on stream', description: '', format: 'selfie', price: 1000, minutes: 1, perShow: 3, perBuyer: 1, questionRequired: false },
  });
  await command(host, 'offer.create', { showId, offer: { kind: 'gift', title: 'Fireworks', description: 'Lights up the whole stream.', price: 500, animation: 'fireworks', messageMaxLength: 80, holdMessagesForReview: true } });
  await command(host, 'offer.create', {
    showId,
    offer: {
      kind: 'merch',
      title: 'Friday Night T-shirt',
      description: 'Soft cotton, printed after the show.',
      price: 3000,
      variants: [
        { id: 's', label: 'Small', stock: 0 },
        { id: 'm', label: 'Medium', stock: 2 },
        { id: 'l', label: 'Large', stock: 12 },
      ],
      shippingCountries: ['US', 'CA', 'GB'],
    },
  });
  await studio.getByText('Friday Night T-shirt').waitFor({ timeout: TIMEOUT });
  await snap(studio, 'studio-editor');

  // Go live, through the confirmation.
  await studio.getByRole('button', { name: 'Go live' }).click();
  await studio.getByRole('dialog').waitFor({ timeout: TIMEOUT });
  await snap(studio, 'studio-go-live-dialog');
  await studio.getByRole('dialog').getByRole('button', { name: 'Go live' }).click();
  await studio.locator('.show-status-live').first().waitFor({ timeout: TIMEOUT });
  await studio.getByRole('tab', { name: /Live/ }).click();
  await snap(studio, 'studio-live-empty');

  // The live store, on a phone and on a desktop.
  await store.goto(`${server.base}/store`);
  await store.getByText('Hot seat: ask me anything').waitFor({ timeout: TIMEOUT });
  await snap(store, 'store-live-phone', true);
  const storeDesktop = await desktop.newPage();
  await storeDesktop.goto(`${server.base}/s/friday-night-q-a`);
  await storeDesktop.getByText('Hot seat: ask me anything').waitFor({ timeout: TIMEOUT });
  await snap(storeDesktop, 'store-live-desktop', true);
  await storeDesktop.close();
  await phone.setOffline(true);
  await store.getByText('You’re offline').waitFor({ timeout: TIMEOUT });
  await snap(store, 'store-offline-phone');
  await phone.setOffline(false);

  // A viewer's hot-seat order, with the form's own errors first.
  const seatCard = store.locator('.offer-card', { hasText: 'Hot seat: ask me anything' });
  await seatCard.getByRole('button', { name: 'Request a seat' }).click();
  await seatCard.getByRole('button', { name: /Continue to payment/ }).click();
  await seatCard.getByText('Tell the host what you want to ask').waitFor({ timeout: TIMEOUT });
  await seatCard.scrollIntoViewIfNeeded();
  await snap(store, 'store-order-errors-phone');
  await seatCard.getByLabel('Your name').fill('Ada');
  await seatCard.getByLabel('Your question').fill('How did you get started streaming?\nAnd what would you do differently?');
  await seatCard.getByRole('button', { name: /Continue to payment/ }).click();
  await store.waitForURL(/rehearsal\/checkout/, { timeout: TIMEOUT });
  await payRehearsal(store, { email: 'ada@example.com' });
  await store.waitForURL(/\/receipt#t=/, { timeout: TIMEOUT });
  await store.getByText('Waiting for the host to review').waitFor({ timeout: TIMEOUT });
  await snap(store, 'receipt-pending-review-phone', true);
  const adaReceipt = store;

  // More purchases from other viewers: seats, tips with messages, a gift and merch.
  const buyers = await phone.newPage();
  await buy(buyers, server, 'Hot seat: ask me anything', { buyerName: 'Grace', question: 'What gear do you use for audio?' });
  await buy(buyers, server, 'Hot seat: ask me anything', { buyerName: 'Linus <script>alert(1)</script>', question: 'Is this rendered as text? <b>bold?</b>' });
  await buy(buyers, server, 'Selfie on stream', { buyerName: 'Margaret' });
  await buy(buyers, server, 'Send a tip', { buyerName: 'Alan', amount: 1200, message: 'Love the show! Greetings from Manchester 👋' });
  await buy(buyers, server, 'Send a tip', { buyerName: 'Barbara', amount: 500, message: 'First time here, this is great' });
  await buy(buyers, server, 'Fireworks', { buyerName: 'Edsger', message: 'Boom!' });
  await buy(buyers, server, 'Friday Night T-shirt', { buyerName: 'Katherine', variantId: 'l' }, { shipping: true });
  await buyers.close();

  await studio.locator('.seat-pending').nth(3).waitFor({ timeout: TIMEOUT });
  await studio.locator('.feed-item').nth(2).waitFor({ timeout: TIMEOUT });
  await snap(studio, 'studio-live-queue');

  // Accept with the keyboard, reject through the dialog.
  const grace = studio.locator('.seat-pending', { hasText: 'Grace' });
  await grace.focus();
  await studio.keyboard.press('a');
  await studio.locator('.seat-accepted', { hasText: 'Grace' }).waitFor({ timeout: TIMEOUT });
  const ada = studio.locator('.seat-pending', { hasText: 'Ada' });
  await ada.getByRole('button', { name: 'Reject' }).click();
  await studio.getByRole('dialog').getByLabel(/Reason/).fill('Similar question already answered');
  await snap(studio, 'studio-reject-dialog');
  await studio.keyboard.press('Enter');
  await studio.locator('.seat-pending', { hasText: 'Ada' }).waitFor({ state: 'detached', timeout: TIMEOUT });
  await studio.locator('.feed-item-held').first().getByRole('button', { name: 'Approve' }).click();
  await studio.locator('.chip-message-approved').first().waitFor({ timeout: TIMEOUT });
  await snap(studio, 'studio-live-decided');

  // Ada's receipt changed without a reload.
  await adaReceipt.getByText('Not accepted — you were not charged').waitFor({ timeout: TIMEOUT });
  await snap(adaReceipt, 'receipt-rejected-phone', true);

  // The other areas.
  await studio.getByRole('tab', { name: /Merch orders/ }).click();
  await studio.getByText('Katherine', { exact: true }).waitFor({ timeout: TIMEOUT });
  await snap(studio, 'studio-merch');
  await studio.getByRole('tab', { name: 'Activity' }).click();
  await snap(studio, 'studio-activity');
  await studio.getByRole('tab', { name: 'Settings' }).click();
  await studio.getByLabel('Public address').fill('ftp://nope');
  await studio.getByRole('button', { name: 'Save network settings' }).click();
  await studio.getByText('must start with http:// or https://').waitFor({ timeout: TIMEOUT });
  await studio.getByLabel('Stripe secret key').fill('sk_live_short');
  await studio.getByRole('button', { name: 'Save keys' }).click();
  await studio.getByText(/must be a Stripe secret/).waitFor({ timeout: TIMEOUT });
  await snap(studio, 'studio-settings-errors');

  // Narrow studio window.
  await studio.setViewportSize({ width: 800, height: 900 });
  await studio.getByRole('tab', { name: /Live/ }).click();
  await snap(studio, 'studio-narrow');
  await studio.setViewportSize(DESKTOP);

  // The core goes away: studio and receipt say so.
  await stopServer(server.process);
  await studio.getByText('Lost the connection to the studio core').waitFor({ timeout: TIMEOUT });
  await snap(studio, 'studio-disconnected');
  await adaReceipt.getByText('Reconnecting…').waitFor({ timeout: TIMEOUT });
  await snap(adaReceipt, 'receipt-reconnecting-phone');
  await desktop.close();
  await phone.close();
}

// ---------------------------------------------------------------------------------------------

interface Server {
  base: string;
  studioUrl: string;
  token: string;
  process: ChildProcess;
}

async function startServer(dataDir: string): Promise<Server> {
  const child = spawn('npx', ['tsx', 'src/main/serve.ts', '--port', '0', '--data', dataDir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  return new Promise<Server>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`the studio did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /studio ready (\S+)/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      const studioUrl = match[1];
      const url = new URL(studioUrl);
      const token = new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
      resolvePromise({ base: url.origin, studioUrl, token, process: child });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`the studio exited with ${code}:\n${output}`)));
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolvePromise) => child.once('exit', () => resolvePromise()));
  process.kill(-child.pid, 'SIGTERM'); // the process group npx started, not anything else
  await exited;
}

async function connectHost(base: string, token: string): Promise<StudioClient> {
  const client = new StudioClient({ url: webSocketUrl(base), token, WebSocket });
  client.start();
  await new Promise<void>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error('the host client did not connect')), TIMEOUT);
    client.state.subscribe((state) => {
      if (state.status === 'online') {
        clearTimeout(timer);
        resolvePromise();
      }
    });
  });
  return client;
}

async function command<N extends CommandName>(client: StudioClient, name: N, input: CommandInput<N>): Promise<CommandOutput<N>> {
  const result = await client.command(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  return result.value;
}

let buyerCount = 0;

/** One viewer's purchase: the store API, then the rehearsal checkout page like a person would. */
async function buy(page: Page, server: Server, offerTitle: string, order: { buyerName: string; amount?: number; message?: string; question?: string; variantId?: string }, options: { shipping?: boolean } = {}): Promise<void> {
  const store = (await (await fetch(`${server.base}/api/store`)).json()) as { offers: { id: string; title: string }[] };
  const offer = store.offers.find((candidate) => candidate.title === offerTitle);
  if (!offer) throw new Error(`no offer "${offerTitle}" in the store`);
  buyerCount += 1;
  const response = await fetch(`${server.base}/api/checkout`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.base },
    body: JSON.stringify({ offerId: offer.id, buyerKey: `screenshot-buyer-${String(buyerCount).padStart(4, '0')}`, ...order }),
  });
  const body: unknown = await response.json();
  const checkout = CheckoutResponse.parse(body);
  await page.goto(checkout.checkoutUrl);
  await payRehearsal(page, { email: `${order.buyerName.split(' ')[0]?.toLowerCase() ?? 'buyer'}@example.com`, shipping: options.shipping ?? false });
  await page.waitForURL(/\/receipt#t=/, { timeout: TIMEOUT });
}

async function payRehearsal(page: Page, details: { email: string; shipping?: boolean }): Promise<void> {
  const email = page.locator('#email');
  if (!(await email.getAttribute('readonly'))) await email.fill(details.email);
  if (details.shipping) {
    await page.locator('#shipping-name').fill('Katherine Johnson');
    await page.locator('#shipping-country').selectOption('US');
    await page.locator('#shipping-line1').fill('1 Langley Blvd');
    await page.locator('#shipping-city').fill('Hampton');
    await page.locator('#shipping-postal').fill('23681');
    await page.locator('#shipping-state').fill('VA');
  }
  await page.locator('#card-number').fill('4242 4242 4242 4242');
  await page.locator('#card-expiry').fill('12 / 34');
  await page.locator('#card-cvc').fill('123');
  await page.locator('.pay-button').click();
}

function failOnPageErrors(page: Page): void {
  page.on('pageerror', (error) => console.error(`page error on ${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`console error on ${page.url()}: ${message.text()}`);
  });
}

async function snap(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: join(outDir, `${name}.png`), fullPage });
  console.info(`  ${name}.png`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
