import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { StudioEvent } from '../../../src/shared/events';
import { localizeError } from '../../../src/shared/i18n/localize-error';
import { DEFAULT_STUN_URLS } from '../../../src/shared/turn';
import { StudioClient } from '../../../src/renderer/lib/studio-client';
import { webSocketUrl } from '../../../src/renderer/lib/socket';
import { startTestStudio, type TestStudio } from '../../support/studio-harness';
import { waitFor } from '../../support/wait-for';

/**
 * TURN settings through the real hub: the secret goes in by a host-only command and never comes
 * back out (results, snapshot, events to host, moderator and guest, log); every page gets its own
 * short-lived credentials minted from it.
 */
const SECRET = 'hub-test-turn-secret-4f9a';
const URLS = ['turn:turn.example.com:3478?transport=udp', 'turns:turn.example.com:5349'];
let t: TestStudio;
const clients: StudioClient[] = [];
const results: unknown[] = [];

interface Party {
  client: StudioClient;
  events: StudioEvent[];
}

async function connect(token: string): Promise<Party> {
  const client = new StudioClient({ url: webSocketUrl(t.studio.url), token, WebSocket, onInvalidMessage: () => undefined });
  const events: StudioEvent[] = [];
  client.onEvent((event) => events.push(event));
  client.start();
  clients.push(client);
  await waitFor('online', () => client.state.get().status === 'online' || undefined);
  return { client, events };
}

const hmac = (username: string) => createHmac('sha1', SECRET).update(username).digest('base64');

let moderator: Party;
let guest: Party;
let seatId: string;

beforeAll(async () => {
  t = await startTestStudio({ webhooks: true });
  const show = await t.host.command('show.create', { title: 'TURN night', slug: 'turn-night', currency: 'usd' });
  await t.host.command('show.setStatus', { showId: show.id, status: 'live' });
  const invited = await t.host.command('guests.invite', { name: 'Gia', minutes: 3 });
  seatId = invited.seat.id;
  const created = await t.host.command('moderators.invite', { name: 'Maya', expiresInHours: 4 });
  moderator = await connect(new URLSearchParams(new URL(created.link).hash.slice(1)).get('token') ?? '');
  guest = await connect(new URL(invited.joinUrl).hash.slice('#t='.length));
  expect((await guest.client.command('guest.enter', { name: 'Gia' })).ok).toBe(true);
});
afterAll(async () => {
  for (const c of clients) c.stop();
  await t?.close();
});

