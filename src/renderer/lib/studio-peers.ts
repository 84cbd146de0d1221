import { backoffDelay, type BackoffOptions } from '../../shared/backoff';
import type { IceServer, Seat, SignalData } from '../../shared/guests';
import type { PictureSize, StudioToGuestMessage } from '../../shared/peer-messages';
import { Observable, type Readable } from './observable';
import type { PictureDemand } from './picture-demand';
import { sizeToAsk } from './picture-size';
import { SizeAsker } from './size-asker';
import { SimplePeer, type SimplePeerSignal } from './simple-peer';

/**
 * The studio page's side of guest media: it calls every guest in the green room (one peer per
 * seat and guest page), receives their camera and microphone, and drops the peer the moment the
 * guest leaves or is replaced by a newer page, so no ghost tile stays behind. "Reconnect media"
 * replaces a stuck peer with a fresh one. With a picture demand, it tells each guest (over the
 * peer's data channel) the largest this page draws their picture, so the guest sends no more: a
 * growth at once, a shrink after a moment (a layout glide or a resize settles first). The guest
 * scales its encoder, so the change never renegotiates and the program never blinks.
 */
export type MediaState = 'connecting' | 'connected' | 'failed';

export interface SeatMedia {
  peerId: string;
  state: MediaState;
  stream: MediaStream | null;
  /**
   * Calls to this guest have failed and none has connected since: the two networks found no path
   * to each other (no TURN, a strict firewall). The page keeps calling (`retryBackoff`).
   */
  noPath: boolean;
  /** Failed calls in a row (0 once connected). */
  failures: number;
}

export interface StudioPeersOptions {
  send(seatId: string, peerId: string, data: SignalData): void;
  /** The host's camera and microphone to send to guests, if the host turned them on. */
  hostStream?: MediaStream | null;
  /** A call not connected after this long counts as failed. */
  connectTimeoutMs?: number;
  /** After a failed call, when the next one starts. */
  retryBackoff?: BackoffOptions;
  /** How large this page draws each stream (the page's one registry); without it guests send their full camera. */
  demand?: PictureDemand<MediaStream>;
  /** How long a smaller size waits before it is asked for. */
  shrinkAfterMs?: number;
}

const RETRY_BACKOFF: BackoffOptions = { baseMs: 2_000, maxMs: 20_000 };

interface Entry {
  peerId: string;
  presenceKey: string;
  peer: InstanceType<typeof SimplePeer>;
  timer: ReturnType<typeof setTimeout> | null;
  retry: ReturnType<typeof setTimeout> | null;
  /** Asks the guest on this peer for the size this page draws them at. */
  sizes: SizeAsker;
}

export class StudioPeers {
  private readonly entries = new Map<string, Entry>();
  private readonly mediaState = new Observable<ReadonlyMap<string, SeatMedia>>(new Map());
  readonly media: Readable<ReadonlyMap<string, SeatMedia>> = this.mediaState;
  private readonly tabId = randomId();
  private counter = 0;
  private hostStream: MediaStream | null;
  private iceServers: IceServer[] = [];
  /** Failed calls in a row per seat, kept across retries (the new call's entry starts where the last stopped). */
  private readonly failures = new Map<string, number>();

  private readonly stopDemand: () => void;

  constructor(private readonly options: StudioPeersOptions) {
    this.hostStream = options.hostStream ?? null;
    this.stopDemand = options.demand?.subscribe((stream) => this.demandChanged(stream)) ?? (() => undefined);
  }

  /** Brings the peers in line with the seats: one per guest in the green room, none for anyone else. */
  sync(seats: readonly Seat[]): void {
    const wanted = new Map(seats.filter((s) => s.present && s.stage !== 'ended' && s.presenceKey).map((s) => [s.id, s.presenceKey as string]));
    for (const [seatId, entry] of this.entries) {
      if (wanted.get(seatId) !== entry.presenceKey) this.drop(seatId, true);
    }
    for (const [seatId, presenceKey] of wanted) {
      if (!this.entries.has(seatId)) this.call(seatId, presenceKey);
    }
  }

  receive(seatId: string, peerId: string, data: SignalData): void {
    const entry = this.entries.get(seatId);
    if (!entry || entry.peerId !== peerId) return; // for an older peer of this seat: ignore
    if (data.type === 'bye') {
      this.drop(seatId, false);
      return;
    }
    entry.peer.signal(data as SimplePeerSignal);
  }

  /** Throws away a stuck connection and calls the guest again. */
  reconnect(seatId: string): void {
    const entry = this.entries.get(seatId);
    if (!entry) return;
    const { presenceKey } = entry;
    const failures = this.failures.get(seatId) ?? 0;
    this.drop(seatId, true);
    if (failures > 0) this.failures.set(seatId, failures);
    this.call(seatId, presenceKey);
  }

