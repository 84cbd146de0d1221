import type { AddressInfo } from 'node:net';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { StudioEvent } from '../../../src/shared/events';
import type { AppErrorShape, ErrorReason } from '../../../src/shared/result';

/**
 * A real WebSocket server on 127.0.0.1 speaking the studio's wire protocol, with scriptable command
 * handlers, for testing the browser client under Node.
 */
export type CommandHandler = (input: unknown) => { ok: true; value: unknown } | { ok: false; error: AppErrorShape } | 'no-answer';

export interface FakeStudio {
  url: string;
  /** Every parsed message each connection sent, in order of connection. */
  received: unknown[][];
  handlers: Map<string, CommandHandler>;
  connectionCount(): number;
  openSockets(): WebSocket[];
  broadcast(event: StudioEvent): void;
  sendRaw(data: string): void;
  /** Cuts every connection without a close handshake, like a crash or a network drop. */
  dropAll(): void;
  close(): Promise<void>;
}

/** `refusal`: what an unknown token is told (`closing`), its reason too if given; the hub's own words otherwise. */
export async function startFakeStudio(options: { tokens: Record<string, 'host' | 'viewer'>; refusal?: { reason: string; why?: ErrorReason } }): Promise<FakeStudio> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0, path: '/ws' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const received: unknown[][] = [];
  const handlers = new Map<string, CommandHandler>();
  const welcomed = new Set<WebSocket>();

  server.on('connection', (socket) => {
    const log: unknown[] = [];
    received.push(log);
    socket.on('message', (data) => {
      const message = JSON.parse(rawText(data)) as { type: string; token?: string; id?: number; name?: string; input?: unknown };
      log.push(message);
      if (message.type === 'hello') {
        const role = message.token ? options.tokens[message.token] : undefined;
        if (!role) {
          socket.send(JSON.stringify({ type: 'closing', ...(options.refusal ?? { reason: 'That studio link is not valid any more.' }) }));
          socket.close(4401, 'bad token');
          return;
        }
        welcomed.add(socket);
        socket.send(JSON.stringify({ type: 'welcome', role, subject: role === 'host' ? 'host' : 'pur_seat000001' }));
        return;
      }
      if (message.type === 'command' && message.name !== undefined && message.id !== undefined) {
        const handler = handlers.get(message.name);
        const answer = handler ? handler(message.input) : { ok: false as const, error: { code: 'not_found' as const, message: 'no such command' } };
        if (answer === 'no-answer') return;
        socket.send(JSON.stringify({ type: 'result', id: message.id, ...answer }));
      }
    });
    socket.on('close', () => welcomed.delete(socket));
  });

  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}/ws`,
    received,
    handlers,
    connectionCount: () => received.length,
    openSockets: () => [...welcomed],
    broadcast(event) {
      for (const socket of welcomed) socket.send(JSON.stringify({ type: 'event', event }));
    },
    sendRaw(data) {
      for (const socket of welcomed) socket.send(data);
    },
    dropAll() {
      for (const socket of server.clients) socket.terminate();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of server.clients) socket.terminate();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString();
  return data instanceof ArrayBuffer ? Buffer.from(new Uint8Array(data)).toString() : data.toString();
}

/** Waits until `condition` holds, checking often; fails with `what` after the timeout. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
