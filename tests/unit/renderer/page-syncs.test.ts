import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { emptyStatus } from '../../../src/main/core/obs/obs-status';
import { DEFAULT_GUEST_SETTINGS, type Seat } from '../../../src/shared/guests';
import type { ModeratorInvite } from '../../../src/shared/moderation';
import { DEFAULT_ARRANGEMENT, DEFAULT_PROGRAM_SETTINGS, type ProgramState } from '../../../src/shared/program';
import type { StudioEvent } from '../../../src/shared/events';
import { moderatorSeatsSync, studioSeatsSync } from '../../../src/renderer/lib/guest-seats-state';
import { IceFeed } from '../../../src/renderer/lib/ice-feed';
import { StudioClient } from '../../../src/renderer/lib/studio-client';
import { SyncedState, type SyncedStateOptions } from '../../../src/renderer/lib/synced-state';
import { MODERATORS_SYNC } from '../../../src/renderer/studio/moderators/moderators-sync';
import { BROADCAST_SYNC } from '../../../src/renderer/studio/program/broadcast-sync';
import { startFakeStudio, waitFor, type FakeStudio } from './fake-studio-server';
import { seat as seatFixture } from './fixtures';

/**
 * Every page's piece of studio state goes through SyncedState; here each one meets the race that
 * used to lose events: the event lands between the page's request and the studio's answer.
 */
const OBS = emptyStatus({ enabled: true, address: 'ws://127.0.0.1:4455', programPath: 'auto', passwordSet: false });
const PROGRAM: ProgramState = {
  settings: DEFAULT_PROGRAM_SETTINGS,
  links: { page: 'http://127.0.0.1:1/program?key=k', stream: 'http://127.0.0.1:1/program/stream?key=k', overlay: 'http://127.0.0.1:1/overlay?key=k' },
  alertsLayer: 'program',
  arrangement: DEFAULT_ARRANGEMENT,
  storeCard: null,
  language: 'en',
  feed: { live: false, readers: 0, bytes: 0, problem: null },
};
const invite = (id: string, connections: number): ModeratorInvite => ({ id, name: 'Mo', createdAt: '2026-12-07T20:00:00.000Z', expiresAt: '2026-12-08T20:00:00.000Z', revokedAt: null, connections });
const seat = (id: string, stage: Seat['stage'], version: number): Seat =>
  seatFixture(stage, { id, format: 'qa', version, lineAt: `2030-01-01T10:00:0${id.slice(-1)}.000Z`, picture: { live: false, reason: 'front_of_line', placeInLine: null, askedBy: null } });
const ICE = [{ urls: ['stun:stun.example.org:3478'] }];

let studio: FakeStudio;
let client: StudioClient;
let cleanup: (() => void)[] = [];

beforeEach(async () => {
  studio = await startFakeStudio({ tokens: { hsh_goodtoken: 'host' } });
  client = new StudioClient({ url: studio.url, token: 'hsh_goodtoken', WebSocket, backoff: { baseMs: 10, maxMs: 40 } });
});
afterEach(async () => {
  for (const stop of cleanup) stop();
  cleanup = [];
  client.stop();
  await studio.close();
});

/** Answers `command` with `answer` after sending `raced` first, as the core does when something changes during the read. */
function race(command: string, answer: unknown, raced: StudioEvent): void {
  studio.handlers.set(command, () => {
    studio.broadcast(raced);
    return { ok: true, value: answer };
  });
}

function follow<S>(options: SyncedStateOptions<S>): SyncedState<S> {
  const synced = new SyncedState(client, options);
  cleanup.push(synced.attach());
  client.start();
  return synced;
}

