import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../src/main/core/actor';
import { commands } from '../../../src/shared/commands';
import { ErrorCode } from '../../../src/shared/result';
import { MAX_WS_MESSAGE_BYTES } from '../../../src/shared/wire';
import { drillSeed, seededRng, type Rng } from '../../drills/support/rng';
import { startTestStudio, type TestStudio } from '../../support/studio-harness';
import { wsFuzzPlan } from './fuzz-targets';
import { brokenJson, deeplyNested, mutate, randomValue } from './fuzz-values';
import { openRawSocket, type RawSocket } from './raw-socket';

/**
 * Seeded fuzzing of every WebSocket command (each as a role allowed to send it, so input reaches
 * validation and the handlers: the host, else a moderator, else a guest) and of the framing itself. Every command gets a clear answer, junk frames get the
 * connection closed with a reason, and the studio keeps working with bounded memory.
 */
const SEED = drillSeed(9_001);
const PER_COMMAND = 100;
const FRAMES = 400;
/** The hub allows a burst of 40 commands per connection; stay under it and reconnect. */
const PER_CONNECTION = 35;
/** Valid inputs that would reconfigure the studio under the fuzzer's feet are not sent. */
const DO_NOT_APPLY = new Set<string>(['payments.setKeys', 'settings.network.update']);

let t: TestStudio;
let known: Record<string, unknown> = {};
const tokens: Partial<Record<Role, string>> = {};
beforeAll(async () => {
  t = await startTestStudio({ webhooks: false });
  const show = await t.host.command('show.create', { title: 'WS Fuzz', slug: 'ws-fuzz', currency: 'usd' });
  const offer = await t.host.command('offer.create', { showId: show.id, offer: { kind: 'tip', title: 'Tip', minAmount: 100, maxAmount: 1000 } });
  await t.host.command('show.setStatus', { showId: show.id, status: 'live' });
  const seat = await t.host.command('guests.invite', { name: 'Fuzzy Guest', minutes: 5 });
  const moderator = await t.host.command('moderators.invite', { name: 'Fuzzy Mod', expiresInHours: 2 });
  tokens.host = t.studio.hostToken;
  tokens.overlay = new URL((await t.host.command('program.get', {})).links.overlay).searchParams.get('key') ?? '';
  tokens.guest = new URL(seat.joinUrl).hash.slice('#t='.length);
  tokens.moderator = new URLSearchParams(new URL(moderator.link).hash.slice(1)).get('token') ?? '';
  known = { showId: show.id, offerId: offer.id, purchaseId: 'pur_AAAAAAAAAAAAAAAA', seatId: seat.seat.id, peerId: 'fuzz-peer', name: 'Fuzzy Guest' };
});
afterAll(async () => {
  await t?.close();
});

const CODES = new Set<string>(ErrorCode.options);

function inputFor(rng: Rng): unknown {
  switch (rng.int(0, 4)) {
    case 0:
      return randomValue(rng);
    case 1:
      return JSON.parse(deeplyNested(rng.int(50, 2_000))) as unknown;
    default:
      return mutate(rng, { ...known, status: 'live', active: true, expectedVersion: 0, ok: true, data: { type: 'offer', sdp: 'v=0' }, offer: { kind: 'tip', title: 'x', minAmount: 1, maxAmount: 2 } });
  }
}

async function socketAs(role: Role): Promise<RawSocket> {
  const socket = await openRawSocket(t.studio.url);
  socket.send(JSON.stringify({ type: 'hello', token: tokens[role] }));
  if (!(await socket.next((m) => m.type === 'welcome'))) throw new Error(`${role} not welcomed`);
  return socket;
}

