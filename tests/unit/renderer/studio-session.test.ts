import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { StudioClient } from '../../../src/renderer/lib/studio-client';
import { StudioSession } from '../../../src/renderer/lib/studio-session';
import type { StudioSnapshot } from '../../../src/shared/commands';
import { startFakeStudio, waitFor, type FakeStudio } from './fake-studio-server';
import { purchase, snapshot } from './fixtures';

let studio: FakeStudio;
let client: StudioClient;
let session: StudioSession;

beforeEach(async () => {
  studio = await startFakeStudio({ tokens: { hsh_goodtoken: 'host' } });
  client = new StudioClient({ url: studio.url, token: 'hsh_goodtoken', WebSocket, backoff: { baseMs: 10, maxMs: 40 } });
  session = new StudioSession(client);
  session.attach();
});

afterEach(async () => {
  session.detach();
  client.stop();
  await studio.close();
});

const purchaseIds = () => session.state.get().value?.purchases.map((p) => p.id) ?? [];

describe('studio session', () => {
  it('loads a snapshot after welcome, then applies events live', async () => {
    studio.handlers.set('studio.snapshot', () => ({ ok: true, value: snapshot({ purchases: [purchase({ id: 'pur_first00001' })] }) }));
    client.start();
    await waitFor(() => session.state.get().value !== null, 'snapshot');
    expect(session.state.get()).toMatchObject({ syncing: false, loadError: null });
    studio.broadcast({ type: 'purchase.upserted', purchase: purchase({ id: 'pur_second0001', createdAt: '2025-05-01T19:00:00.000Z' }) });
    await waitFor(() => purchaseIds().length === 2, 'event applied');
    expect(purchaseIds()).toEqual(['pur_second0001', 'pur_first00001']);
  });

  it('takes a fresh snapshot after a reconnect, replacing what it had', async () => {
    let served: StudioSnapshot = snapshot({ purchases: [purchase({ id: 'pur_before0001' })] });
    studio.handlers.set('studio.snapshot', () => ({ ok: true, value: served }));
    client.start();
    await waitFor(() => purchaseIds().includes('pur_before0001'), 'first snapshot');

    // While the page is away, the world changes and the page misses the event.
    served = snapshot({ purchases: [purchase({ id: 'pur_before0001', status: 'accepted', version: 2 })] });
    studio.dropAll();
    await waitFor(() => session.state.get().value?.purchases[0]?.status === 'accepted', 'second snapshot');
    const snapshotRequests = studio.received.flat().filter((m) => (m as { name?: string }).name === 'studio.snapshot');
    expect(snapshotRequests).toHaveLength(2);
    expect(studio.connectionCount()).toBe(2);
  });

  it('holds events that arrive before the snapshot answer and replays them on top of it', async () => {
    const base = purchase({ id: 'pur_seat000001', version: 1 });
    studio.handlers.set('studio.snapshot', () => {
      // The event goes out before the answer, as it would if the core changed state meanwhile.
      studio.broadcast({ type: 'purchase.upserted', purchase: { ...base, status: 'accepted', version: 2 } });
      return { ok: true, value: snapshot({ purchases: [base] }) };
    });
    client.start();
    await waitFor(() => session.state.get().value !== null, 'snapshot');
    expect(session.state.get().value?.purchases[0]).toMatchObject({ status: 'accepted', version: 2 });
  });

  it('catches up at once when attached to a client that is already online', async () => {
    session.detach();
    studio.handlers.set('studio.snapshot', () => ({ ok: true, value: snapshot() }));
    client.start();
    await waitFor(() => client.state.get().status === 'online', 'online');
    expect(session.state.get().value).toBeNull();
    session.attach();
    await waitFor(() => session.state.get().value !== null, 'snapshot after attach');
  });

  it('keeps the last state and reports the error when the snapshot fails', async () => {
    studio.handlers.set('studio.snapshot', () => ({ ok: false, error: { code: 'internal', message: 'database is locked' } }));
    client.start();
    await waitFor(() => session.state.get().loadError !== null, 'load error');
    expect(session.state.get()).toMatchObject({ value: null, syncing: false, loadError: { message: 'database is locked' } });
    studio.handlers.set('studio.snapshot', () => ({ ok: true, value: snapshot() }));
    await session.reload();
    expect(session.state.get()).toMatchObject({ syncing: false, loadError: null });
    expect(session.state.get().value).not.toBeNull();
  });
});
