import type { z } from 'zod';
import { commands, type CommandInput, type CommandName, type CommandOutput } from '../../shared/commands';
import type { StudioEvent } from '../../shared/events';
import { describeZodError, errorWith, failWith, failZod, type AppErrorShape, type ErrorMessageId, type ErrorReason, type Result } from '../../shared/result';
import { ServerMessage, type ClientMessage, type CloseKind } from '../../shared/wire';
import { defaultBackoff, reconnectDelay, type BackoffOptions } from '../../shared/backoff';
import { Observable, type Readable } from './observable';
import { SOCKET_OPEN, type SocketConstructor, type SocketLike } from './socket';

export type Role = Extract<ServerMessage, { type: 'welcome' }>['role'];
export interface Welcome {
  role: Role;
  subject: string;
}

export type ConnectionState =
  | { status: 'connecting' }
  | { status: 'online'; role: Role; subject: string }
  /** `retryAt` is an epoch time in ms; when it has passed, the attempt is under way. */
  | { status: 'reconnecting'; attempt: number; retryAt: number }
  /** The browser reports no network, or the client was stopped: no attempts until that changes. */
  | { status: 'offline' }
  /**
   * The studio turned the token down (bad or revoked): retrying would not help. `reason` is the
   * English; `why` the same as a reason of the catalogs (show it through `refusalError`).
   */
  | { status: 'refused'; reason: string; why?: ErrorReason; kind?: CloseKind };

/** A refusal as an error, for `useLocalizeError`: worded in the page's language where its reason is known. */
export function refusalError(state: { reason: string; why?: ErrorReason }): AppErrorShape {
  return state.why ? { code: 'unauthorized', message: state.reason, reason: state.why } : { code: 'unauthorized', message: state.reason };
}

export interface StudioClientOptions {
  /** ws:// or wss:// URL of the studio's /ws endpoint. */
  url: string;
  token: string;
  WebSocket: SocketConstructor;
  requestTimeoutMs?: number;
  /** Time allowed from opening the socket to the welcome; a silent server is dropped and retried. */
  handshakeTimeoutMs?: number;
  backoff?: BackoffOptions;
  random?: () => number;
  /** Told about every incoming message that was dropped because it did not match the contract. */
  onInvalidMessage?: (problem: string) => void;
}

/** Close codes after which the server will not take this token again. */
const REFUSAL_CODES: ReadonlyMap<number, AppErrorShape> = new Map([
  [4401, errorWith('unauthorized', 'error.connection.unrecognised')],
  [4403, errorWith('unauthorized', 'error.connection.revoked')],
]);

interface PendingRequest {
  name: CommandName;
  resolve: (result: Result<unknown>) => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * The typed WebSocket client every page uses to talk to the core: hello, request/response by id,
 * events, and reconnection with backoff. It never queues commands while disconnected: a host's
 * click must not fire minutes later on information that has since changed.
 */
export class StudioClient {
  private readonly connection = new Observable<ConnectionState>({ status: 'offline' });
  readonly state: Readable<ConnectionState> = this.connection;

  private readonly eventListeners = new Set<(event: StudioEvent) => void>();
  private readonly welcomeListeners = new Set<(welcome: Welcome) => void>();
  private readonly pending = new Map<number, PendingRequest>();
  private readonly requestTimeoutMs: number;
  private readonly handshakeTimeoutMs: number;
  private readonly backoff: BackoffOptions;
  private readonly random: () => number;
  private readonly reportInvalid: (problem: string) => void;

  private socket: SocketLike | null = null;
  private welcomed = false;
  private closingReason: { reason: string; why?: ErrorReason } | null = null;
  private closingKind: CloseKind | null = null;
  private nextId = 1;
  private failedAttempts = 0;
  private started = false;
  private networkAvailable = true;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private handshakeTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: StudioClientOptions) {
    this.requestTimeoutMs = options.requestTimeoutMs ?? 10_000;
    this.handshakeTimeoutMs = options.handshakeTimeoutMs ?? 10_000;
    this.backoff = options.backoff ?? defaultBackoff;
    this.random = options.random ?? Math.random;
    this.reportInvalid = options.onInvalidMessage ?? ((problem) => console.warn(`[studio-client] ${problem}`));
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.connection.set({ status: 'connecting' });
    this.open();
  }

