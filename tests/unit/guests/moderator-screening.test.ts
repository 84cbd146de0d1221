import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { StudioEvent } from '../../../src/shared/events';
import { StudioClient } from '../../../src/renderer/lib/studio-client';
import { webSocketUrl } from '../../../src/renderer/lib/socket';
import { startTestStudio, type TestStudio } from '../../support/studio-harness';
import { waitFor } from '../../support/wait-for';
import { DEFAULT_STUN_URLS } from '../../../src/shared/turn';

/**
 * Moderators screening a guest, through the real hub: who may move a seat where, and signaling
 * scoped so each party (host page, each moderator, the guest) receives only its own messages.
 */
let t: TestStudio;
const clients: StudioClient[] = [];

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

async function moderator(name: string): Promise<Party> {
  const created = await t.host.command('moderators.invite', { name, expiresInHours: 4 });
  return connect(new URLSearchParams(new URL(created.link).hash.slice(1)).get('token') ?? '');
}

const OFFER = { type: 'offer', sdp: 'v=0 moderator offer' } as const;
const ANSWER = { type: 'answer', sdp: 'v=0 guest answer' } as const;

let maya: Party;
let leo: Party;
let host: Party;
let guest: Party;
let seatId: string;

beforeAll(async () => {
  t = await startTestStudio({ webhooks: true });
  const show = await t.host.command('show.create', { title: 'Screening night', slug: 'screening-night', currency: 'usd' });
  await t.host.command('show.setStatus', { showId: show.id, status: 'live' });
  const invited = await t.host.command('guests.invite', { name: 'Gia', minutes: 3 });
  seatId = invited.seat.id;
  host = { client: t.host.client, events: t.host.events };
  maya = await moderator('Maya');
  leo = await moderator('Leo');
  guest = await connect(new URL(invited.joinUrl).hash.slice('#t='.length));
  expect((await guest.client.command('guest.enter', { name: 'Gia' })).ok).toBe(true);
});
afterAll(async () => {
  for (const c of clients) c.stop();
  await t?.close();
});

