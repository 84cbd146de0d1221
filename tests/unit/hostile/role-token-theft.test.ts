import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_POLICY } from '../../../src/main/core/auth/policy';
import { commands, type CommandName } from '../../../src/shared/commands';
import type { ServerMessage } from '../../../src/shared/wire';
import { startTestStudio, type TestStudio } from '../../support/studio-harness';
import { waitFor } from '../../support/wait-for';
import { openRawSocket, type RawSocket } from './raw-socket';

/**
 * Stolen guest and moderator tokens (the receipt and host tokens are in theft-and-injection.test.ts):
 * each works only for what its role may do, only for its own seat, not once revoked or expired, and
 * no token ever comes back in an answer or reaches the log, wherever it is put.
 */
let t: TestStudio;
let mayaToken = '';
let leoToken = '';
let leoInviteId = '';
let guestA = '';
let guestB = '';
let seatA = '';
let seatB = '';
let receiptToken = '';
let programKey = '';
/** Everything any answer said (bodies, closing reasons, command errors): no token may be in it. */
const answers: string[] = [];

const tokenOf = (link: string, name: string) => new URLSearchParams(new URL(link).hash.slice(1)).get(name) ?? '';

beforeAll(async () => {
  t = await startTestStudio({ webhooks: true });
  const show = await t.host.command('show.create', { title: 'Theft II', slug: 'theft-two', currency: 'usd' });
  const tip = await t.host.command('offer.create', { showId: show.id, offer: { kind: 'tip', title: 'Tip', minAmount: 100, maxAmount: 10_000 } });
  await t.host.command('show.setStatus', { showId: show.id, status: 'live' });
  const maya = await t.host.command('moderators.invite', { name: 'Maya', expiresInHours: 4 });
  const leo = await t.host.command('moderators.invite', { name: 'Leo', expiresInHours: 4 });
  mayaToken = tokenOf(maya.link, 'token');
  leoToken = tokenOf(leo.link, 'token');
  leoInviteId = leo.invite.id;
  const a = await t.host.command('guests.invite', { name: 'Ana', minutes: 3 });
  const b = await t.host.command('guests.invite', { name: 'Bo', minutes: 3 });
  [guestA, guestB, seatA, seatB] = [tokenOf(a.joinUrl, 't'), tokenOf(b.joinUrl, 't'), a.seat.id, b.seat.id];
  const order = await fetch(`${t.studio.url}/api/checkout`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ offerId: tip.id, amount: 300, buyerName: 'Buyer', buyerKey: 'theft-two-buyer-00001' }),
  });
  receiptToken = tokenOf(((await order.json()) as { receiptUrl: string }).receiptUrl, 't');
  programKey = new URL((await t.host.command('program.get', {})).links.stream).searchParams.get('key') ?? '';
  expect([mayaToken, leoToken, guestA, guestB, receiptToken, programKey].every((x) => x.length > 16)).toBe(true);
});
afterAll(async () => {
  await t?.close();
});

async function hello(token: string): Promise<{ socket: RawSocket; welcome: ServerMessage | null }> {
  const socket = await openRawSocket(t.studio.url);
  socket.send(JSON.stringify({ type: 'hello', token }));
  const welcome = await socket.next((m) => m.type === 'welcome' || m.type === 'closing');
  if (welcome?.type === 'closing') answers.push(welcome.reason);
  return { socket, welcome: welcome?.type === 'welcome' ? welcome : null };
}

