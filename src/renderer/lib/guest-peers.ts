import type { IceServer, SignalData } from '../../shared/guests';
import { parseStudioToGuestMessage, type PictureSize } from '../../shared/peer-messages';
import { Observable, type Readable } from './observable';
import { scaleDownToCover } from './picture-size';
import { connectionOf, SimplePeer, type SimplePeerSignal } from './simple-peer';
import { setVideoSending } from './video-sending';

/**
 * The guest page's side of the media: one peer connection per studio page that calls (the studio
 * initiates; a host with two studio windows gets two). Framework-free: the page feeds it the
 * studio's signals and sends what it emits; `connected` says whether media reaches any studio.
 * Video can be paused at this end (`setVideoSending`): further back in the green room line the
 * studio does not show the guest's picture, so the page does not encode it. Each studio page says
 * over its data channel how large it draws the picture (`sendSize`); that peer's video is then
 * scaled down to cover it and no more.
 */
/**
 * Whether media can reach the studio: `idle` (no studio page calling), `connecting`, `connected`,
 * or `no_path`: calls came but none connected for `noPathAfterMs`, or ICE gave up (the networks
 * found no way to each other: no TURN, or a firewall). The studio keeps calling; so the page keeps
 * saying so until a call connects.
 */
export type MediaPath = 'idle' | 'connecting' | 'connected' | 'no_path';

export interface GuestPeersOptions {
  stream: MediaStream;
  /** The servers for each new peer (a function: TURN credentials are refreshed while the page is open). */
  iceServers: IceServer[] | (() => IceServer[]);
  /** How long calls may try without connecting before the page says no path was found. */
  noPathAfterMs?: number;
  send(peerId: string, data: SignalData): void;
  /** Whether to send video from the start (the core's `GuestView.pictureLive`). */
  videoSending: boolean;
  /** A pause or resume the browser refused (reported, never thrown). */
  onVideoError?(error: unknown): void;
}

export class GuestPeers {
  private readonly peers = new Map<string, InstanceType<typeof SimplePeer>>();
  private readonly connectedPeers = new Set<string>();
  /** Peers this page closed: late signals for them are ignored rather than reopening them. */
  private readonly closed = new Set<string>();
  private readonly connectedState = new Observable<boolean>(false);
  private readonly hostStreamState = new Observable<MediaStream | null>(null);
  readonly connected: Readable<boolean> = this.connectedState;
  private readonly pathState = new Observable<MediaPath>('idle');
  readonly path: Readable<MediaPath> = this.pathState;
  /** Since when calls have been trying without any connecting (null: not trying, or connected). */
  private tryingSince: ReturnType<typeof setTimeout> | null = null;
  private iceGaveUp = false;
  /** The host's camera and microphone, when the studio sends them (talking backstage). */
  readonly hostStream: Readable<MediaStream | null> = this.hostStreamState;
  private videoSending: boolean;
  /** One sender update at a time per peer: setParameters refuses overlapping transactions. */
  private readonly videoUpdates = new Map<string, Promise<void>>();
  /** Per studio page: the largest it draws this picture (none said: the camera as captured). */
  private readonly drawnSizes = new Map<string, PictureSize>();

  constructor(private readonly options: GuestPeersOptions) {
    this.videoSending = options.videoSending;
  }

  /** Sends (true) or pauses (false) the camera's video to every studio page; sound and preview go on. */
  setVideoSending(sending: boolean): void {
    if (sending === this.videoSending) return;
    this.videoSending = sending;
    for (const peerId of this.peers.keys()) this.applyVideo(peerId);
  }

  receive(peerId: string, data: SignalData): void {
    if (this.closed.has(peerId)) return;
    if (data.type === 'bye') {
      this.drop(peerId);
      return;
    }
    let peer = this.peers.get(peerId);
    if (!peer) {
      if (data.type !== 'offer') return; // a candidate for a peer that is gone or not started yet
      peer = this.open(peerId);
    }
    peer.signal(data as SimplePeerSignal);
  }