describe('each page keeps the event that lands between its request and the answer', () => {
  it('the Program tab: OBS status and program state', async () => {
    studio.handlers.set('obs.status', () => ({ ok: true, value: OBS }));
    race('program.get', PROGRAM, { type: 'obs.status', status: { ...OBS, connection: 'connected' } });
    const synced = follow(BROADCAST_SYNC);
    await waitFor(() => synced.state.get().value !== null, 'loaded');
    expect(synced.state.get().value?.obs.connection).toBe('connected');

    // A reader joining re-sends the state: the unchanged arrangement is the same object as before.
    const arrangement = synced.state.get().value?.program.arrangement;
    studio.broadcast({ type: 'program.state', program: { ...PROGRAM, feed: { ...PROGRAM.feed, readers: 1 } } });
    await waitFor(() => synced.state.get().value?.program.feed.readers === 1, 'the reader counted');
    expect(synced.state.get().value?.program.arrangement).toBe(arrangement);

    // The host's own change shows at once; the core's event that follows wins.
    synced.amend((b) => ({ ...b, program: { ...b.program, arrangement: { layout: 'grid', guestOrder: [] } } }));
    expect(synced.state.get().value?.program.arrangement.layout).toBe('grid');
    studio.broadcast({ type: 'program.state', program: { ...PROGRAM, arrangement: { layout: 'spotlight', guestOrder: [] } } });
    await waitFor(() => synced.state.get().value?.program.arrangement.layout === 'spotlight', 'the core’s arrangement');
  });

  it('a failed half of the Program tab’s load is an error, and the last state stays shown', async () => {
    studio.handlers.set('obs.status', () => ({ ok: true, value: OBS }));
    studio.handlers.set('program.get', () => ({ ok: true, value: PROGRAM }));
    const synced = follow(BROADCAST_SYNC);
    await waitFor(() => synced.state.get().value !== null, 'loaded');
    studio.handlers.set('program.get', () => ({ ok: false, error: { code: 'internal', message: 'The settings could not be read.' } }));
    await synced.reload();
    expect(synced.state.get()).toMatchObject({ loadError: { message: 'The settings could not be read.' }, value: { program: PROGRAM } });
  });

  it('the Moderators tab', async () => {
    race('moderators.list', [invite('mod_aaaaaaaa01', 0)], { type: 'moderators.updated', moderators: [invite('mod_aaaaaaaa01', 1)] });
    const synced = follow(MODERATORS_SYNC);
    await waitFor(() => synced.state.get().value !== null, 'loaded');
    expect(synced.state.get().value).toEqual([invite('mod_aaaaaaaa01', 1)]);
  });

  it('the studio’s guest seats, with fresh ICE servers before the first list', async () => {
    const calls: string[] = [];
    studio.handlers.set('ice.servers', () => {
      calls.push('ice.servers');
      return { ok: true, value: { iceServers: ICE, expiresAt: null } };
    });
    studio.handlers.set('seats.list', () => {
      calls.push('seats.list');
      // A newer version overtakes the list; the list's older version must not undo it.
      studio.broadcast({ type: 'seat.upserted', seat: seat('seat_aaaaaaaa02', 'live', 3) });
      return { ok: true, value: { seats: [seat('seat_aaaaaaaa02', 'waiting', 2), seat('seat_aaaaaaaa01', 'waiting', 1)], settings: DEFAULT_GUEST_SETTINGS } };
    });
    const ice = new IceFeed({ fetch: () => client.command('ice.servers', {}).then((r) => (r.ok ? r.value : null)) });
    cleanup.push(() => ice.destroy());
    const synced = follow(studioSeatsSync(ice));
    await waitFor(() => synced.state.get().value !== null, 'loaded');
    expect(calls.slice(0, 2)).toEqual(['ice.servers', 'seats.list']);
    expect(ice.current()).toEqual(ICE);
    expect(synced.state.get().value?.seats.map((s) => [s.id, s.stage])).toEqual([
      ['seat_aaaaaaaa01', 'waiting'],
      ['seat_aaaaaaaa02', 'live'],
    ]);
  });

  it('the moderator’s green room, which takes its ICE servers from the same answer', async () => {
    race('moderator.seats', { seats: [seat('seat_aaaaaaaa01', 'waiting', 1)], iceServers: ICE }, { type: 'seat.upserted', seat: seat('seat_aaaaaaaa01', 'backstage', 2) });
    const ice = new IceFeed({ fetch: () => Promise.resolve(null) });
    cleanup.push(() => ice.destroy());
    const synced = follow(moderatorSeatsSync(ice));
    await waitFor(() => synced.state.get().value !== null, 'loaded');
    expect(synced.state.get().value?.map((s) => s.stage)).toEqual(['backstage']);
    expect(ice.current()).toEqual(ICE);
  });
});
