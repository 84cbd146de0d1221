import { backoffDelay } from '../../shared/backoff';
import { startTarget } from './edge-target';
import { mseSupported, playMseStream, type Pacing } from './mse-stream';

/**
 * Plays the live WebM program in a video element and keeps it playing: through Media Source
 * Extensions held at the live edge (mse-stream.ts), reconnecting with a short, growing delay when the
 * stream ends (the studio restarted its recording) or fails. Without MSE it falls back to
 * `<video src>` (higher latency). Returns the function that stops.
 */
const RELOAD_BACKOFF = { baseMs: 250, maxMs: 5_000 };

/** `waiting(true)` while there is no picture yet (the page says so in its own language), `waiting(false)` once it plays. */
export function playProgram(video: HTMLVideoElement, url: string, waiting: (isWaiting: boolean) => void, pacing: Pacing = newPacing()): () => void {
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  let controller: AbortController | null = null;

  const retry = () => {
    if (stopped || timer) return;
    failures += 1;
    waiting(true);
    timer = setTimeout(load, backoffDelay(failures + 1, RELOAD_BACKOFF));
  };
  const onPlaying = () => {
    failures = 0;
    waiting(false);
  };

  function load(): void {
    timer = null;
    if (stopped) return;
    const streamUrl = `${url}&n=${Date.now()}`;
    if (!mseSupported()) {
      video.src = streamUrl;
      void video.play().catch(() => undefined);
      return;
    }
    controller = new AbortController();
    const signal = controller.signal;
    playMseStream({ video, url: streamUrl, signal, onPlaying, pacing }).then(
      () => !signal.aborted && retry(),
      (error: unknown) => {
        if (signal.aborted) return;
        console.warn('program stream:', error);
        retry();
      },
    );
  }

  const fallbackEnded = () => !mseSupported() && retry();
  video.addEventListener('ended', fallbackEnded);
  video.addEventListener('error', fallbackEnded);
  video.addEventListener('playing', onPlaying);
  waiting(true);
  load();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    controller?.abort();
    video.removeEventListener('ended', fallbackEnded);
    video.removeEventListener('error', fallbackEnded);
    video.removeEventListener('playing', onPlaying);
    video.removeAttribute('src');
    video.load();
  };
}

/** How far behind the live edge to play starts close; what the page learns carries over reconnects. */
export function newPacing(): Pacing {
  return { target: startTarget(performance.now()), stalls: 0, jumps: 0 };
}
