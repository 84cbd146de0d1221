import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { StudioClient, type StudioClientOptions } from '../../../src/renderer/lib/studio-client';
import type { StudioEvent } from '../../../src/shared/events';
import { startFakeStudio, waitFor, type FakeStudio } from './fake-studio-server';
import { purchase, show } from './fixtures';

let studio: FakeStudio;
const clients: StudioClient[] = [];

beforeEach(async () => {
  studio = await startFakeStudio({ tokens: { hsh_goodtoken: 'host' } });
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.stop();
  await studio.close();
});

function connect(overrides: Partial<StudioClientOptions> = {}): StudioClient {
  const client = new StudioClient({
    url: studio.url,
    token: 'hsh_goodtoken',
    WebSocket,
    backoff: { baseMs: 10, maxMs: 40 },
    onInvalidMessage: () => undefined,
    ...overrides,
  });
  clients.push(client);
  client.start();
  return client;
}

const isOnline = (client: StudioClient) => () => client.state.get().status === 'online';

describe('studio client', () => {
  it('says hello with its token first and goes online on welcome', async () => {
    const seen: string[] = [];
    const client = new StudioClient({ url: studio.url, token: 'hsh_goodtoken', WebSocket });
    clients.push(client);
    client.state.subscribe((state) => seen.push(state.status));
    client.start();
    await waitFor(isOnline(client), 'online');
    expect(studio.received[0]?.[0]).toEqual({ type: 'hello', token: 'hsh_goodtoken' });
    expect(client.state.get()).toEqual({ status: 'online', role: 'host', subject: 'host' });
    expect(seen).toEqual(['connecting', 'online']);
  });

  it('sends a command and resolves with the typed, validated answer', async () => {
    const created = show({ title: 'Launch party', slug: 'launch-party' });
    studio.handlers.set('show.create', (input) => ({ ok: true, value: { ...created, ...(input as object) } }));
    const client = connect();
    await waitFor(isOnline(client), 'online');
    const result = await client.command('show.create', { title: '  Launch party ', slug: 'launch-party', currency: 'usd' });
    expect(result).toEqual({ ok: true, value: created });
    const sent = studio.received[0]?.[1] as { type: string; name: string; input: unknown };
    // The input went out as the contract parsed it (trimmed), under the command's name.
    expect(sent).toMatchObject({ type: 'command', name: 'show.create', input: { title: 'Launch party' } });
  });

  it("passes the server's refusal through unchanged", async () => {
    const error = { code: 'conflict' as const, message: 'Already accepted by moderator Sam' };
    studio.handlers.set('queue.accept', () => ({ ok: false, error }));
    const client = connect();
    await waitFor(isOnline(client), 'online');
    expect(await client.command('queue.accept', { purchaseId: 'pur_seat000001', expectedVersion: 3 })).toEqual({ ok: false, error });
  });

  it('refuses invalid input with field details and sends nothing', async () => {
    const client = connect();
    await waitFor(isOnline(client), 'online');
    const result = await client.command('show.create', { title: '', slug: 'Bad Slug', currency: 'usd' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('bad_request');
    expect(Object.keys(result.error.details ?? {}).sort()).toEqual(['slug', 'title']);
    expect(studio.received[0]).toHaveLength(1); // only the hello
  });

  it('fails a command the server never answers after the timeout, and ignores the late answer', async () => {
    studio.handlers.set('studio.snapshot', () => 'no-answer');
    const client = connect({ requestTimeoutMs: 150 });
    await waitFor(isOnline(client), 'online');
    const started = Date.now();
    const result = await client.command('studio.snapshot', {});
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    studio.sendRaw(JSON.stringify({ type: 'result', id: 1, ok: true, value: {} }));
    // The connection survives the stray answer and still works.
    studio.handlers.set('offer.setActive', () => ({ ok: false, error: { code: 'not_found', message: 'no such offer' } }));
    const next = await client.command('offer.setActive', { offerId: 'off_tip0000001', active: false });
    expect(next).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('answers at once, without sending, while not connected', async () => {
    const client = connect({ url: studio.url.replace('/ws', '/nowhere') });
    const result = await client.command('studio.snapshot', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('reconnects after a drop, says hello again and tells welcome listeners', async () => {
    const client = connect();
    const welcomes: string[] = [];
    client.onWelcome((welcome) => welcomes.push(welcome.role));
    await waitFor(() => welcomes.length === 1, 'first welcome');
    const states: string[] = [];
    client.state.subscribe((state) => states.push(state.status));
    studio.dropAll();
    await waitFor(() => welcomes.length === 2, 'second welcome');
    expect(states).toEqual(['reconnecting', 'online']);
    expect(studio.connectionCount()).toBe(2);
    expect(studio.received[1]?.[0]).toEqual({ type: 'hello', token: 'hsh_goodtoken' });
  });

  it('fails commands in flight when the connection drops', async () => {
    studio.handlers.set('studio.snapshot', () => 'no-answer');
    const client = connect({ requestTimeoutMs: 5000 });
    await waitFor(isOnline(client), 'online');
    const pending = client.command('studio.snapshot', {});
    await waitFor(() => (studio.received[0]?.length ?? 0) === 2, 'command received');
    studio.dropAll();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('dropped') as string } });
  });

  it('drops messages outside the contract, reports them, and keeps going', async () => {
    const problems: string[] = [];
    const events: StudioEvent[] = [];
    const client = connect({ onInvalidMessage: (problem) => problems.push(problem) });
    client.onEvent((event) => events.push(event));
    await waitFor(isOnline(client), 'online');
    studio.sendRaw('this is not json');
    studio.sendRaw(JSON.stringify({ type: 'event', event: { type: 'purchase.upserted', purchase: { id: 'nope' } } }));
    studio.sendRaw(JSON.stringify({ type: 'surprise' }));
    const good = purchase();
    studio.broadcast({ type: 'purchase.upserted', purchase: good });
    await waitFor(() => events.length === 1, 'the valid event');
    expect(events[0]).toEqual({ type: 'purchase.upserted', purchase: good });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('not JSON');
    expect(client.state.get().status).toBe('online');
  });

  it('rejects an answer whose value breaks the contract', async () => {
    studio.handlers.set('show.create', () => ({ ok: true, value: { id: 'not-a-show' } }));
    const problems: string[] = [];
    const client = connect({ onInvalidMessage: (problem) => problems.push(problem) });
    await waitFor(isOnline(client), 'online');
    const result = await client.command('show.create', { title: 'A', slug: 'abc', currency: 'usd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(problems[0]).toContain('show.create');
  });

  it('stops for good when the token is refused, with the reason the server gave', async () => {
    const client = connect({ token: 'hsh_wrong' });
    await waitFor(() => client.state.get().status === 'refused', 'refusal');
    expect(client.state.get()).toEqual({ status: 'refused', reason: 'That studio link is not valid any more.' });
    // A second, valid client completes a whole round trip; the refused one made no new attempt.
    const other = connect();
    await waitFor(isOnline(other), 'other client online');
    expect(studio.connectionCount()).toBe(2);
    expect(client.state.get().status).toBe('refused');
  });

  it('treats a revocation after welcome as a refusal', async () => {
    const client = connect();
    await waitFor(isOnline(client), 'online');
    for (const socket of studio.openSockets()) {
      socket.send(JSON.stringify({ type: 'closing', reason: 'Your access was revoked.' }));
      socket.close(4403, 'revoked');
    }
    await waitFor(() => client.state.get().status === 'refused', 'refusal');
    expect(client.state.get()).toEqual({ status: 'refused', reason: 'Your access was revoked.' });
  });

  it('says when the seat was taken over by another tab, so the page can say so instead of "revoked"', async () => {
    const client = connect();
    await waitFor(isOnline(client), 'online');
    for (const socket of studio.openSockets()) {
      socket.send(JSON.stringify({ type: 'closing', reason: 'You joined from another tab or device.', kind: 'replaced' }));
      socket.close(4401, 'revoked');
    }
    await waitFor(() => client.state.get().status === 'refused', 'refusal');
    expect(client.state.get()).toEqual({ status: 'refused', reason: 'You joined from another tab or device.', kind: 'replaced' });
  });

  it('waits while the network is down and reconnects when it returns', async () => {
    const client = connect();
    await waitFor(isOnline(client), 'online');
    client.setNetworkAvailable(false);
    studio.dropAll();
    await waitFor(() => client.state.get().status === 'offline', 'offline');
    expect(studio.connectionCount()).toBe(1);
    client.setNetworkAvailable(true);
    await waitFor(isOnline(client), 'online again');
    expect(studio.connectionCount()).toBe(2);
  });

  it('retries with growing delays while the studio is unreachable', async () => {
    const attempts: number[] = [];
    const client = connect({ url: studio.url.replace('/ws', '/nowhere'), backoff: { baseMs: 5, maxMs: 20 }, random: () => 0.5 });
    client.state.subscribe((state) => {
      if (state.status === 'reconnecting') attempts.push(state.attempt);
    });
    await waitFor(() => attempts.length >= 3, 'three retries');
    expect(attempts.slice(0, 3)).toEqual([1, 2, 3]);
  });
});
