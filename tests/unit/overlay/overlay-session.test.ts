import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Purchase } from '../../../src/shared/purchases';
import { StudioClient } from '../../../src/renderer/lib/studio-client';
import { webSocketUrl } from '../../../src/renderer/lib/socket';
import { connectHost, payOnCheckoutPage, postCheckout, startTestStudio, type HostClient, type TestStudio } from '../../support/studio-harness';
import { waitFor } from '../../support/wait-for';

/**
 * The alert overlay's session through the real core: the program key (the one OBS holds) says hello
 * as role `overlay`, which sees paid tips, gifts and sales redacted and nothing else, may send only
 * `overlay.snapshot`, and catches up on recent alerts after a reconnect. A wrong key is refused.
 */
let t: TestStudio;
let overlay: HostClient;
let programKey: string;
let showId: string;
const offers: Record<'tip' | 'heldTip' | 'gift' | 'merch' | 'seat', string> = { tip: '', heldTip: '', gift: '', merch: '', seat: '' };

beforeAll(async () => {
  t = await startTestStudio({ webhooks: true });
  const show = await t.host.command('show.create', { title: 'Overlay Night', slug: 'overlay-night', currency: 'eur' });
  showId = show.id;
  const add = async (offer: unknown) => (await t.host.command('offer.create', { showId, offer } as never)).id;
  offers.tip = await add({ kind: 'tip', title: 'Tip jar', minAmount: 100, maxAmount: 50_000, messageMaxLength: 140, holdMessagesForReview: false });
  offers.heldTip = await add({ kind: 'tip', title: 'Reviewed tip', minAmount: 100, maxAmount: 50_000, messageMaxLength: 140, holdMessagesForReview: true });
  offers.gift = await add({ kind: 'gift', title: 'Crown', price: 500, animation: 'crown', messageMaxLength: 80, holdMessagesForReview: false });
  offers.merch = await add({ kind: 'merch', title: 'Shirt', price: 3000, variants: [{ id: 'm', label: 'M', stock: 5 }], shippingCountries: ['US'] });
  offers.seat = await add({ kind: 'hotseat', title: 'Hot seat', format: 'qa', price: 2500, minutes: 5, perShow: 40, perBuyer: 1, questionRequired: false });
  await t.host.command('show.setStatus', { showId, status: 'live' });
  const { links } = await t.host.command('program.get', {});
  programKey = new URL(links.overlay).searchParams.get('key') ?? '';
  overlay = await connectHost(t.studio.url, programKey);
});
afterAll(async () => {
  overlay?.client.stop();
  await t?.close();
});

async function paid(fields: Record<string, unknown>, payment: Parameters<typeof payOnCheckoutPage>[1] = {}): Promise<Purchase> {
  const { status, body } = await postCheckout(t.studio.url, fields);
  expect(status, body.error?.message).toBe(201);
  expect((await payOnCheckoutPage(body.checkoutUrl, payment)).status).toBe(303);
  return waitFor('purchase paid', () => {
    const p = t.host.purchase(body.purchaseId);
    return p && (p.status === 'pending_review' || p.status === 'paid') ? p : undefined;
  });
}

const SHIPPING = { shipping_name: 'Ann Buyer', shipping_line1: '1 Secret Street', shipping_city: 'Springfield', shipping_postal_code: '12345', shipping_country: 'US' };

