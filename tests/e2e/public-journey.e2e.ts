import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PublicAddressStatus } from '../../src/shared/public-address';
import { connectHost, type HostClient } from '../support/studio-harness';
import { waitFor } from '../support/wait-for';
import { isMagenta, magentaCamera } from './support/fake-camera';
import { cloudLogs } from './support/netlab/cloud';
import { startLab, type Lab } from './support/netlab/lab';
import { cutTunnel, labUnavailableReason } from './support/netlab/network';
import { launchChromiumIn } from './support/netlab/ns-chromium';
import { startInNamespace } from './support/netlab/ns-process';
import { startStudioInHome, type HomeStudio } from './support/netlab/studio-in-home';
import { ADDR, CROWD_SIZE, NS, PUBLIC_NAME, crowdAddress } from './support/netlab/topology';
import { peerDiagnostics, selectedCandidateTypes, TRACK_PEER_CONNECTIONS } from './support/peer-stats';
import { decodesFrames, regionColour } from './support/video-frames';

/**
 * Going live on the internet, proven across NAT in a small internet built on this machine
 * (tests/e2e/support/netlab): the studio at home behind NAT opens its own SSH tunnel to the
 * creator's server (real OpenSSH, Caddy with a certificate from the lab's CA, coturn), a viewer
 * behind another NAT buys a hot seat over HTTPS, the host accepts, the guest behind a third NAT,
 * with no direct path to home, joins over HTTPS with their camera, and the studio decodes their
 * frames relayed by TURN; the card is captured per policy; the tunnel is cut and comes back by
 * itself with the guest back on air. Then 300 viewers buy within a minute through the edge.
 */
const SHOTS = resolve(import.meta.dirname, '../.artifacts/screenshots');
const PUBLIC = `https://${PUBLIC_NAME}`;
const unavailable = labUnavailableReason();
if (unavailable) console.info(`public journey skipped: ${unavailable}`);

