import type { IceServer, Seat, SignalData } from '../../shared/guests';
import { Observable, type Readable } from './observable';
import { SimplePeer, type SimplePeerSignal } from './simple-peer';

/**
 * The studio page's side of guest media: it calls every guest in the green room (one peer per
 * seat and guest page), receives their camera and microphone, and drops the peer the moment the
 * guest leaves or is replaced by a newer page, so no ghost tile stays behind. "Reconnect media"
 * replaces a stuck peer with a fresh one.
 */
export type MediaState = 'connecting' | 'connected' | 'failed';

export interface SeatMedia {
  peerId: string;
  state: MediaState;
  stream: MediaStream | null;
}

export interface StudioPeersOptions {
  send(seatId: string, peerId: string, data: SignalData): void;
  /** The host's camera and microphone to send to guests, if the host turned them on. */
  hostStream?: MediaStream | null;
  /** A stuck peer (not connected after this long) is replaced by itself. */
  connectTimeoutMs?: number;
}

interface Entry {
  peerId: string;
  presenceKey: string;
  peer: InstanceType<typeof SimplePeer>;
  timer: ReturnType<typeof setTimeout> | null;
}

export class StudioPeers {
  private readonly entries = new Map<string, Entry>();
  private readonly mediaState = new Observable<ReadonlyMap<string, SeatMedia>>(new Map());
  readonly media: Readable<ReadonlyMap<string, SeatMedia>> = this.mediaState;
  private readonly tabId = randomId();
  private counter = 0;
  private hostStream: MediaStream | null;
  private iceServers: IceServer[] = [];

  constructor(private readonly options: StudioPeersOptions) {
    this.hostStream = options.hostStream ?? null;
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
    this.drop(seatId, true);
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
    for (const seatId of [...this.entries.keys()]) this.drop(seatId, true);
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
    const entry: Entry = { peerId, presenceKey, peer, timer: null };
    this.entries.set(seatId, entry);
    this.set(seatId, { peerId, state: 'connecting', stream: null });
    peer.on('signal', (data: SimplePeerSignal) => this.options.send(seatId, peerId, data as SignalData));
    peer.on('stream', (stream: MediaStream) => {
      if (this.entries.get(seatId) === entry) this.set(seatId, { peerId, state: 'connected', stream });
    });
    peer.on('connect', () => {
      if (entry.timer) clearTimeout(entry.timer);
      const current = this.mediaState.get().get(seatId);
      if (this.entries.get(seatId) === entry) this.set(seatId, { peerId, state: 'connected', stream: current?.stream ?? null });
    });
    const failed = () => {
      if (this.entries.get(seatId) !== entry) return;
      this.set(seatId, { peerId, state: 'failed', stream: null });
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
    if (entry.timer) clearTimeout(entry.timer);
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