describe('the alert overlay session', () => {
  it('opens with the program key as role overlay, and the key is never a host token', async () => {
    expect(programKey).toMatch(/^hsp_/);
    expect(overlay.client.state.get()).toMatchObject({ status: 'online', role: 'overlay' });
    const snapshot = await overlay.command('overlay.snapshot', {});
    expect(snapshot.overlay).toEqual({ resolution: '720p', wordFilter: [], alertsLayer: 'program', storeCard: null, language: 'en' });
    expect(snapshot.offers.map((offer) => offer.kind)).toEqual(['gift']);
    // Host commands are refused, with the role named.
    for (const name of ['studio.snapshot', 'program.get', 'obs.status', 'moderators.list', 'seats.list'] as const) {
      const result = await overlay.client.command(name, {});
      expect(result.ok ? null : result.error.code, name).toBe('forbidden');
    }
  });

  it('sees paid tips, gifts and sales redacted, and never hot seats, emails, addresses, held messages or studio state', async () => {
    const tip = await paid({ offerId: offers.tip, buyerName: 'Ann', amount: 1250, message: '<script>alert(1)</script> great show' }, { email: 'ann@example.com' });
    const held = await paid({ offerId: offers.heldTip, buyerName: 'Bob', amount: 300, message: 'held text' }, { email: 'bob@example.com' });
    const gift = await paid({ offerId: offers.gift, buyerName: 'Cy', message: 'crown!' }, { email: 'cy@example.com' });
    const merch = await paid({ offerId: offers.merch, buyerName: 'Di', variantId: 'm', quantity: 1 }, { email: 'di@example.com', shipping: SHIPPING });
    const seat = await paid({ offerId: offers.seat, buyerName: 'Ed', question: 'A private question' }, { email: 'ed@example.com' });
    // Something only the host sees, after the purchases.
    await t.host.command('program.update', { resolution: '1080p', fps: 30, showCountdown: true, wordFilter: ['darn'], alerts: 'auto' });
    await waitFor('overlay state', () => overlay.events.some((e) => e.type === 'overlay.state' && e.overlay.resolution === '1080p'));

    const seen = (id: string) => overlay.events.filter((e) => e.type === 'purchase.upserted' && e.purchase.id === id).map((e) => (e as { purchase: Purchase }).purchase);
    await waitFor('paid alerts reach the overlay', () => [tip, gift, merch].every((p) => seen(p.id).some((q) => q.status === 'paid')));
    expect(seen(tip.id).at(-1)).toMatchObject({ buyerName: 'Ann', amount: 1250, currency: 'eur', message: '<script>alert(1)</script> great show', buyerEmail: null });
    expect(seen(gift.id).at(-1)).toMatchObject({ kind: 'gift', message: 'crown!', buyerEmail: null });
    expect(seen(merch.id).at(-1)).toMatchObject({ kind: 'merch', variantLabel: 'M', shipping: null, shipment: null, dispute: null, buyerEmail: null });
    // The held message reaches the overlay only once approved, and its text never before.
    expect(seen(held.id).every((p) => p.message === null)).toBe(true);
    expect(seen(seat.id)).toEqual([]);

    const wire = JSON.stringify(overlay.events);
    for (const secret of ['@example.com', 'Secret Street', 'A private question', 'held text', 'hsh_', '/program/live.webm']) expect(wire).not.toContain(secret);
    expect(new Set(overlay.events.map((e) => e.type))).toEqual(new Set(['purchase.upserted', 'overlay.state']));

    await t.host.command('message.approve', { purchaseId: held.id });
    await waitFor('approved message reaches the overlay', () => seen(held.id).some((p) => p.message === 'held text'));
  });

  it('hands a reconnecting overlay the alerts of the last minutes, redacted', async () => {
    const snapshot = await overlay.command('overlay.snapshot', {});
    expect(snapshot.overlay).toEqual({ resolution: '1080p', wordFilter: ['darn'], alertsLayer: 'program', storeCard: null, language: 'en' });
    expect(snapshot.recent.map((p) => p.buyerName).sort()).toEqual(['Ann', 'Bob', 'Cy', 'Di']);
    expect(JSON.stringify(snapshot)).not.toMatch(/@example\.com|Secret Street|private question/);
  });

  it('speaks the running show’s language on stream: the overlay follows a change of it at once', async () => {
    await t.host.command('show.update', { showId, patch: { language: 'fr' } });
    await waitFor('the overlay hears French', () => overlay.events.some((e) => e.type === 'overlay.state' && e.overlay.language === 'fr'));
    expect((await overlay.command('overlay.snapshot', {})).overlay.language).toBe('fr');
    expect((await t.host.command('program.get', {})).language).toBe('fr');
    // Studio language is the creator's, not the stream's: changing it leaves the overlay alone.
    const before = overlay.events.length;
    await t.host.command('settings.language.update', { language: 'fr' });
    await t.host.command('show.update', { showId, patch: { language: 'en' } });
    await waitFor('back to English', () => overlay.events.slice(before).some((e) => e.type === 'overlay.state' && e.overlay.language === 'en'));
    expect(overlay.events.slice(before).some((e) => e.type === 'studio.language')).toBe(false);
  });

  it('refuses a wrong or host-shaped key with the link-not-valid close', async () => {
    for (const token of [`${programKey.slice(0, -2)}xx`, 'hsp_guess', t.studio.hostToken.replace(/.$/, 'x')]) {
      const client = new StudioClient({ url: webSocketUrl(t.studio.url), token, WebSocket, onInvalidMessage: () => undefined });
      client.start();
      const state = await waitFor('refused', () => (client.state.get().status === 'refused' ? client.state.get() : undefined));
      expect(state).toMatchObject({ status: 'refused' });
      client.stop();
    }
    const page = await fetch(`${t.studio.url}/overlay?key=hsp_wrong`);
    expect(page.status).toBe(404);
    expect(await fetch(`${t.studio.url}/overlay`).then((r) => r.status)).toBe(404);
  });

  it('relays the program feed signaling: the page to the host only, the studio page to the program key only', async () => {
    const offer = { type: 'offer' as const, sdp: 'v=0 program-feed-offer' };
    await overlay.command('programFeed.watch', { peerId: 'pf_test_peer', data: offer });
    await waitFor('the host hears the page', () => t.host.events.some((e) => e.type === 'programFeed.fromWatcher' && e.peerId === 'pf_test_peer' && e.data.type === 'offer'));
    expect(overlay.events.some((e) => e.type === 'programFeed.fromWatcher')).toBe(false);
    await t.host.command('programFeed.send', { peerId: 'pf_test_peer', data: { type: 'answer', sdp: 'v=0 program-feed-answer' } });
    await waitFor('the page hears the studio', () => overlay.events.some((e) => e.type === 'programFeed.toWatcher' && e.peerId === 'pf_test_peer' && e.data.type === 'answer'));
    expect(t.host.events.some((e) => e.type === 'programFeed.toWatcher')).toBe(false);
    // Junk never passes: a malformed peer id or signal is refused by the contract.
    const bad = await overlay.client.command('programFeed.watch', { peerId: 'x', data: offer });
    expect(!bad.ok && bad.error.code).toBe('bad_request');
    const forged = await overlay.client.command('programFeed.send', { peerId: 'pf_test_peer', data: offer });
    expect(!forged.ok && forged.error.code).toBe('forbidden');
  });
});
