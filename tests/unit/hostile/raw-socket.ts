import WebSocket from 'ws';
import type { ServerMessage } from '../../../src/shared/wire';

/** A bare WebSocket to the studio hub, for sending what no well-behaved client would. */
export interface RawSocket {
  messages: ServerMessage[];
  closed: Promise<{ code: number; reason: string }>;
  send(data: string | Buffer): void;
  /** Resolves with the first message matching, already received or still to come (or null once closed). */
  next(predicate: (m: ServerMessage) => boolean, timeoutMs?: number): Promise<ServerMessage | null>;
  close(): void;
}

export async function openRawSocket(baseUrl: string, options: { headers?: Record<string, string>; path?: string } = {}): Promise<RawSocket> {
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}${options.path ?? '/ws'}`, { headers: options.headers ?? {} });
  const messages: ServerMessage[] = [];
  const waiters = new Set<{ predicate: (m: ServerMessage) => boolean; resolve: (m: ServerMessage | null) => void }>();
  let isClosed = false;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.on('close', (code, reason) => {
      isClosed = true;
      for (const w of waiters) w.resolve(null);
      waiters.clear();
      resolve({ code, reason: reason.toString() });
    });
  });
  ws.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString()) as ServerMessage;
    messages.push(message);
    for (const w of [...waiters]) {
      if (w.predicate(message)) {
        waiters.delete(w);
        w.resolve(message);
      }
    }
  });
  ws.on('error', () => undefined);
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
  });
  return {
    messages,
    closed,
    send: (data) => ws.send(data),
    next: (predicate, timeoutMs = 5_000) => {
      const found = messages.find(predicate);
      if (found) return Promise.resolve(found);
      if (isClosed) return Promise.resolve(null);
      return new Promise((resolve) => {
        const waiter = { predicate, resolve };
        waiters.add(waiter);
        setTimeout(() => {
          if (waiters.delete(waiter)) resolve(null);
        }, timeoutMs).unref();
      });
    },
    close: () => ws.close(),
  };
}
