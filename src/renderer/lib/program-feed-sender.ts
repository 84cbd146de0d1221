import type { SignalData } from '../../shared/guests';
import { connectionOf, SimplePeer, type SimplePeerSignal } from './simple-peer';

/**
 * The studio page's side of the program feed over WebRTC: each program page (OBS's browser
 * source) offers to receive; this answers with the composed program (video and the mix) on a
 * peer of its own. Nothing is buffered beyond WebRTC's jitter buffer, and no recorder runs: the
 * picture goes straight from the canvas to the page. A page that goes away (bye, a closed or
 * failed connection) loses its peer; a stream whose tracks change is swapped in without a
 * renegotiation. Framework-free (the studio page wires it to the hub in ProgramContext).
 */
export interface ProgramFeedSenderOptions {
  send(peerId: string, data: SignalData): void;
  /** The live program (a canvas capture and the mixer's output), asked for when a page arrives. */
  stream(): MediaStream;
  /** How many pages are watching: the compositor keeps drawing while any is. */
  onWatchers?(count: number): void;
  /** The program key's holders are OBS and the host; still, a page cannot open peers without end. */
  maxWatchers?: number;
}

const MAX_WATCHERS = 4;

export class ProgramFeedSender {
  private readonly peers = new Map<string, InstanceType<typeof SimplePeer>>();

  constructor(private readonly options: ProgramFeedSenderOptions) {}

  get watchers(): number {
    return this.peers.size;
  }

  handle(peerId: string, data: SignalData): void {
    const existing = this.peers.get(peerId);
    if (data.type === 'bye') {
      if (existing) this.drop(peerId, existing);
      return;
    }
    if (existing) {
      existing.signal(data as SimplePeerSignal);
      return;
    }
    // A page starts with its offer; anything else is left over from a peer already gone.
    if (data.type !== 'offer') return;
    if (this.peers.size >= (this.options.maxWatchers ?? MAX_WATCHERS)) this.dropOldest();
    const peer = new SimplePeer({ initiator: false, trickle: true, stream: this.options.stream(), config: { iceServers: [] } });
    this.peers.set(peerId, peer);
    peer.on('signal', (signal: SimplePeerSignal) => this.options.send(peerId, signal as SignalData));
    peer.on('close', () => this.drop(peerId, peer));
    peer.on('error', () => this.drop(peerId, peer));
    this.options.onWatchers?.(this.peers.size);
    peer.signal(data);
  }

  /** The program's tracks changed (a new capture after a size change): every page gets the new ones. */
  replaceStream(stream: MediaStream): void {
    for (const peer of this.peers.values()) {
      const connection = connectionOf(peer);
      if (!connection) continue;
      for (const sender of connection.getSenders()) {
        const kind = sender.track?.kind;
        const next = kind === 'audio' ? stream.getAudioTracks()[0] : kind === 'video' ? stream.getVideoTracks()[0] : undefined;
        if (next && next !== sender.track) void sender.replaceTrack(next).catch(() => undefined);
      }
    }
  }

  dispose(): void {
    for (const [peerId, peer] of [...this.peers]) {
      this.options.send(peerId, { type: 'bye' });
      this.drop(peerId, peer);
    }
  }

  private dropOldest(): void {
    const [peerId, peer] = this.peers.entries().next().value ?? [];
    if (peerId && peer) this.drop(peerId, peer);
  }

  private drop(peerId: string, peer: InstanceType<typeof SimplePeer>): void {
    if (this.peers.get(peerId) !== peer) return;
    this.peers.delete(peerId);
    peer.destroy();
    this.options.onWatchers?.(this.peers.size);
  }
}