  /** STUN/TURN servers for the next calls (settings changed). */
  setIceServers(servers: IceServer[]): void {
    this.iceServers = servers;
  }

  /** The host turned their camera/microphone for guests on or off: every guest is called again. */
  setHostStream(stream: MediaStream | null): void {
    this.hostStream = stream;
    for (const [seatId, entry] of [...this.entries]) {
      this.drop(seatId, true);
      this.call(seatId, entry.presenceKey);
    }
  }

  destroy(): void {
    this.stopDemand();
    for (const seatId of [...this.entries.keys()]) this.drop(seatId, true);
  }

  private demandChanged(stream: MediaStream): void {
    for (const [seatId, entry] of this.entries) {
      if (this.mediaState.get().get(seatId)?.stream === stream) this.askSize(entry, stream);
    }
  }

  /** Brings the guest's sending size in line with what this page draws of their stream. */
  private askSize(entry: Entry, stream: MediaStream | null): void {
    const demand = this.options.demand;
    if (!demand || !stream || !entry.peer.connected) return;
    entry.sizes.ask(sizeToAsk(demand.sizesOf(stream)));
  }

  private tell(entry: Entry, size: PictureSize): boolean {
    const message: StudioToGuestMessage = { type: 'sendSize', size };
    try {
      entry.peer.send(JSON.stringify(message));
      return true;
    } catch {
      // The channel closed under us: the peer is going; its replacement asks afresh on connect.
      return false;
    }
  }

  private call(seatId: string, presenceKey: string): void {
    const peerId = `${this.tabId}-${++this.counter}`;
    const peer = new SimplePeer({
      initiator: true,
      trickle: true,
      ...(this.hostStream ? { stream: this.hostStream } : {}),
      offerOptions: { offerToReceiveAudio: true, offerToReceiveVideo: true },
      config: { iceServers: this.iceServers },
    });
    const entry: Entry = { peerId, presenceKey, peer, timer: null, retry: null, sizes: new SizeAsker((size) => this.tell(entry, size), this.options.shrinkAfterMs) };
    this.entries.set(seatId, entry);
    const failures = this.failures.get(seatId) ?? 0;
    this.set(seatId, { peerId, state: 'connecting', stream: null, noPath: failures > 0, failures });
    peer.on('signal', (data: SimplePeerSignal) => this.options.send(seatId, peerId, data as SignalData));
    const connected = (stream: MediaStream | null) => {
      if (this.entries.get(seatId) !== entry) return;
      this.failures.delete(seatId);
      this.set(seatId, { peerId, state: 'connected', stream, noPath: false, failures: 0 });
      this.askSize(entry, stream);
    };
    peer.on('stream', (stream: MediaStream) => connected(stream));
    peer.on('connect', () => {
      if (entry.timer) clearTimeout(entry.timer);
      connected(this.mediaState.get().get(seatId)?.stream ?? null);
    });
    const failed = () => {
      if (this.entries.get(seatId) !== entry || entry.retry) return;
      if (entry.timer) clearTimeout(entry.timer);
      const count = (this.failures.get(seatId) ?? 0) + 1;
      this.failures.set(seatId, count);
      this.set(seatId, { peerId, state: 'failed', stream: null, noPath: true, failures: count });
      // Keep calling: the guest may switch networks, or the host may set up TURN meanwhile.
      const delay = backoffDelay(count, this.options.retryBackoff ?? RETRY_BACKOFF);
      entry.retry = setTimeout(() => {
        if (this.entries.get(seatId) === entry) this.reconnect(seatId);
      }, delay);
    };
    peer.on('error', failed);
    peer.on('close', failed);
    entry.timer = setTimeout(() => {
      if (this.entries.get(seatId) === entry && this.mediaState.get().get(seatId)?.state !== 'connected') failed();
    }, this.options.connectTimeoutMs ?? 15_000);
  }

  private drop(seatId: string, tellGuest: boolean): void {
    const entry = this.entries.get(seatId);
    if (!entry) return;
    this.entries.delete(seatId);
    this.failures.delete(seatId);
    if (entry.timer) clearTimeout(entry.timer);
    if (entry.retry) clearTimeout(entry.retry);
    entry.sizes.dispose();
    if (tellGuest) this.options.send(seatId, entry.peerId, { type: 'bye' });
    entry.peer.destroy();
    const next = new Map(this.mediaState.get());
    next.delete(seatId);
    this.mediaState.set(next);
  }

  private set(seatId: string, media: SeatMedia): void {
    const next = new Map(this.mediaState.get());
    next.set(seatId, media);
    this.mediaState.set(next);
  }
}

function randomId(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
