import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { commands, CommandName } from '../../../shared/commands';
import type { StudioEvent } from '../../../shared/events';
import { errorWith, zodErrorShape, type AppErrorShape } from '../../../shared/result';
import type { ReceiptView } from '../../../shared/store-api';
import { ClientMessage, MAX_WS_MESSAGE_BYTES, type CloseKind, type ServerMessage } from '../../../shared/wire';
import { routeGuestEvent } from '../auth/guest-events';
import { moderatorEvent } from '../auth/moderator-view';
import { overlayEvent } from '../auth/overlay-view';
import { isAllowed, receivesStudioEvents } from '../auth/policy';
import type { Principal } from '../auth/principal';
import type { EventBus } from '../bus';
import type { Logger } from '../log';
import { storageFault } from '../store/storage-faults';
import type { StorageHealth } from '../store/storage-health';
import type { CommandHandlers } from '../commands/handler-types';
import { countWrongToken, refuseGuessers, type TokenGuard } from './token-guard';

/**
 * The one WebSocket endpoint every UI uses. A connection proves who it is with its first message,
 * then sends commands (authorized by the policy table, validated by the contract) and receives
 * the events its role may see.
 */
export interface HubDeps {
  /** A principal, or a refusal with the reason to show (a revoked or expired link), or null. */
  authenticate(token: string): Principal | { refused: AppErrorShape } | null;
  /** Told when an authenticated connection opens and when it closes (who is connected). */
  onPresence?(principal: Principal, open: boolean): void;
  handlers: CommandHandlers;
  bus: EventBus;
  log: Logger;
  /** Whether a browser page at `origin`, asking for `host`, may open the socket (see origin-policy.ts). */
  isAllowedOrigin(origin: string, host: string | undefined): boolean;
  receiptFor(principal: Principal): ReceiptView | null;
  helloTimeoutMs?: number;
  commandsPerSecond?: number;
  /**
   * Ping interval. A peer that has not answered the previous ping is cut, so a guest whose network
   * dropped silently (no TCP close) is seen as gone within two intervals and their clock pauses.
   */
  heartbeatMs?: number;
  /** Told when a command failed because the database could not be written (a lock, a full disk). */
  storage?: Pick<StorageHealth, 'failed'>;
}

export const CLOSE_BAD_TOKEN = 4401;
export const CLOSE_FORBIDDEN_ORIGIN = 4403;
export const CLOSE_PROTOCOL = 4400;

export interface Hub {
  /** Cuts every connection of a subject now (a revoked moderator, a refunded viewer), telling the page why. */
  disconnect(subject: string, reason: AppErrorShape, kind?: CloseKind): void;
  connectionCount(): number;
}

