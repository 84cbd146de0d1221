import fastifyWebsocket from '@fastify/websocket';
import Fastify from 'fastify';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import type { Principal } from '../../../src/main/core/auth/principal';
import { createEventBus } from '../../../src/main/core/bus';
import { memoryLogger } from '../../../src/main/core/log';
import type { CommandHandlers } from '../../../src/main/core/commands/handler-types';
import { createAuthFailures } from '../../../src/main/core/server/auth-failures';
import { registerWebSocketHub } from '../../../src/main/core/server/ws-hub';
import { waitFor } from '../../support/wait-for';

/** A peer whose network died without a TCP close is noticed by the heartbeat, not hours later. */
const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function hubWithPresence(heartbeatMs: number) {
  const app = Fastify();
  await app.register(fastifyWebsocket);
  const presence: { subject: string; open: boolean }[] = [];
  const guest: Principal = { role: 'guest', subject: 'seat_test', name: 'Guest', seatId: 'seat_test', connectionId: 'connection_1' };
  registerWebSocketHub(app, {
    authenticate: (token) => (token === 'good' ? guest : null),
    onPresence: (principal, open) => presence.push({ subject: principal.subject, open }),
    handlers: {} as CommandHandlers,
    bus: createEventBus(),
    log: memoryLogger(),
    isAllowedOrigin: () => true,
    receiptFor: () => null,
    heartbeatMs,
  }, { client: () => 'test', failures: createAuthFailures({ max: 100, windowMs: 60_000 }) });
  await app.listen({ host: '127.0.0.1', port: 0 });
  closers.push(() => app.close());
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `ws://127.0.0.1:${port}/ws`, presence };
}

async function connect(url: string, autoPong: boolean): Promise<WebSocket> {
  const socket = new WebSocket(url, { autoPong });
  closers.push(() => Promise.resolve(socket.terminate()));
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(JSON.stringify({ type: 'hello', token: 'good' }));
  await new Promise((resolve) => socket.once('message', resolve));
  return socket;
}

describe('WebSocket heartbeat', () => {
  it('cuts a peer that stops answering pings and reports it gone', async () => {
    const { url, presence } = await hubWithPresence(50);
    await connect(url, false);
    await waitFor('silent peer cut', () => presence.some((p) => !p.open), { timeoutMs: 3_000 });
    expect(presence).toEqual([
      { subject: 'seat_test', open: true },
      { subject: 'seat_test', open: false },
    ]);
  });

  it('keeps a peer that answers pings', async () => {
    const { url, presence } = await hubWithPresence(50);
    const socket = await connect(url, true);
    let pings = 0;
    socket.on('ping', () => (pings += 1));
    await waitFor('several heartbeats', () => pings >= 5, { timeoutMs: 3_000 });
    expect(socket.readyState).toBe(WebSocket.OPEN);
    expect(presence).toEqual([{ subject: 'seat_test', open: true }]);
  });
});