  /** Leaving: tells every studio page and closes every connection. */
  closeAll(): void {
    for (const peerId of [...this.peers.keys()]) {
      this.options.send(peerId, { type: 'bye' });
      this.drop(peerId);
    }
    this.stopTrying();
    this.pathState.set('idle');
  }

  private open(peerId: string) {
    const { iceServers } = this.options;
    const peer = new SimplePeer({
      initiator: false,
      stream: this.options.stream,
      trickle: true,
      config: { iceServers: typeof iceServers === 'function' ? iceServers() : iceServers },
    });
    this.startTrying();
    this.peers.set(peerId, peer);
    // Before the studio's offer is answered, so a paused picture never starts encoding at all.
    this.applyVideo(peerId);
    peer.on('signal', (data: SimplePeerSignal) => this.options.send(peerId, data as SignalData));
    peer.on('connect', () => {
      this.connectedPeers.add(peerId);
      this.update();
    });
    peer.on('stream', (stream: MediaStream) => this.hostStreamState.set(stream));
    peer.on('data', (data: unknown) => {
      const message = parseStudioToGuestMessage(data);
      if (message?.type !== 'sendSize') return;
      this.drawnSizes.set(peerId, message.size);
      this.applyVideo(peerId);
    });
    peer.on('close', () => this.drop(peerId));
    peer.on('error', (error: Error & { code?: string }) => {
      // simple-peer's name for ICE state "failed": no candidate pair worked.
      if (error.code === 'ERR_ICE_CONNECTION_FAILURE' && this.connectedPeers.size === 0) this.iceGaveUp = true;
      this.drop(peerId);
    });
    return peer;
  }

  private drop(peerId: string): void {
    const peer = this.peers.get(peerId);
    this.peers.delete(peerId);
    this.closed.add(peerId);
    this.connectedPeers.delete(peerId);
    this.videoUpdates.delete(peerId);
    this.drawnSizes.delete(peerId);
    peer?.destroy();
    if (this.peers.size === 0) this.hostStreamState.set(null);
    this.update();
  }

  /** Brings the peer's video sender to the latest wish (queued behind any update in flight). */
  private applyVideo(peerId: string): void {
    const previous = this.videoUpdates.get(peerId) ?? Promise.resolve();
    const next = previous.then(async () => {
      const peer = this.peers.get(peerId);
      const connection = peer ? connectionOf(peer) : undefined;
      if (connection) await setVideoSending(connection, { sending: this.videoSending, scaleDownBy: this.scaleFor(peerId) });
    });
    const settled = next.catch((error: unknown) => this.options.onVideoError?.(error));
    this.videoUpdates.set(peerId, settled);
  }

  /** How much to scale the camera down for this studio page: enough to cover what it draws. */
  private scaleFor(peerId: string): number {
    const drawn = this.drawnSizes.get(peerId);
    const settings = this.options.stream.getVideoTracks()[0]?.getSettings();
    if (!drawn || !settings?.width || !settings.height) return 1;
    return scaleDownToCover({ width: settings.width, height: settings.height }, drawn);
  }

  private update(): void {
    const connected = this.connectedPeers.size > 0;
    this.connectedState.set(connected);
    if (connected) {
      this.stopTrying();
      this.pathState.set('connected');
    } else if (this.iceGaveUp) this.pathState.set('no_path');
    else if (this.tryingSince === null) this.pathState.set('idle');
    else if (this.pathState.get() !== 'no_path') this.pathState.set('connecting');
  }

  /** The no-path clock runs across the studio's retries: a new call does not reset it, a connection does. */
  private startTrying(): void {
    if (this.connectedPeers.size > 0 || this.tryingSince !== null) return;
    this.tryingSince = setTimeout(() => {
      if (this.connectedPeers.size === 0) this.pathState.set('no_path');
    }, this.options.noPathAfterMs ?? 20_000);
    if (this.pathState.get() !== 'no_path') this.pathState.set('connecting');
  }

  private stopTrying(): void {
    if (this.tryingSince !== null) clearTimeout(this.tryingSince);
    this.tryingSince = null;
    this.iceGaveUp = false;
  }
}