describe('WebSocket fuzzing', () => {
  it('answers every command with hostile input clearly', async () => {
    const rng = seededRng(SEED);
    const plan = wsFuzzPlan();
    const names = plan.map((p) => p.name);
    const heapBefore = process.memoryUsage().heapUsed;
    const started = Date.now();
    const problems: string[] = [];
    const answers: Record<string, number> = {};
    const perRole: Record<string, number> = {};
    let tried = 0;
    let role: Role = 'host';
    let socket = await socketAs(role);
    let onSocket = 0;
    let id = 1;
    for (const { name, role: as } of plan) {
      if (as !== role) {
        socket.close();
        role = as;
        socket = await socketAs(role);
        onSocket = 0;
      }
      for (let i = 0; i < PER_COMMAND; i += 1) {
        const input = inputFor(rng);
        if (DO_NOT_APPLY.has(name) && commands[name].input.safeParse(input).success) continue;
        if (onSocket >= PER_CONNECTION) {
          socket.close();
          socket = await socketAs(role);
          onSocket = 0;
        }
        onSocket += 1;
        tried += 1;
        perRole[role] = (perRole[role] ?? 0) + 1;
        const messageId = id++;
        socket.send(JSON.stringify({ type: 'command', id: messageId, name, input }));
        const reply = await socket.next((m) => m.type === 'result' && m.id === messageId);
        if (!reply || reply.type !== 'result') {
          problems.push(`${name}: no answer`);
          continue;
        }
        const key = reply.ok ? 'ok' : reply.error.code;
        answers[key] = (answers[key] ?? 0) + 1;
        if (!reply.ok && reply.error.code === 'forbidden' && !/^(guest|seat)\./.test(name)) problems.push(`${name} as ${role}: forbidden, so the fuzz never reached it`);
        if (!reply.ok && (!CODES.has(reply.error.code) || reply.error.code === 'internal' || reply.error.message.length < 8)) {
          problems.push(`${name}: unclear error ${JSON.stringify(reply.error).slice(0, 200)}`);
        }
      }
    }
    socket.close();
    const heapGrowthMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
    console.info(
      `WS command fuzz (seed ${SEED}): ${tried} commands over ${names.length} command names (as ${JSON.stringify(perRole)}) in ${Date.now() - started} ms; answers ${JSON.stringify(answers)}; heap growth ${heapGrowthMb.toFixed(1)} MB; problems ${problems.length}`,
    );
    expect(problems.slice(0, 20)).toEqual([]);
    expect(tried).toBeGreaterThanOrEqual(2_000);
    expect(heapGrowthMb).toBeLessThan(150);
  }, 120_000);

  it('closes connections that send junk frames, with a reason, and stays up', async () => {
    const rng = seededRng(SEED + 1);
    const started = Date.now();
    const closes: Record<string, number> = {};
    const problems: string[] = [];
    for (let i = 0; i < FRAMES; i += 1) {
      const socket = await openRawSocket(t.studio.url);
      const frame = pickFrame(rng);
      socket.send(frame);
      const closed = await Promise.race([socket.closed, new Promise<null>((r) => setTimeout(() => r(null), 5_000))]);
      if (!closed) {
        // Only a well-formed frame may leave the connection open (a hello with a wrong token closes it too).
        problems.push(`stayed open after ${String(frame).slice(0, 80)}`);
        socket.close();
        continue;
      }
      closes[closed.code] = (closes[closed.code] ?? 0) + 1;
      if (![4400, 4401, 1009].includes(closed.code)) problems.push(`closed with ${closed.code} after ${String(frame).slice(0, 80)}`);
      if (closed.code !== 1009 && !socket.messages.some((m) => m.type === 'closing' && m.reason.length > 8)) problems.push(`no reason given for ${String(frame).slice(0, 80)}`);
    }
    const health = await fetch(`${t.studio.url}/api/health`);
    expect(health.status).toBe(200);
    expect((await t.host.command('studio.snapshot', {})).shows.length).toBeGreaterThan(0);
    console.info(`WS frame fuzz (seed ${SEED + 1}): ${FRAMES} junk frames in ${Date.now() - started} ms; close codes ${JSON.stringify(closes)}; problems ${problems.length}`);
    expect(problems.slice(0, 20)).toEqual([]);
  }, 120_000);
});

function pickFrame(rng: Rng): string | Buffer {
  switch (rng.int(0, 6)) {
    case 0:
      return brokenJson(rng);
    case 1:
      return Buffer.from([0xff, 0x00, rng.int(0, 255), rng.int(0, 255)]);
    case 2:
      return JSON.stringify({ type: 'command', id: -1, name: 'studio.snapshot', input: {} });
    case 3:
      return JSON.stringify({ type: 'hello', token: 'x'.repeat(rng.pick([0, 201, 5_000])) });
    case 4:
      return 'x'.repeat(MAX_WS_MESSAGE_BYTES + rng.int(1, 1_000));
    case 5:
      return JSON.stringify({ type: rng.pick(['welcome', 'event', 'result', 'HELLO', '__proto__']), token: t.studio.hostToken });
    default:
      return JSON.stringify({ type: 'hello', token: `${t.studio.hostToken}${rng.pick(['x', ' ', '\u0000', 'A'])}` });
  }
}
