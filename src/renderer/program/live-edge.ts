/**
 * Keeps a live player near the newest data: a little behind it (so a late piece of the stream does
 * not stall the picture), catching up by playing faster when it drifts, and jumping only when it is
 * far behind. A start goes just after the beginning of the buffered data (a key frame: the decoder
 * starts there at once instead of decoding its way to a later point), and a gap in what is buffered (audio
 * missing for a moment on a busy machine) is jumped rather than waited at. Pure, so the policy is
 * tested without a browser.
 */
export interface EdgeInput {
  currentTime: number;
  /** What is buffered, oldest first (gaps appear where audio or video is missing). */
  ranges: readonly { start: number; end: number }[];
  /** The rate playing now: a catch-up in progress goes on until the lag is back near the target. */
  playbackRate: number;
  /** A jump is still being carried out: nothing new is decided until it is done. */
  seeking: boolean;
}

export interface EdgeAction {
  /** Jump here (seconds), when set. */
  seekTo: number | null;
  playbackRate: number;
}

/** How far behind the newest data the player aims to be, in seconds. */
export const EDGE_TARGET_S = 0.15;
/** Beyond this lag the player catches up by playing faster… */
const CATCH_UP_S = 0.4;
/** …and beyond this one it jumps (decoding from the key frame before the jump's target costs time). */
const JUMP_S = 2.5;
const CATCH_UP_RATE = 1.5;

/** Closer than this to the end of a range with a gap after it, the player jumps the gap. */
const GAP_JUMP_S = 0.3;
/**
 * A jump lands this far into a range, not on its first instant: an Opus decoder needs 80 ms of
 * audio before the target (pre-roll), and Chromium waits forever for audio that is not buffered.
 */
export const SEEK_INTO_S = 0.12;
/** A range shorter than this (a sliver between two holes) is skipped when jumping. */
const MIN_LANDING_S = 0.5;

export function liveEdgeAction({ currentTime, ranges, playbackRate, seeking }: EdgeInput): EdgeAction {
  const newest = ranges.at(-1);
  if (seeking || !newest) return { seekTo: null, playbackRate };
  if (currentTime >= newest.end) return { seekTo: null, playbackRate: 1 }; // at the edge: wait for data
  const inside = ranges.find((r) => currentTime >= r.start && currentTime < r.end);
  if (!inside || (inside !== newest && inside.end - currentTime < GAP_JUMP_S)) {
    // Before what is buffered, in a gap, or about to fall into one: on to the next range.
    // Slivers between holes are not worth landing in: the first range long enough to play.
    const next = ranges.find((r) => r.start > currentTime && r.end - r.start >= MIN_LANDING_S) ?? newest;
    return { seekTo: Math.min(next.start + SEEK_INTO_S, (next.start + next.end) / 2), playbackRate: 1 };
  }
  const lag = newest.end - currentTime;
  if (lag > JUMP_S) return { seekTo: newest.end - EDGE_TARGET_S, playbackRate: 1 };
  const catchingUp = playbackRate > 1 ? lag > EDGE_TARGET_S : lag > CATCH_UP_S;
  return { seekTo: null, playbackRate: catchingUp ? CATCH_UP_RATE : 1 };
}
