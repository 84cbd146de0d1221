import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { StudioClient } from '../../../src/renderer/lib/studio-client';
import { SyncedState } from '../../../src/renderer/lib/synced-state';
import { SELFIES_SYNC } from '../../../src/renderer/studio/selfies/selfies-sync';
import type { Selfie } from '../../../src/shared/selfies';
import { startFakeStudio, waitFor, type FakeStudio } from './fake-studio-server';
import { show } from './fixtures';

/** The race every page had its own answer to: an event that lands between a load request and its answer. */
const selfie = (id: string, purchaseId: string, takenAt: string): Selfie => ({
  id,
  purchaseId,
  seatId: `seat_${purchaseId.slice(4)}`,
  showId: 'shw_show000001',
  guestName: 'Ada',
  contentType: 'image/jpeg',
  bytes: 1000,
  width: 1280,
  height: 720,
  source: 'obs',
  takenAt,
});

let studio: FakeStudio;
let client: StudioClient;
let synced: SyncedState<Selfie[]>;

beforeEach(async () => {
  studio = await startFakeStudio({ tokens: { hsh_goodtoken: 'host' } });
  client = new StudioClient({ url: studio.url, token: 'hsh_goodtoken', WebSocket, backoff: { baseMs: 10, maxMs: 40 } });
  synced = new SyncedState(client, SELFIES_SYNC);
  synced.attach();
});

afterEach(async () => {
  synced.detach();
  client.stop();
  await studio.close();
});

const ids = () => synced.state.get().value?.map((s) => s.id) ?? null;

describe('one way to follow the studio: load, then events, none lost in between', () => {
  it('keeps an event that arrives before the list answer, applied on top of the answer', async () => {
    const first = selfie('sf_first000001', 'pur_a000000001', '2026-12-07T20:00:00.000Z');
    const second = selfie('sf_second00001', 'pur_b000000001', '2026-12-07T20:01:00.000Z');
    studio.handlers.set('selfies.list', () => {
      // The core took a selfie after reading the list for this answer: its event goes out first.
      studio.broadcast({ type: 'selfies.updated', purchaseId: second.purchaseId, selfies: [second] });
      return { ok: true, value: [first] };
    });
    client.start();
    await waitFor(() => ids() !== null, 'list loaded');
    expect(ids()).toEqual(['sf_first000001', 'sf_second00001']);

    // Live events after the load: a buyer's selfie deleted (their list replaced).
    studio.broadcast({ type: 'selfies.updated', purchaseId: first.purchaseId, selfies: [] });
    await waitFor(() => ids()?.length === 1, 'deletion applied');
    expect(ids()).toEqual(['sf_second00001']);
  });

  it('loads afresh when a new show goes live, and an answer overtaken by a newer load is dropped', async () => {
    let served: Selfie[] = [selfie('sf_old00000001', 'pur_a000000001', '2026-12-07T20:00:00.000Z')];
    let answers = 0;
    studio.handlers.set('selfies.list', () => {
      answers += 1;
      return { ok: true, value: served };
    });
    client.start();
    await waitFor(() => ids()?.length === 1, 'first list');
    served = [];
    studio.broadcast({ type: 'show.upserted', show: show({ status: 'live' }) });
    await waitFor(() => ids()?.length === 0, 'the new show’s list');
    expect(answers).toBe(2);

    // Two loads in flight: only the newer one's answer counts.
    served = [selfie('sf_stale000001', 'pur_c000000001', '2026-12-07T21:00:00.000Z')];
    const older = synced.reload();
    served = [];
    const newer = synced.reload();
    await Promise.all([older, newer]);
    expect(ids()).toEqual([]);
  });

  it('says why the list could not be loaded, and keeps what it had', async () => {
    studio.handlers.set('selfies.list', () => ({ ok: true, value: [selfie('sf_kept00000001', 'pur_a000000001', '2026-12-07T20:00:00.000Z')] }));
    client.start();
    await waitFor(() => ids()?.length === 1, 'list');
    studio.handlers.set('selfies.list', () => ({ ok: false, error: { code: 'unavailable', message: 'The studio cannot read right now.' } }));
    await synced.reload();
    expect(synced.state.get()).toMatchObject({ syncing: false, loadError: { message: 'The studio cannot read right now.' } });
    expect(ids()).toEqual(['sf_kept00000001']);
  });
});