describe('TURN settings and minted credentials', () => {
  it('starts with public STUN for every page and no TURN', async () => {
    expect(await t.host.command('settings.turn.get', {})).toEqual({ urls: [], secretSet: false, problem: null, problemReason: null });
    expect(await t.host.command('ice.servers', {})).toEqual({ iceServers: [{ urls: DEFAULT_STUN_URLS }], expiresAt: null });
    const view = await guest.client.command('guest.view', {});
    expect(view.ok && view.value.iceServers).toEqual([{ urls: DEFAULT_STUN_URLS }]);
  });

  it('refuses bad addresses and a weak secret, naming the field, and changes nothing', async () => {
    const bad = await t.host.client.command('settings.turn.update', { urls: ['turn:host name:3478'], secret: SECRET });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_request', details: { 'urls.0': expect.stringMatching(/must look like turn:/) as unknown } } });
    const weak = await t.host.client.command('settings.turn.update', { urls: URLS, secret: 'short' });
    expect(weak).toMatchObject({ ok: false, error: { details: { secret: expect.stringMatching(/at least 8/) as unknown } } });
    expect(await t.host.command('settings.turn.get', {})).toEqual({ urls: [], secretSet: false, problem: null, problemReason: null });
  });

  it('refuses the TURN commands to moderators and guests', async () => {
    for (const party of [moderator, guest]) {
      for (const name of ['settings.turn.get', 'turn.testPlan'] as const) {
        expect(await party.client.command(name, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
      expect(await party.client.command('settings.turn.update', { urls: [], secret: null })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('says what is missing when only the addresses are set', async () => {
    const half = await t.host.command('settings.turn.update', { urls: URLS });
    results.push(half);
    expect(half).toMatchObject({ urls: URLS, secretSet: false, problem: expect.stringMatching(/no shared secret/) as unknown });
    expect(await t.host.client.command('turn.testPlan', {})).toMatchObject({ ok: false, error: { message: expect.stringMatching(/no shared secret/) as unknown } });
    // As reasons, for the studio to word in its language.
    expect(half).toMatchObject({ problemReason: { id: 'error.turn.noSecret' } });
    const plan = await t.host.client.command('turn.testPlan', {});
    if (plan.ok) throw new Error('expected a refusal');
    expect(plan.error).toMatchObject({ code: 'conflict', reason: { id: 'error.turn.noSecret' } });
    expect(localizeError(plan.error, 'fr').message).toBe(
      'Des adresses TURN sont renseignées, mais aucun secret partagé : les invités n’ont pas de relais. Saisissez le secret de votre serveur TURN (static-auth-secret).',
    );
  });

  it('keeps the secret, answers only "secret set", and hands every page its own credentials', async () => {
    const hostEventsBefore = t.host.events.length;
    const saved = await t.host.command('settings.turn.update', { urls: URLS, secret: SECRET });
    results.push(saved);
    expect(saved).toEqual({ urls: URLS, secretSet: true, problem: null, problemReason: null });

    // The host pages hear that ICE changed; the guest in line gets a new view carrying TURN.
    await waitFor('host told', () => t.host.events.slice(hostEventsBefore).some((e) => e.type === 'guests.settings') || undefined);
    const view = await waitFor('guest view with TURN', () => {
      const latest = guest.events.filter((e) => e.type === 'guest.view').at(-1);
      return latest?.type === 'guest.view' && latest.view.iceServers.some((s) => s.username) ? latest.view : undefined;
    });
    const guestTurn = view.iceServers.find((s) => s.username);
    expect(view.iceServers[0]).toEqual({ urls: ['stun:turn.example.com:3478'] });
    expect(guestTurn?.urls).toEqual(URLS);
    expect(guestTurn?.username).toMatch(new RegExp(`^\\d{10}:guest-${seatId}$`));
    expect(guestTurn?.credential).toBe(hmac(guestTurn?.username ?? ''));

    const host = await t.host.command('ice.servers', {});
    const hostTurn = host.iceServers.find((s) => s.username);
    expect(hostTurn?.username).toMatch(/^\d{10}:studio$/);
    expect(hostTurn?.credential).toBe(hmac(hostTurn?.username ?? ''));
    const expiry = Number(hostTurn?.username?.split(':')[0]) * 1000;
    expect(expiry - Date.now()).toBeGreaterThan(7.9 * 3600_000);
    expect(expiry - Date.now()).toBeLessThanOrEqual(8 * 3600_000);
    expect(host.expiresAt).toBe(new Date(expiry).toISOString());

    const seats = await moderator.client.command('moderator.seats', {});
    const modTurn = seats.ok ? seats.value.iceServers.find((s) => s.username) : undefined;
    expect(modTurn?.username).toMatch(/^\d{10}:moderator-/);
    expect(modTurn?.credential).toBe(hmac(modTurn?.username ?? ''));
    const modIce = await moderator.client.command('ice.servers', {});
    results.push(seats, modIce, await guest.client.command('ice.servers', {}));
    expect(modIce.ok && modIce.value.iceServers.find((s) => s.username)?.username).toBe(modTurn?.username);
  });

  it('keeps the stored secret when the addresses change without one, and forgets it on null', async () => {
    const urlsOnly = await t.host.command('settings.turn.update', { urls: [URLS[0] as string] });
    expect(urlsOnly).toEqual({ urls: [URLS[0]], secretSet: true, problem: null, problemReason: null });
    const plan = await t.host.command('turn.testPlan', {});
    results.push(urlsOnly, plan);
    expect(plan.urls).toEqual([URLS[0]]);
    expect(plan.iceServers[0]?.credential).toBe(hmac(plan.iceServers[0]?.username ?? ''));
  });

  it('never lets the secret out: results, snapshot, every event to every role, the log', async () => {
    results.push(await t.host.command('studio.snapshot', {}), await t.host.command('seats.list', {}));
    const mod = await moderator.client.command('moderator.snapshot', {});
    results.push(mod);
    const everything = JSON.stringify([results, t.host.events, moderator.events, guest.events]);
    expect(everything).toContain('secretSet');
    expect(everything).not.toContain(SECRET);
    expect(t.log.lines.join('\n')).not.toContain(SECRET);
  });

  it('forgets the secret on null: pages fall back to STUN and the studio is told what is missing', async () => {
    const cleared = await t.host.command('settings.turn.update', { urls: URLS, secret: null });
    expect(cleared).toMatchObject({ secretSet: false, problem: expect.stringMatching(/no shared secret/) as unknown });
    expect((await t.host.command('ice.servers', {})).iceServers).toEqual([{ urls: DEFAULT_STUN_URLS }]);
  });
});
