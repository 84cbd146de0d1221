import { reconnectDelay } from '../../shared/backoff';
import type { SignalData } from '../../shared/guests';
import { playWithoutDelay, SimplePeer, type SimplePeerSignal } from '../lib/simple-peer';
import type { StudioClient } from '../lib/studio-client';

/**
 * Plays the program over WebRTC from the studio page (lib/program-feed-sender.ts), on this
 * machine: the page offers to receive video and audio, the studio page answers with the composed
 * program, and the video element plays it with no buffer beyond WebRTC's own (asked to be as small
 * as it can). Signaling goes through the studio's hub with the program key. A peer that does not
 * connect in time, closes or fails is replaced after a short, growing delay; the page says what
 * it is waiting for. `onGiveUp` is called after `giveUpAfter` calls in a row the studio answered
 * but that found no path (the caller then plays the WebM stream instead).
 */
export interface WebRtcFeedOptions {
  video: HTMLVideoElement;
  client: StudioClient;
  /** True while there is no picture yet (the page says so in its own language), false once it plays. */
  waiting: (isWaiting: boolean) => void;
  onGiveUp?: () => void;
  giveUpAfter?: number;
  connectTimeoutMs?: number;
}

export interface WebRtcFeed {
  /** Diagnostics: whether a peer is connected, and calls made so far. */
  state(): { connected: boolean; attempts: number };
  stop(): void;
}

/** Loopback calls fail fast; a short ceiling keeps OBS's picture back within seconds of a fix. */
const RETRY_BACKOFF = { baseMs: 250, maxMs: 5_000 };

export function playWebRtcFeed(options: WebRtcFeedOptions): WebRtcFeed {
  const { video, client, waiting } = options;
  let peer: InstanceType<typeof SimplePeer> | null = null;
  let peerId = '';
  let answered = false;
  let connected = false;
  let attempts = 0;
  let unanswered = 0;
  let noPath = 0;
  let connectTimer: ReturnType<typeof setTimeout> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const clearTimers = () => {
    if (connectTimer) clearTimeout(connectTimer);
    if (retryTimer) clearTimeout(retryTimer);
    connectTimer = retryTimer = null;
  };

  const hangUp = (sayBye: boolean) => {
    clearTimers();
    const old = peer;
    peer = null;
    connected = false;
    if (!old) return;
    if (sayBye) void client.command('programFeed.watch', { peerId, data: { type: 'bye' } });
    old.destroy();
  };

  const retry = () => {
    if (stopped) return;
    const wasAnswered = answered;
    hangUp(true);
    if (wasAnswered) noPath += 1;
    else unanswered += 1;
    if (noPath >= (options.giveUpAfter ?? 3) && options.onGiveUp) {
      stop();
      options.onGiveUp();
      return;
    }
    waiting(true);
    retryTimer = setTimeout(call, reconnectDelay(unanswered + noPath, RETRY_BACKOFF, Math.random));
  };

  function call(): void {
    clearTimers();
    if (stopped || client.state.get().status !== 'online') return;
    attempts += 1;
    answered = false;
    peerId = `pf_${crypto.randomUUID().replaceAll('-', '')}`;
    const current = new SimplePeer({
      initiator: true,
      trickle: true,
      config: { iceServers: [] },
      offerOptions: { offerToReceiveAudio: true, offerToReceiveVideo: true },
    });
    peer = current;
    const ownId = peerId;
    current.on('signal', (data: SimplePeerSignal) => void client.command('programFeed.watch', { peerId: ownId, data: data as SignalData }));
    current.on('stream', (stream: MediaStream) => {
      video.srcObject = stream;
      void video.play().catch(() => undefined);
    });
    current.on('connect', () => {
      if (peer !== current) return;
      if (connectTimer) clearTimeout(connectTimer);
      connectTimer = null;
      connected = true;
      unanswered = noPath = 0;
      playWithoutDelay(current);
      waiting(false);
    });
    current.on('close', () => peer === current && retry());
    current.on('error', () => peer === current && retry());
    connectTimer = setTimeout(() => peer === current && retry(), options.connectTimeoutMs ?? 10_000);
  }

  const stopEvents = client.onEvent((event) => {
    if (event.type !== 'programFeed.toWatcher' || event.peerId !== peerId || !peer) return;
    if (event.data.type === 'bye') {
      retry();
      return;
    }
    answered = true;
    peer.signal(event.data as SimplePeerSignal);
  });
  // Every (re)connection to the studio starts a fresh call: the old peer's studio side may be gone.
  const stopWelcome = client.onWelcome(() => {
    hangUp(false);
    call();
  });
  const bye = () => hangUp(true);
  window.addEventListener('pagehide', bye);
  waiting(true);

  function stop(): void {
    stopped = true;
    hangUp(true);
    stopEvents();
    stopWelcome();
    window.removeEventListener('pagehide', bye);
    video.srcObject = null;
  }

  return { state: () => ({ connected, attempts }), stop };
}