describe.skipIf(unavailable !== null)('going live on the internet, across NAT', () => {
  let lab: Lab;
  let studio: HomeStudio;
  let host: HostClient;
  let homeBrowser: Browser;
  let viewerBrowser: Browser;
  let guestBrowser: Browser;
  let studioPage: Page;
  let guestPage: Page;
  let receipt: Page;
  let purchaseId = '';
  let seatId = '';
  let tipOfferId = '';

  const publicStatus = async (): Promise<PublicAddressStatus> => (await host.command('studio.snapshot', {})).publicAddress;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    lab = await startLab();
    // TURN by address: Chromium's WebRTC looks ICE server names up in DNS only, past the hosts file
    // that names the lab's machines, and the lab has no DNS server.
    studio = await startStudioInHome(lab, ['--turn-url', `turn:${ADDR.cloud}:3478?transport=udp`], { HOTSEAT_TURN_SECRET: lab.cloud.turnSecret });
    host = await connectHost(studio.controlUrl, studio.hostToken);
    const show = await host.command('show.create', { title: 'Live from home', slug: 'live-from-home', currency: 'usd' });
    await host.command('offer.create', {
      showId: show.id,
      offer: { kind: 'hotseat', title: 'Hot seat chat', description: 'Two minutes with me.', format: 'chat', price: 1500, minutes: 2, perShow: 5, perBuyer: 3, questionRequired: false },
    });
    tipOfferId = (await host.command('offer.create', { showId: show.id, offer: { kind: 'tip', title: 'Tip', minAmount: 100, maxAmount: 10_000 } })).id;
    await host.command('show.setStatus', { showId: show.id, status: 'live' });
    const { settings } = await host.command('seats.list', {});
    await host.command('settings.guests.update', { ...settings, capturePolicy: 'after_seconds', captureAfterSeconds: 3 });
    [homeBrowser, viewerBrowser, guestBrowser] = await Promise.all([
      launchChromiumIn(NS.home, lab.dir, lab.ca.caCert),
      launchChromiumIn(NS.viewer, lab.dir, lab.ca.caCert),
      launchChromiumIn(NS.guest, lab.dir, lab.ca.caCert, [`--use-file-for-fake-video-capture=${magentaCamera()}`]),
    ]);
    const studioContext = await homeBrowser.newContext({ viewport: { width: 1440, height: 900 } });
    await studioContext.addInitScript(TRACK_PEER_CONNECTIONS);
    studioPage = await studioContext.newPage();
    await studioPage.goto(studio.studioUrl);
    await studioPage.getByRole('tab', { name: 'Guests' }).click();
  }, 180_000);

  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return;
    const peers = async (page: Page | undefined) => (page ? await peerDiagnostics(page).catch((e: unknown) => String(e)) : '(no page)');
    console.error(
      [`--- studio\n${studio?.process.output().slice(-4000) ?? '(not started)'}`, lab ? cloudLogs(lab.cloud) : '', `--- studio page peers\n${await peers(studioPage)}`, `--- guest page peers\n${await peers(guestPage)}`].join('\n'),
    );
  });

  afterAll(async () => {
    await Promise.all([homeBrowser?.close(), viewerBrowser?.close(), guestBrowser?.close()]);
    host?.client.stop();
    await studio?.stop();
    await lab?.stop();
  }, 60_000);

  it('the studio behind NAT opens its tunnel and reaches itself at its public HTTPS address', async () => {
    const status = await waitFor('public and reachable', async () => {
      const current = await publicStatus();
      return current.reachable === true ? current : null;
    }, { timeoutMs: 45_000 });
    expect(status).toMatchObject({ mode: 'own_server', state: 'public', url: PUBLIC, trustedHostKey: lab.cloud.hostKeyFingerprint });
    expect((await host.command('studio.snapshot', {})).links.store).toBe(`${PUBLIC}/s/live-from-home`);
  });

  it('a viewer behind NAT buys a hot seat over HTTPS with a trusted certificate; the host accepts', async () => {
    const viewer = await viewerBrowser.newContext({ viewport: { width: 390, height: 844 } });
    receipt = await viewer.newPage();
    const response = await receipt.goto(`${PUBLIC}/s/live-from-home`);
    expect(response?.status()).toBe(200);
    expect((await response?.securityDetails())?.subjectName).toBe(PUBLIC_NAME);
    await receipt.getByRole('button', { name: 'Request a seat' }).click();
    await receipt.getByLabel('Your name').fill('Nina');
    await receipt.getByRole('button', { name: /Continue to payment/ }).click();
    await receipt.waitForURL((url) => url.origin === PUBLIC && url.pathname.includes('/checkout/cs_'));
    await receipt.getByLabel('Email').fill('nina@example.com');
    await receipt.getByLabel('Card number').fill('4242 4242 4242 4242');
    await receipt.getByLabel('Expiry (MM / YY)').fill('12 / 34');
    await receipt.getByLabel('CVC').fill('123');
    await receipt.getByRole('button', { name: /^Authorize / }).click();
    await receipt.waitForURL((url) => url.origin === PUBLIC && url.pathname === '/receipt');
    purchaseId = await waitFor('the purchase in review', () => {
      for (const e of [...host.events].reverse()) if (e.type === 'purchase.upserted' && e.purchase.buyerName === 'Nina' && e.purchase.status === 'pending_review') return e.purchase.id;
      return undefined;
    }, { timeoutMs: 20_000 });
    const accepted = await host.command('queue.accept', { purchaseId, expectedVersion: host.purchase(purchaseId)?.version ?? 0 });
    expect(accepted.payment).toBe('authorized');
    await receipt.getByRole('link', { name: 'Join the green room' }).waitFor({ timeout: 20_000 });
    await receipt.screenshot({ path: join(SHOTS, 'lab-receipt-over-https.png'), fullPage: true });
  });

  it('the guest behind NAT joins over HTTPS with their camera; the studio decodes their frames, relayed by TURN', async () => {
    const joinUrl = (await receipt.getByRole('link', { name: 'Join the green room' }).getAttribute('href')) ?? '';
    expect(joinUrl.startsWith(`${PUBLIC}/guest#t=hsj_`)).toBe(true);
    const guestContext = await guestBrowser.newContext({ viewport: { width: 390, height: 844 } });
    await guestContext.addInitScript(TRACK_PEER_CONNECTIONS);
    guestPage = await guestContext.newPage();
    await guestPage.goto(joinUrl);
    await guestPage.getByRole('heading', { name: 'Check your camera and microphone' }).waitFor();
    await guestPage.getByLabel('Your name on screen').fill('Nina K');
    await guestPage.getByRole('button', { name: 'Join the green room' }).click();
    await guestPage.getByText('You’re in the green room').waitFor({ timeout: 20_000 });
    seatId = await waitFor('the seat', async () => (await host.command('seats.list', {})).seats.find((s) => s.purchaseId === purchaseId)?.id);
    await host.command('seat.backstage', { seatId });
    await host.command('seat.live', { seatId });
    await guestPage.getByText('You’re ON AIR').waitFor({ timeout: 20_000 });

    const tile = studioPage.getByRole('listitem', { name: /^Nina K,/ }).locator('video');
    await waitFor('the studio decodes the guest', () => decodesFrames(tile), { timeoutMs: 45_000 });
    const colour = await regionColour(tile, { x0: 0.3, x1: 0.7, y0: 0.3, y1: 0.7 });
    expect(colour && isMagenta(colour)).toBe(true);
    const pairs = await waitFor('a selected candidate pair', async () => {
      const found = await selectedCandidateTypes(studioPage);
      return found.length > 0 ? found : null;
    });
    // No direct path exists between guest and home: the media comes through coturn.
    expect(pairs.every((pair) => pair.local === 'relay' || pair.remote === 'relay')).toBe(true);
    await studioPage.screenshot({ path: join(SHOTS, 'lab-studio-guest-via-turn.png') });
    await guestPage.screenshot({ path: join(SHOTS, 'lab-guest-on-air-over-https.png'), fullPage: true });
  });

  it('the card is captured per policy once the guest has been on air', async () => {
    await waitFor('captured', () => host.purchase(purchaseId)?.payment === 'captured', { timeoutMs: 30_000 });
  });

  it('the tunnel is cut mid-show: the studio sees it, reconnects by itself once the network is back, and the guest returns to air', async () => {
    cutTunnel(true);
    try {
      await waitFor('the studio notices the drop', async () => ['connecting', 'failing'].includes((await publicStatus()).state), { timeoutMs: 40_000, intervalMs: 500 });
      const during = await publicStatus();
      expect(during.url).toBe(PUBLIC); // links keep the server's address: it comes back
    } finally {
      cutTunnel(false);
    }
    await waitFor('public again', async () => {
      const s = await publicStatus();
      return s.state === 'public' && s.reachable === true;
    }, { timeoutMs: 90_000, intervalMs: 500 });
    await guestPage.getByText('You’re ON AIR').waitFor({ timeout: 45_000 });
    const tile = studioPage.getByRole('listitem', { name: /^Nina K,/ }).locator('video');
    await waitFor('the studio decodes the guest again', () => decodesFrames(tile), { timeoutMs: 45_000 });
    const seat = (await host.command('seats.list', {})).seats.find((s) => s.id === seatId);
    expect(seat?.stage).toBe('live');
  });

  it('300 viewers buy within a minute through the edge, each counted as themselves; one viewer still cannot flood', async () => {
    const script = join(lab.dir, 'crowd.mjs');
    writeFileSync(
      script,
      `import https from 'node:https';
const [offerId, size] = [process.argv[2], Number(process.argv[3])];
const address = (i) => \`198.18.\${Math.floor(i / 250)}.\${(i % 250) + 1}\`;
const post = (localAddress, i) => new Promise((resolve) => {
  const body = JSON.stringify({ offerId, amount: 300, buyerName: 'Viewer ' + i, buyerKey: 'crowd-buyer-' + String(i).padStart(8, '0') });
  const req = https.request({ host: '${PUBLIC_NAME}', port: 443, path: '/api/checkout', method: 'POST', localAddress, agent: false,
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode)); });
  req.on('error', (e) => resolve('error ' + e.message));
  req.end(body);
});
const started = Date.now();
const statuses = [];
for (let i = 0; i < size; i += 30) statuses.push(...await Promise.all(Array.from({ length: Math.min(30, size - i) }, (_, k) => post(address(i + k), i + k))));
const crowdMs = Date.now() - started;
const flood = [];
for (let i = 0; i < 31; i += 1) flood.push(await post(address(0), 10000 + i));
console.log('RESULT ' + JSON.stringify({ statuses, crowdMs, flood }));
`,
    );
    const crowd = startInNamespace(NS.crowd, 'crowd', 'node', [script, tipOfferId, String(CROWD_SIZE)], { NODE_EXTRA_CA_CERTS: lab.ca.caCert });
    const line = await crowd.waitForOutput(/RESULT (.+)/, 120_000);
    const result = JSON.parse(line[1] ?? '{}') as { statuses: (number | string)[]; crowdMs: number; flood: (number | string)[] };
    const tally = (statuses: (number | string)[]) => statuses.reduce<Record<string, number>>((t, s) => ({ ...t, [String(s)]: (t[String(s)] ?? 0) + 1 }), {});
    expect(tally(result.statuses)).toEqual({ 201: CROWD_SIZE });
    // No wall-clock assertion: with one shared bucket (30 a minute) 300 checkouts could not all pass
    // within this test's two minutes, so all 201s already prove each viewer is counted apart.
    // The first crowd address already bought once: its 30 a minute run out during the flood.
    expect(result.flood).toContain(429);
    expect(result.flood.slice(0, 28).every((s) => s === 201)).toBe(true);
    console.info(`300 viewers through the edge: ${result.statuses.length} checkouts in ${result.crowdMs} ms; one viewer flooding: first 429 at request ${result.flood.indexOf(429) + 2} of the minute (${crowdAddress(0)})`);
  });
});
