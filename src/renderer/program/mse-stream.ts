import { afterStall, relaxed, type EdgeTarget } from './edge-target';
import { liveEdgeAction } from './live-edge';

/**
 * One connection to the live WebM program, played through Media Source Extensions: the bytes are
 * read with fetch as they arrive and appended to a SourceBuffer, and the player is held near the
 * newest data (live-edge.ts, at the distance edge-target.ts learns). Lower latency than
 * `<video src>`, whose media pipeline buffers seconds ahead and cannot be told to stay at the edge.
 * Resolves when the stream ends (the studio restarted its recording) and rejects when it fails;
 * the caller reconnects.
 */
export interface MseStreamOptions {
  video: HTMLVideoElement;
  url: string;
  signal: AbortSignal;
  /** Called once the first picture can play. */
  onPlaying: () => void;
  /** Shared across reconnects: what the page learned about how far behind to play, and counters. */
  pacing: Pacing;
}

export interface Pacing {
  target: EdgeTarget;
  /** Underflows (the player ran dry while playing) and jumps made, for diagnostics. */
  stalls: number;
  jumps: number;
}

/** Seconds of already-played media kept in the SourceBuffer. */
const KEEP_BEHIND_S = 8;
/** A player that has not moved for this long with a second of data ahead is stuck: reconnect. */
const STALL_MS = 4_000;
/** The player is looked at this often even when no data arrives (a stall with the studio silent). */
const WATCH_MS = 200;
const HAVE_FUTURE_DATA = 3;

export function mseSupported(): boolean {
  return typeof MediaSource !== 'undefined' && typeof ReadableStream !== 'undefined';
}

export async function playMseStream({ video, url, signal, onPlaying, pacing }: MseStreamOptions): Promise<void> {
  const response = await fetch(url, { signal, cache: 'no-store' });
  if (!response.ok || !response.body) throw new Error(`The program stream answered ${response.status}.`);
  // The studio names the recording's codecs in the answer's type (`video/webm; codecs="vp8,opus"`).
  const mimeType = response.headers.get('content-type') ?? 'unknown';
  if (!MediaSource.isTypeSupported(mimeType) || !/codecs=/i.test(mimeType)) {
    void response.body.cancel().catch(() => undefined);
    throw new Error(`This browser cannot play the program (${mimeType}).`);
  }
  const reader = response.body.getReader();
  const source = new MediaSource();
  const objectUrl = URL.createObjectURL(source);
  video.src = objectUrl;
  const cleanups: (() => void)[] = [() => URL.revokeObjectURL(objectUrl), () => void reader.cancel().catch(() => undefined)];
  const listen = (type: string, handler: () => void) => {
    video.addEventListener(type, handler);
    cleanups.push(() => video.removeEventListener(type, handler));
  };
  try {
    await new Promise<void>((resolve, reject) => {
      source.addEventListener('sourceopen', () => resolve(), { once: true });
      signal.addEventListener('abort', () => reject(new DOMException('stopped', 'AbortError')), { once: true });
    });
    const buffer = source.addSourceBuffer(mimeType);
    let started = false;
    const queue: Uint8Array[] = [];

    let fail: (error: Error) => void = () => undefined;
    const failed = new Promise<never>((_, reject) => {
      fail = reject;
    });
    failed.catch(() => undefined);
    listen('error', () => fail(new Error(video.error?.message || 'The program could not be decoded.')));
    let lastTime = -1;
    let movedAt = performance.now();
    /** Playing resumed since the last jump: a later wait for data is an underflow, not the jump's own decoding. */
    let playedSinceJump = false;
    /** The current underflow has been counted (one target step per underflow). */
    let stallCounted = false;
    let seekStartedAt = performance.now();
    listen('seeking', () => (seekStartedAt = performance.now()));

    const keepLive = () => {
      if (buffer.updating || video.buffered.length === 0) return;
      const ranges = Array.from({ length: video.buffered.length }, (_, i) => ({ start: video.buffered.start(i), end: video.buffered.end(i) }));
      const end = video.buffered.end(video.buffered.length - 1);
      const now = performance.now();
      if (video.currentTime !== lastTime) {
        lastTime = video.currentTime;
        movedAt = now;
      } else if (now - movedAt > STALL_MS && end - video.currentTime > 1) {
        fail(new Error(`The player stalled at ${video.currentTime.toFixed(2)} s with data up to ${end.toFixed(2)} s.`));
        return;
      }
      const waiting = !video.seeking && video.readyState < HAVE_FUTURE_DATA;
      if (!video.seeking && !waiting) {
        playedSinceJump = true;
        stallCounted = false;
      }
      const stalled = playedSinceJump && waiting;
      if (stalled && !stallCounted) {
        stallCounted = true;
        pacing.stalls += 1;
        pacing.target = afterStall(pacing.target, now);
      }
      pacing.target = relaxed(pacing.target, now);
      const action = liveEdgeAction({
        currentTime: video.currentTime,
        ranges,
        playbackRate: video.playbackRate,
        seeking: video.seeking,
        seekingForMs: video.seeking ? now - seekStartedAt : 0,
        stalled,
        targetS: pacing.target.targetS,
      });
      if (action.seekTo !== null) {
        pacing.jumps += 1;
        playedSinceJump = false;
        seekStartedAt = now;
        video.currentTime = action.seekTo;
      }
      if (video.playbackRate !== action.playbackRate) video.playbackRate = action.playbackRate;
      if (video.paused) {
        void video.play().catch(() => {
          // Outside OBS, autoplay with sound may be refused: play muted rather than not at all.
          video.muted = true;
          void video.play().catch(() => undefined);
        });
      }
      if (!started && video.readyState >= 2) {
        started = true;
        onPlaying();
      }
      const oldest = video.buffered.start(0);
      if (video.currentTime - oldest > KEEP_BEHIND_S * 2) buffer.remove(oldest, video.currentTime - KEEP_BEHIND_S);
    };

    /** Everything that arrived while the last append ran goes in as one append: on a busy machine, fewer round trips. */
    const pump = () => {
      if (buffer.updating) return;
      if (queue.length === 0) {
        keepLive();
        return;
      }
      const parts = queue.splice(0);
      buffer.appendBuffer(concat(parts));
    };
    buffer.addEventListener('updateend', pump);
    const watch = setInterval(keepLive, WATCH_MS);
    cleanups.push(() => clearInterval(watch));
    listen('waiting', keepLive);

    for (;;) {
      const { done, value } = await Promise.race([reader.read(), failed]);
      if (done) break;
      queue.push(value);
      pump();
    }
  } finally {
    for (const cleanup of cleanups) cleanup();
  }
}

function concat(parts: Uint8Array[], length = parts.reduce((sum, part) => sum + part.length, 0)): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
