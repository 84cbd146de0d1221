import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { ServerMessage } from '../../../src/shared/wire';
import { startTestStudio, type TestStudio } from '../../support/studio-harness';
import { waitFor } from '../../support/wait-for';

/** The WebSocket hub at its edges: hello, tokens, policy, validation, origins, junk. */
let t: TestStudio;
beforeAll(async () => {
  t = await startTestStudio({ webhooks: false });
});
afterAll(async () => {
  await t.close();
});

interface RawClient {
  messages: ServerMessage[];
  closed: { code: number } | null;
  send(value: unknown): void;
  next(predicate: (m: ServerMessage) => boolean): Promise<ServerMessage>;
  close(): void;
}

async function open(headers: Record<string, string> = {}): Promise<RawClient> {
  const ws = new WebSocket(`${t.studio.url.replace('http', 'ws')}/ws`, { headers });
  const client: RawClient = {
    messages: [],
    closed: null,
    send: (value) => ws.send(typeof value === 'string' ? value : JSON.stringify(value)),
    next: (predicate) => waitFor('server message', () => client.messages.find(predicate)),
    close: () => ws.close(),
  };
  ws.on('message', (data: Buffer) => client.messages.push(JSON.parse(data.toString()) as ServerMessage));
  ws.on('close', (code) => (client.closed = { code }));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return client;
}

describe('WebSocket hub', () => {
  it('welcomes the host token and answers commands', async () => {
    const c = await open();
    c.send({ type: 'hello', token: t.studio.hostToken });
    expect(await c.next((m) => m.type === 'welcome')).toMatchObject({ role: 'host' });
    c.send({ type: 'command', id: 7, name: 'studio.snapshot', input: {} });
    expect(await c.next((m) => m.type === 'result')).toMatchObject({ id: 7, ok: true });
    c.close();
  });

  it('closes a connection with a wrong token, and one that never says hello', async () => {
    const c = await open();
    c.send({ type: 'hello', token: 'hsh_not-the-token' });
    await waitFor('closed', () => c.closed);
    expect(c.closed?.code).toBe(4401);
    expect(c.messages).toContainEqual(expect.objectContaining({ type: 'closing' }));
  });

  it('refuses commands before hello, unknown commands and invalid input, clearly', async () => {
    const c = await open();
    c.send({ type: 'command', id: 1, name: 'studio.snapshot', input: {} });
    expect(await c.next((m) => m.type === 'result' && m.id === 1)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    c.send({ type: 'hello', token: t.studio.hostToken });
    await c.next((m) => m.type === 'welcome');
    c.send({ type: 'command', id: 2, name: 'money.print', input: {} });
    expect(await c.next((m) => m.type === 'result' && m.id === 2)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    c.send({ type: 'command', id: 3, name: 'show.create', input: { title: '', slug: 'Bad Slug!', currency: 'usd' } });
    const invalid = await c.next((m) => m.type === 'result' && m.id === 3);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'bad_request', details: { title: 'is required' } } });
    expect(JSON.stringify(invalid)).toContain('slug');
    c.close();
  });

  it('closes on malformed frames and oversized messages without disturbing others', async () => {
    const host = await open();
    host.send({ type: 'hello', token: t.studio.hostToken });
    await host.next((m) => m.type === 'welcome');

    const junk = await open();
    junk.send('{not json');
    await waitFor('junk closed', () => junk.closed);
    expect(junk.closed?.code).toBe(4400);

    const huge = await open();
    huge.send({ type: 'hello', token: 'x'.repeat(100_000) });
    await waitFor('huge closed', () => huge.closed);

    host.send({ type: 'command', id: 9, name: 'studio.snapshot', input: {} });
    expect(await host.next((m) => m.type === 'result' && m.id === 9)).toMatchObject({ ok: true });
    host.close();
  });

  it('refuses a page from a foreign origin (cross-site socket) and a rebound DNS name', async () => {
    const port = new URL(t.studio.url).port;
    const evil = await open({ origin: 'https://evil.example' });
    await waitFor('foreign origin closed', () => evil.closed);
    expect(evil.closed?.code).toBe(4403);

    const rebound = await open({ origin: `http://rebind.evil.example:${port}`, host: `rebind.evil.example:${port}` });
    await waitFor('rebound closed', () => rebound.closed);
    expect(rebound.closed?.code).toBe(4403);

    const own = await open({ origin: t.studio.url });
    own.send({ type: 'hello', token: t.studio.hostToken });
    expect(await own.next((m) => m.type === 'welcome')).toMatchObject({ role: 'host' });
    own.close();
  });

  it('never sends the Stripe key or webhook secret to the host page', async () => {
    const snapshot = await t.host.command('studio.snapshot', {});
    const text = JSON.stringify(snapshot);
    expect(text).not.toMatch(/sk_test_[0-9a-f]{8,}/);
    expect(text).not.toContain(t.webhookSecret);
    expect(snapshot.payments.keyHint).toMatch(/^[0-9a-f]{4}$/);
  });
});