export function registerWebSocketHub(app: FastifyInstance, deps: HubDeps, guard: TokenGuard): Hub {
  const live = new Set<{ socket: WebSocket; principal: Principal | null; alive: boolean }>();
  const heartbeat = setInterval(() => {
    for (const connection of live) {
      if (!connection.alive) {
        connection.socket.terminate();
        continue;
      }
      connection.alive = false;
      connection.socket.ping();
    }
  }, deps.heartbeatMs ?? 15_000);
  heartbeat.unref();
  app.addHook('onClose', (_instance, done) => {
    clearInterval(heartbeat);
    done();
  });

  // A client that has tried too many wrong tokens (guessing join or invite links) gets 429 instead of a socket.
  app.get('/ws', { websocket: true, preValidation: refuseGuessers(guard) }, (socket: WebSocket, request: FastifyRequest) => {
    const origin = request.headers.origin;
    if (origin !== undefined && !deps.isAllowedOrigin(origin, request.headers.host)) {
      send(socket, closing(errorWith('forbidden', 'error.connection.originRefused')));
      socket.close(CLOSE_FORBIDDEN_ORIGIN, 'origin not allowed');
      return;
    }
    const connection: { socket: WebSocket; principal: Principal | null; alive: boolean } = { socket, principal: null, alive: true };
    live.add(connection);
    socket.on('pong', () => {
      connection.alive = true;
    });
    let unsubscribe: (() => void) | null = null;
    const bucket = tokenBucket(deps.commandsPerSecond ?? 20);
    const helloTimer = setTimeout(() => {
      if (!connection.principal) socket.close(CLOSE_BAD_TOKEN, 'no hello');
    }, deps.helloTimeoutMs ?? 10_000);

    socket.on('close', () => {
      clearTimeout(helloTimer);
      unsubscribe?.();
      live.delete(connection);
      if (connection.principal) deps.onPresence?.(connection.principal, false);
    });

    socket.on('message', (data, isBinary) => {
      // Cut (revoked) or closing: nothing more from this socket is acted on.
      if (socket.readyState !== socket.OPEN) return;
      const text = isBinary ? null : rawText(data);
      const parsed = text === null ? null : safeJson(text);
      const message = parsed === undefined ? null : ClientMessage.safeParse(parsed);
      if (!message?.success) {
        // For whoever writes a client: the page reconnects after 4400 and never shows it.
        send(socket, { type: 'closing', reason: 'Malformed message.' });
        socket.close(CLOSE_PROTOCOL, 'malformed message');
        return;
      }
      const msg = message.data;
      if (msg.type === 'hello') {
        if (connection.principal) return; // a second hello changes nothing
        const principal = deps.authenticate(msg.token);
        if (!principal || 'refused' in principal) {
          const refusal = countWrongToken(guard, request) ?? principal?.refused ?? errorWith('unauthorized', 'error.connection.linkInvalid');
          send(socket, closing(refusal));
          socket.close(CLOSE_BAD_TOKEN, 'bad token');
          return;
        }
        clearTimeout(helloTimer);
        connection.principal = principal;
        send(socket, { type: 'welcome', role: principal.role, subject: principal.subject });
        unsubscribe = deps.bus.subscribe((event) => forward(connection, event));
        deps.onPresence?.(principal, true);
        if (principal.role === 'viewer') {
          const receipt = deps.receiptFor(principal);
          if (receipt) send(socket, { type: 'event', event: { type: 'receipt.updated', receipt } });
        }
        return;
      }
      const principal = connection.principal;
      if (!principal) {
        replyError(socket, msg.id, errorWith('unauthorized', 'error.helloFirst'));
        return;
      }
      if (!bucket()) {
        replyError(socket, msg.id, errorWith('rate_limited', 'error.tooManyCommands'));
        return;
      }
      void runCommand(socket, principal, msg.id, msg.name, msg.input);
    });
  });

  const forward = (connection: { socket: WebSocket; principal: Principal | null }, event: StudioEvent) => {
    const principal = connection.principal;
    if (!principal) return;
    const guestRouted = routeGuestEvent(principal, event);
    if (guestRouted !== undefined) {
      if (guestRouted) send(connection.socket, { type: 'event', event: guestRouted });
      return;
    }
    if (principal.role === 'moderator') {
      const visible = moderatorEvent(event);
      if (visible) send(connection.socket, { type: 'event', event: visible });
      return;
    }
    if (principal.role === 'overlay') {
      const visible = overlayEvent(event);
      if (visible) send(connection.socket, { type: 'event', event: visible });
      return;
    }
    if (receivesStudioEvents(principal.role)) {
      if (event.type !== 'receipt.updated' && event.type !== 'overlay.state' && event.type !== 'programFeed.toWatcher') send(connection.socket, { type: 'event', event });
      return;
    }
    if (principal.role !== 'viewer') return;
    const forThisReceipt =
      (event.type === 'purchase.upserted' && event.purchase.id === principal.purchaseId) ||
      (event.type === 'selfies.updated' && event.purchaseId === principal.purchaseId);
    if (forThisReceipt) {
      const receipt = deps.receiptFor(principal);
      if (receipt) send(connection.socket, { type: 'event', event: { type: 'receipt.updated', receipt } });
    }
  };

  const runCommand = async (socket: WebSocket, principal: Principal, id: number, rawName: string, rawInput: unknown) => {
    const name = CommandName.safeParse(rawName);
    if (!name.success) {
      // The name is not repeated back: whatever a client put there (a token, say) never comes back in an answer.
      replyError(socket, id, errorWith('not_found', 'error.unknownCommand'));
      return;
    }
    if (!isAllowed(principal.role, name.data)) {
      replyError(socket, id, errorWith('forbidden', 'error.forbiddenCommand', { role: principal.role, command: name.data }));
      return;
    }
    const input = commands[name.data].input.safeParse(rawInput);
    if (!input.success) {
      replyError(socket, id, zodErrorShape('bad_request', input.error));
      return;
    }
    try {
      const handler = deps.handlers[name.data] as (input: unknown, principal: Principal) => unknown;
      const result = (await handler(input.data, principal)) as { ok: true; value: unknown } | { ok: false; error: AppErrorShape };
      if (result.ok) send(socket, { type: 'result', id, ok: true, value: result.value });
      else replyError(socket, id, result.error);
    } catch (error) {
      const fault = deps.storage?.failed(error, name.data) ?? storageFault(error);
      if (fault) {
        // Its transaction rolled back: say which command, why, and that nothing changed.
        deps.log.warn('command not saved', { command: name.data, code: fault.code });
        replyError(socket, id, errorWith('unavailable', 'error.commandNotSaved', { command: name.data, state: fault.state, code: fault.code }));
        return;
      }
      deps.log.error('command failed', { command: name.data, error });
      replyError(socket, id, errorWith('internal', 'error.internal'));
    }
  };

  return {
    disconnect(subject, reason, kind = 'revoked') {
      for (const connection of live) {
        if (connection.principal?.subject !== subject) continue;
        send(connection.socket, closing(reason, kind));
        connection.socket.close(CLOSE_BAD_TOKEN, 'revoked');
      }
    },
    connectionCount: () => live.size,
  };
}

/** The `closing` message for a refusal: its English, and its reason for the page to word. */
function closing(refusal: AppErrorShape, kind?: CloseKind): ServerMessage {
  return { type: 'closing', reason: refusal.message, ...(refusal.reason ? { why: refusal.reason } : {}), ...(kind ? { kind } : {}) };
}

function send(socket: WebSocket, message: ServerMessage): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
}

function replyError(socket: WebSocket, id: number, error: AppErrorShape): void {
  send(socket, { type: 'result', id, ok: false, error });
}

function rawText(data: unknown): string | null {
  if (Buffer.isBuffer(data)) return data.length > MAX_WS_MESSAGE_BYTES ? null : data.toString('utf8');
  if (Array.isArray(data)) return rawText(Buffer.concat(data as Buffer[]));
  if (data instanceof ArrayBuffer) return rawText(Buffer.from(data));
  return null;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Allows `perSecond` commands a second with a burst of twice that; refuses beyond. */
function tokenBucket(perSecond: number): () => boolean {
  let tokens = perSecond * 2;
  let last = Date.now();
  return () => {
    const now = Date.now();
    tokens = Math.min(perSecond * 2, tokens + ((now - last) / 1000) * perSecond);
    last = now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}
