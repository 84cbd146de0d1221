/**
 * The slice of the WebSocket API the studio client uses. The browser's WebSocket and the `ws`
 * package's both fit, so tests under Node inject `ws` and the pages pass `window.WebSocket`.
 */

// Handlers are declared as methods so their parameters compare bivariantly: both the DOM's and ws's
// richer event types are accepted without casts.
type Handler<E> = { bivarianceHack(event: E): void }['bivarianceHack'];

export interface SocketLike {
  readonly readyState: number;
  onopen: Handler<unknown> | null;
  onmessage: Handler<{ data: unknown }> | null;
  onclose: Handler<{ code: number; reason: string }> | null;
  onerror: Handler<unknown> | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export type SocketConstructor = new (url: string) => SocketLike;

export const SOCKET_OPEN = 1;

/** ws:// or wss:// for the studio's /ws endpoint, following the page's (or server's) protocol. */
export function webSocketUrl(baseUrl: string): string {
  const url = new URL('/ws', baseUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}