  /** Closes for good (page unload, component unmount). Pending commands fail. */
  stop(): void {
    this.started = false;
    this.clearTimers();
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      detach(socket);
      socket.close(1000, 'client stopped');
    }
    this.failPending('error.pageClosed');
    this.connection.set({ status: 'offline' });
  }

  /** Wire to the browser's online/offline events: no pointless retries while there is no network. */
  setNetworkAvailable(available: boolean): void {
    this.networkAvailable = available;
    if (!this.started) return;
    if (!available && this.connection.get().status !== 'online') {
      this.clearTimers();
      this.connection.set({ status: 'offline' });
    } else if (available && this.connection.get().status === 'offline' && !this.socket) {
      this.failedAttempts = 0;
      this.connection.set({ status: 'reconnecting', attempt: 1, retryAt: Date.now() });
      this.open();
    }
  }

  onEvent(listener: (event: StudioEvent) => void): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  /** Called after every successful hello, including after each reconnect (time to re-snapshot). */
  onWelcome(listener: (welcome: Welcome) => void): () => void {
    this.welcomeListeners.add(listener);
    return () => this.welcomeListeners.delete(listener);
  }

  command<N extends CommandName>(
    name: N,
    input: CommandInput<N>,
    options: { timeoutMs?: number } = {},
  ): Promise<Result<CommandOutput<N>>> {
    const checked = commands[name].input.safeParse(input);
    if (!checked.success) {
      return Promise.resolve(failZod('bad_request', checked.error));
    }
    const socket = this.socket;
    if (!socket || !this.welcomed || socket.readyState !== SOCKET_OPEN) {
      return Promise.resolve(failWith('unavailable', 'error.notConnected'));
    }
    const id = this.nextId++;
    const message: ClientMessage = { type: 'command', id, name, input: checked.data };
    return new Promise<Result<unknown>>((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolve(failWith('unavailable', 'error.noAnswer'));
      }, options.timeoutMs ?? this.requestTimeoutMs);
      this.pending.set(id, { name, resolve, timer });
      socket.send(JSON.stringify(message));
    }).then((result) => this.checkOutput(name, result));
  }

  private checkOutput<N extends CommandName>(name: N, result: Result<unknown>): Result<CommandOutput<N>> {
    if (!result.ok) return result;
    // The contract table pairs each name with its schema; TypeScript cannot follow a generic index.
    const schema = commands[name].output as unknown as z.ZodType<CommandOutput<N>>;
    const parsed = schema.safeParse(result.value);
    if (parsed.success) return { ok: true, value: parsed.data };
    this.reportInvalid(`result of ${name} does not match the contract: ${describeZodError(parsed.error).message}`);
    return failWith('internal', 'error.badAnswer');
  }

  private open(): void {
    this.clearTimers();
    this.welcomed = false;
    this.closingReason = null;
    this.closingKind = null;
    let socket: SocketLike;
    try {
      socket = new this.options.WebSocket(this.options.url);
    } catch (error) {
      this.started = false;
      const refusal = errorWith('unauthorized', 'error.connection.cannotOpen', { url: this.options.url, problem: String(error) });
      this.connection.set({ status: 'refused', ...refusedBy(refusal) });
      return;
    }
    this.socket = socket;
    this.handshakeTimer = setTimeout(() => socket.close(4000, 'handshake timeout'), this.handshakeTimeoutMs);
    socket.onopen = () => {
      const hello: ClientMessage = { type: 'hello', token: this.options.token };
      socket.send(JSON.stringify(hello));
    };
    socket.onmessage = (event) => {
      if (this.socket === socket) this.receive(event.data);
    };
    socket.onclose = (event) => {
      if (this.socket === socket) this.closed(event.code);
    };
    // Every error is followed by a close event; the close handler decides what happens next.
    socket.onerror = () => undefined;
  }

  private receive(data: unknown): void {
    if (typeof data !== 'string') {
      this.reportInvalid('dropped a binary message');
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      this.reportInvalid(`dropped a message that is not JSON: ${data.slice(0, 80)}`);
      return;
    }
    const parsed = ServerMessage.safeParse(json);
    if (!parsed.success) {
      this.reportInvalid(`dropped a message outside the contract: ${describeZodError(parsed.error).message}`);
      return;
    }
    const message = parsed.data;
    switch (message.type) {
      case 'welcome':
        this.welcome({ role: message.role, subject: message.subject });
        return;
      case 'closing':
        // The close frame that follows decides what happens; the reason is kept to show the person.
        this.closingReason = message.why ? { reason: message.reason, why: message.why } : { reason: message.reason };
        this.closingKind = message.kind ?? null;
        return;
      case 'result': {
        const request = this.pending.get(message.id);
        if (!request) return; // it already timed out; the caller has been told
        this.pending.delete(message.id);
        clearTimeout(request.timer);
        request.resolve(message.ok ? { ok: true, value: message.value } : { ok: false, error: message.error });
        return;
      }
      case 'event':
        if (!this.welcomed) return;
        for (const listener of [...this.eventListeners]) listener(message.event);
        return;
    }
  }

  private welcome(welcome: Welcome): void {
    if (this.handshakeTimer) clearTimeout(this.handshakeTimer);
    this.handshakeTimer = null;
    this.welcomed = true;
    this.failedAttempts = 0;
    this.connection.set({ status: 'online', ...welcome });
    for (const listener of [...this.welcomeListeners]) listener(welcome);
  }

  private closed(code: number): void {
    const socket = this.socket;
    if (socket) detach(socket);
    this.socket = null;
    this.clearTimers();
    this.failPending('error.connectionDropped');
    const refusal = REFUSAL_CODES.get(code);
    if (refusal !== undefined) {
      this.started = false;
      this.connection.set({ status: 'refused', ...(this.closingReason ?? refusedBy(refusal)), ...(this.closingKind ? { kind: this.closingKind } : {}) });
      return;
    }
    this.welcomed = false;
    if (!this.started) return;
    if (!this.networkAvailable) {
      this.connection.set({ status: 'offline' });
      return;
    }
    this.failedAttempts += 1;
    const delay = reconnectDelay(this.failedAttempts, this.backoff, this.random);
    this.connection.set({ status: 'reconnecting', attempt: this.failedAttempts, retryAt: Date.now() + delay });
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.open();
    }, delay);
  }

  private failPending(reason: ErrorMessageId): void {
    for (const [id, request] of this.pending) {
      clearTimeout(request.timer);
      this.pending.delete(id);
      request.resolve(failWith('unavailable', reason));
    }
  }

  private clearTimers(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.handshakeTimer) clearTimeout(this.handshakeTimer);
    this.retryTimer = null;
    this.handshakeTimer = null;
  }
}

function detach(socket: SocketLike): void {
  socket.onopen = null;
  socket.onmessage = null;
  socket.onclose = null;
  // Closing a socket that is still connecting reports an error; with no listener, ws would throw it.
  socket.onerror = () => undefined;
}

/** A refusal of this client's own (a close code, a socket that cannot open), as the state holds it. */
function refusedBy(error: AppErrorShape): { reason: string; why?: ErrorReason } {
  return error.reason ? { reason: error.message, why: error.reason } : { reason: error.message };
}