describe('moderators screening a guest', () => {
  it('shows a moderator the seats with the ICE servers, and seat changes live', async () => {
    const seen = await maya.client.command('moderator.seats', {});
    expect(seen.ok && seen.value.seats.map((s) => [s.id, s.guestName, s.stage])).toEqual([[seatId, 'Gia', 'waiting']]);
    expect(seen.ok && seen.value.iceServers).toEqual([{ urls: DEFAULT_STUN_URLS }]);
    expect(JSON.stringify(seen)).not.toMatch(/hsj_|@/);
  });

  it('refuses to talk with a guest who is not backstage yet', async () => {
    const refused = await maya.client.command('seat.signal', { seatId, peerId: 'maya-peer-1', data: OFFER });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: 'Bring the guest backstage first to talk with them' } });
    expect(guest.events.some((e) => e.type === 'guest.signal')).toBe(false);
  });

  it('lets a moderator bring the guest backstage and talk: the answer reaches that moderator only', async () => {
    const backstage = await maya.client.command('seat.backstage', { seatId });
    expect(backstage.ok && backstage.value.stage).toBe('backstage');
    await waitFor('everyone sees the seat backstage', () =>
      [host, leo].every((p) => p.events.some((e) => e.type === 'seat.upserted' && e.seat.id === seatId && e.seat.stage === 'backstage')) || undefined,
    );
    // The guest is told whom they are talking with: the moderator's display name, nothing else about them.
    const told = await waitFor('the guest hears who brought them backstage', () =>
      guest.events.findLast((e) => e.type === 'guest.view' && e.view.stage === 'backstage'),
    );
    expect(told.type === 'guest.view' && told.view.backstageWith).toBe('Maya');
    expect(JSON.stringify(told)).not.toMatch(/hsm_|mod_/);
    expect((await maya.client.command('seat.signal', { seatId, peerId: 'maya-peer-1', data: OFFER })).ok).toBe(true);
    await waitFor('the guest gets the offer', () => guest.events.find((e) => e.type === 'guest.signal' && e.peerId === 'maya-peer-1'));
    expect((await guest.client.command('guest.signal', { peerId: 'maya-peer-1', data: ANSWER })).ok).toBe(true);
    const answer = await waitFor('Maya gets the answer', () => maya.events.find((e) => e.type === 'studio.signal' && e.peerId === 'maya-peer-1'));
    expect(answer).toMatchObject({ seatId, data: ANSWER });
    // A host peer's answer still reaches the host, and not the moderators.
    expect((await host.client.command('seat.signal', { seatId, peerId: 'host-peer-1', data: OFFER })).ok).toBe(true);
    expect((await guest.client.command('guest.signal', { peerId: 'host-peer-1', data: ANSWER })).ok).toBe(true);
    await waitFor('host gets its answer', () => host.events.find((e) => e.type === 'studio.signal' && e.peerId === 'host-peer-1'));
    expect(host.events.some((e) => e.type === 'studio.signal' && e.peerId === 'maya-peer-1')).toBe(false);
    expect(leo.events.some((e) => e.type === 'studio.signal')).toBe(false);
    expect(maya.events.some((e) => e.type === 'studio.signal' && e.peerId === 'host-peer-1')).toBe(false);
  });

  it("refuses a peer id that belongs to someone else's page", async () => {
    const stolen = await leo.client.command('seat.signal', { seatId, peerId: 'maya-peer-1', data: OFFER });
    expect(stolen).toMatchObject({ ok: false, error: { code: 'conflict', message: 'This peer belongs to another page' } });
    const hostsPeer = await leo.client.command('seat.signal', { seatId, peerId: 'host-peer-1', data: OFFER });
    expect(hostsPeer.ok).toBe(false);
  });

  it('never lets a moderator put on air, end, extend, mute or take the guest off air', async () => {
    for (const [name, input] of [
      ['seat.live', { seatId }],
      ['seat.end', { seatId }],
      ['seat.extend', { seatId, seconds: 60 }],
      ['seat.mute', { seatId, muted: true }],
      ['seat.hide', { seatId, hidden: true }],
      ['seats.list', {}],
      ['settings.guests.update', { capturePolicy: 'at_go_live', captureAfterSeconds: 10, noShowGraceSeconds: 60, iceServers: [] }],
    ] as const) {
      const refused = await maya.client.command(name as never, input as never);
      expect(refused, name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect((await t.host.command('seat.live', { seatId })).stage).toBe('live');
    expect(await maya.client.command('seat.backstage', { seatId })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'Gia is on air: only the host takes a guest off air' },
    });
    expect(await maya.client.command('seat.greenroom', { seatId })).toMatchObject({ ok: false, error: { message: 'Gia is not backstage' } });
    const withHost = await t.host.command('seat.backstage', { seatId });
    expect(withHost).toMatchObject({ stage: 'backstage', backstageWith: null });
    await waitFor('the guest hears they are with the host now', () =>
      guest.events.findLast((e) => e.type === 'guest.view' && e.view.stage === 'backstage' && e.view.backstageWith === null),
    );
  });

  it('ends a screening: back to the green room, in line, audited with who did it', async () => {
    const back = await leo.client.command('seat.greenroom', { seatId });
    expect(back.ok && back.value).toMatchObject({ stage: 'waiting', backstageWith: null });
    const view = await waitFor('the guest is told', () => guest.events.findLast((e) => e.type === 'guest.view' && e.view.stage === 'waiting'));
    expect(view).toBeTruthy();
    const audit = await t.host.command('studio.snapshot', {});
    expect(audit.audit.some((a) => a.actor === 'Leo' && a.action === 'seat.greenroom')).toBe(true);
    expect((await maya.client.command('seat.call', { seatId })).ok).toBe(true);
  });
});