let nextId = 1;
/** One command on a raw socket, waiting out the hub's per-socket rate limit. */
async function command(socket: RawSocket, name: string, input: unknown): Promise<Extract<ServerMessage, { type: 'result' }>> {
  for (;;) {
    const id = nextId++;
    socket.send(JSON.stringify({ type: 'command', id, name, input }));
    const reply = await socket.next((m) => m.type === 'result' && m.id === id);
    if (reply?.type !== 'result') throw new Error(`${name}: no answer`);
    answers.push(JSON.stringify(reply));
    if (reply.ok || reply.error.code !== 'rate_limited') return reply;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Sends every command the role may not use, with the other parties' ids and tokens in the input. */
async function everyForbiddenCommand(token: string, role: 'guest' | 'moderator' | 'overlay'): Promise<{ tried: number; ran: string[] }> {
  const { socket, welcome } = await hello(token);
  expect(welcome).toMatchObject({ role });
  const ran: string[] = [];
  let tried = 0;
  for (const name of Object.keys(commands) as CommandName[]) {
    if ((COMMAND_POLICY[name] as readonly string[]).includes(role)) continue;
    tried += 1;
    const input = { seatId: seatB, inviteId: leoInviteId, showId: 'shw_AAAAAAAAAAAAAAAA', purchaseId: 'pur_AAAAAAAAAAAAAAAA', token: t.studio.hostToken, name: 'x' };
    const reply = await command(socket, name, input);
    if (reply.ok || reply.error.code !== 'forbidden') ran.push(`${name}: ${JSON.stringify(reply).slice(0, 120)}`);
  }
  socket.close();
  return { tried, ran };
}

describe('a stolen guest token', () => {
  it('is refused every host and moderator command', async () => {
    const { tried, ran } = await everyForbiddenCommand(guestA, 'guest');
    console.info(`guest token: ${tried} host/moderator commands tried, all forbidden`);
    expect(ran).toEqual([]);
    expect(tried).toBeGreaterThan(40);
  });

  it('opens nothing over HTTP: not a receipt, not the program stream, not the program ingest', async () => {
    const receipt = await fetch(`${t.studio.url}/api/receipt`, { headers: { 'x-receipt-token': guestA } });
    answers.push(await receipt.text());
    expect(receipt.status).toBe(404);
    const stream = await fetch(`${t.studio.url}/program/live.webm?key=${guestA}`);
    answers.push(await stream.text());
    expect(stream.status).toBe(404);
    const ingest = await openRawSocket(t.studio.url, { path: '/program/ingest' });
    ingest.send(JSON.stringify({ type: 'hello', token: guestA, mimeType: 'video/webm' }));
    expect((await ingest.closed).code).toBe(4401);
  });

  it('for seat A cannot signal seat B: the signal goes out as seat A’s, and seat B’s guest hears nothing', async () => {
    const a = await hello(guestA);
    const b = await hello(guestB);
    expect((await command(a.socket, 'guest.enter', { name: 'Ana' })).ok).toBe(true);
    expect((await command(b.socket, 'guest.enter', { name: 'Bo' })).ok).toBe(true);
    // The host calls seat B with a peer; seat A's guest tries to answer for it, naming seat B.
    await t.host.command('seat.signal', { seatId: seatB, peerId: 'host-peer-b', data: { type: 'offer', sdp: 'v=0 host to B' } });
    await b.socket.next((m) => m.type === 'event' && m.event.type === 'guest.signal');
    const forged = await command(a.socket, 'guest.signal', { seatId: seatB, peerId: 'host-peer-b', data: { type: 'answer', sdp: 'v=0 forged by A' } });
    expect(forged.ok).toBe(true); // accepted as A's own signal: the seat comes from the token, never from the input
    const seen = await waitFor('the host hears the forged answer', () =>
      t.host.events.find((e) => e.type === 'studio.signal' && e.data.type === 'answer' && 'sdp' in e.data && e.data.sdp === 'v=0 forged by A'),
    );
    expect(seen).toMatchObject({ seatId: seatA });
    expect(t.host.events.some((e) => e.type === 'studio.signal' && e.seatId === seatB)).toBe(false);
    // Seat.signal (the studio side) is not the guest's to send at all.
    expect(await command(a.socket, 'seat.signal', { seatId: seatB, peerId: 'p', data: { type: 'offer', sdp: 'v=0' } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(b.socket.messages.filter((m) => m.type === 'event' && m.event.type === 'guest.signal')).toHaveLength(1);
    a.socket.close();
    b.socket.close();
  });
});

describe('a stolen moderator token', () => {
  it('is refused every host-only command (shows, offers, prices, refunds, settings, keys, invites, OBS)', async () => {
    const { tried, ran } = await everyForbiddenCommand(mayaToken, 'moderator');
    console.info(`moderator token: ${tried} host-only or guest commands tried, all forbidden`);
    expect(ran).toEqual([]);
    expect(tried).toBeGreaterThan(25);
  });

  it('cannot touch another moderator: no revoking, no invite list, nothing of theirs in its view (borrowed peer ids: moderator-screening.test.ts)', async () => {
    const { socket } = await hello(mayaToken);
    expect(await command(socket, 'moderators.revoke', { inviteId: leoInviteId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await command(socket, 'moderators.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const snapshot = await command(socket, 'moderator.snapshot', {});
    expect(snapshot.ok).toBe(true);
    // Nothing in Maya's view names Leo's invite or carries any token.
    const seen = JSON.stringify(snapshot);
    for (const secret of [leoToken, leoInviteId, guestA, guestB, receiptToken, programKey, t.studio.hostToken]) expect(seen).not.toContain(secret);
    socket.close();
    const leo = await hello(leoToken);
    expect(leo.welcome).toMatchObject({ role: 'moderator' });
    leo.socket.close();
  });
});

describe('the program key (OBS’s overlay)', () => {
  it('opens the overlay’s view and nothing else: every other command is forbidden', async () => {
    const { tried, ran } = await everyForbiddenCommand(programKey, 'overlay');
    console.info(`program key: ${tried} commands other than the overlay's tried, all forbidden`);
    expect(ran).toEqual([]);
    expect(tried).toBeGreaterThan(40);
  });
});

describe('revoked and expired tokens of each kind', () => {
  const refusedWith = async (token: string, reason: RegExp) => {
    const { socket, welcome } = await hello(token);
    expect(welcome).toBeNull();
    expect((await socket.closed).code).toBe(4401);
    expect(socket.messages.find((m) => m.type === 'closing')).toMatchObject({ reason: expect.stringMatching(reason) as unknown });
  };
  const backdate = (table: 'moderator_invites' | 'join_tokens', where: string, id: string) => {
    const db = new Database(join(t.dataDir, 'hotseat.sqlite'));
    try {
      db.pragma('busy_timeout = 5000');
      const changed = db
        .prepare(`UPDATE ${table} SET created_at = '2020-01-01T00:00:00.000Z', expires_at = '2020-01-02T00:00:00.000Z' WHERE ${where} = ?`)
        .run(id).changes;
      expect(changed).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  };

  it('a revoked moderator invite is refused, saying so; its open console is cut', async () => {
    const invite = await t.host.command('moderators.invite', { name: 'Revoked Rita', expiresInHours: 4 });
    const token = tokenOf(invite.link, 'token');
    const open = await hello(token);
    expect(open.welcome).toMatchObject({ role: 'moderator' });
    await t.host.command('moderators.revoke', { inviteId: invite.invite.id });
    expect((await open.socket.closed).code).toBe(4401);
    await refusedWith(token, /revoked/i);
  });

  it('an expired moderator invite is refused, saying so', async () => {
    const invite = await t.host.command('moderators.invite', { name: 'Expired Ed', expiresInHours: 1 });
    backdate('moderator_invites', 'id', invite.invite.id);
    await refusedWith(tokenOf(invite.link, 'token'), /expired/i);
  });

  it('a replaced guest link is refused, saying so; the new one works', async () => {
    const invited = await t.host.command('guests.invite', { name: 'Cy', minutes: 2 });
    const old = tokenOf(invited.joinUrl, 't');
    const replaced = await t.host.command('seat.replaceLink', { seatId: invited.seat.id, newLink: true });
    await refusedWith(old, /replaced or revoked/i);
    const fresh = await hello(tokenOf(replaced.joinUrl ?? '', 't'));
    expect(fresh.welcome).toMatchObject({ role: 'guest' });
    fresh.socket.close();
  });

  it('an expired guest link is refused, saying so', async () => {
    const invited = await t.host.command('guests.invite', { name: 'Di', minutes: 2 });
    backdate('join_tokens', 'seat_id', invited.seat.id);
    await refusedWith(tokenOf(invited.joinUrl, 't'), /expired/i);
  });
});

describe('tokens in the wrong places', () => {
  it('are never echoed in an answer and never reach the log', async () => {
    const tokens = { host: t.studio.hostToken, moderator: mayaToken, guest: guestA, receipt: receiptToken, program: programKey };
    let probes = 0;
    for (const [kind, token] of Object.entries(tokens)) {
      const query = `token=${token}&t=${token}&key=${token}x&access_token=${token}`;
      for (const path of ['/api/store', '/api/store/theft-two', '/api/receipt', '/api/checkout', '/api/stripe/webhook', '/api/nope', '/program/live.webm', '/guest', '/moderator', '/receipt', '/studio', '/nope']) {
        for (const method of ['GET', 'POST'] as const) {
          const response = await fetch(`${t.studio.url}${path}?${query}`, {
            method,
            headers: { 'content-type': 'application/json', 'x-receipt-token': `${token}x`, authorization: `Bearer ${token}`, 'stripe-signature': `t=1,v1=${token}` },
            ...(method === 'POST' ? { body: JSON.stringify({ token, offerId: token, buyerKey: token, buyerName: token }) } : {}),
          });
          const body = await response.text();
          // Pages are the built HTML; only API answers and errors can echo anything.
          if (!body.startsWith('<!doctype')) answers.push(`${kind} ${method} ${path}: ${body}`);
          probes += 1;
        }
      }
      // On the socket: in the query, altered in a hello, as command input where it does not belong.
      const inQuery = await openRawSocket(t.studio.url, { path: `/ws?token=${token}` });
      inQuery.send(JSON.stringify({ type: 'command', id: 1, name: 'studio.snapshot', input: { token } }));
      answers.push(JSON.stringify(await inQuery.next((m) => m.type === 'result')));
      inQuery.close();
      await hello(`${token}x`);
      await hello(token.slice(0, -2));
      const viewer = await hello(receiptToken);
      await command(viewer.socket, 'show.create', { title: token, slug: token, currency: token });
      await command(viewer.socket, `${token}.steal`, { token });
      viewer.socket.close();
      probes += 6;
    }
    const log = t.log.lines.join('\n');
    const leaks: string[] = [];
    for (const [kind, token] of Object.entries(tokens)) {
      for (const answer of answers) if (answer.includes(token.slice(0, 24))) leaks.push(`${kind} token echoed: ${answer.slice(0, 160)}`);
      if (log.includes(token.slice(0, 24))) leaks.push(`${kind} token in the log`);
    }
    console.info(`tokens in wrong places: ${probes} probes × 5 token kinds' answers checked (${answers.length} answers, ${t.log.lines.length} log lines): ${leaks.length} leaks`);
    expect(leaks).toEqual([]);
  }, 60_000);
});
