/**
 * Keeps a live player near the newest data: `targetS` behind it (edge-target.ts chooses how far),
 * catching up gently when it drifts, jumping when far behind, and jumping past gaps in what is
 * buffered (a moment of audio or video missing on a busy machine) rather than waiting at them.
 * Pure, so the policy is tested without a browser.
 *
 * Why an underflow is answered with a jump: Chromium's audio renderer doubles the audio it wants
 * queued before it plays again after every underflow (200 ms, 400 ms, … up to 3 s; only a seek
 * resets it, media/filters/audio_renderer_algorithm.cc). Waiting it out makes each stall longer
 * than the last and leaves the player seconds behind, so a stalled player jumps back to the target
 * as soon as that much data is there.
 */
export interface EdgeInput {
  currentTime: number;
  /** What is buffered, oldest first (gaps appear where audio or video is missing). */
  ranges: readonly { start: number; end: number }[];
  /** The rate playing now: a catch-up in progress goes on until the lag is back near the target. */
  playbackRate: number;
  /** A jump is still being carried out: nothing new is decided until it is done (or it is stuck). */
  seeking: boolean;
  /** How long the jump in progress has lasted, ms (0 when none). */
  seekingForMs: number;
  /** The player had been playing since its last jump and now waits for data (an underflow). */
  stalled: boolean;
  /** How far behind the newest data to play, in seconds. */
  targetS: number;
}

export interface EdgeAction {
  /** Jump here (seconds), when set. */
  seekTo: number | null;
  playbackRate: number;
}

/** Beyond the target by this much, the player plays a little faster… */
const GENTLE_BEHIND_S = 0.15;
const GENTLE_RATE = 1.1;
/** …by this much, faster still (Chromium keeps the pitch; 1.25x is still speech)… */
const FAR_BEHIND_S = 0.5;
const FAR_RATE = 1.25;
/** …and by this much it jumps (decoding from the key frame before the target costs less than catching up). */
const JUMP_BEHIND_S = 1.2;
/** A catch-up stops this close to the target. */
const CAUGHT_UP_S = 0.03;

/** Closer than this to the end of a range with a gap after it, the player jumps the gap. */
const GAP_JUMP_S = 0.3;
/**
 * A jump lands at least this far into a range, not on its first instant: an Opus decoder needs
 * 80 ms of audio before the target (pre-roll), and Chromium waits forever for audio that is not buffered.
 */
export const SEEK_INTO_S = 0.12;
/** A range shorter than this (a sliver between two holes) is never jumped into: the player waits for a longer one. */
const MIN_LANDING_S = 0.3;
/**
 * A jump that has not finished after this long, at a place where it cannot finish (a sliver or a
 * gap that the data around it has since shown), is made again to a place where it can: Chromium
 * waits for ever for data that will not come there.
 */
export const STUCK_SEEK_MS = 1_000;

type Range = { start: number; end: number };

/** Where a jump into `range` (a landable one) lands: `targetS` before its end, but never on its first instant. */
function landing(range: Range, targetS: number): number {
  return Math.max(range.start + SEEK_INTO_S, range.end - targetS);
}

const landable = (r: Range) => r.end - r.start >= MIN_LANDING_S;

export function liveEdgeAction({ currentTime, ranges, playbackRate, seeking, seekingForMs, stalled, targetS }: EdgeInput): EdgeAction {
  const newest = ranges.at(-1);
  if (!newest) return { seekTo: null, playbackRate };
  if (seeking) {
    const canFinish = ranges.some((r) => landable(r) && currentTime >= r.start + SEEK_INTO_S / 2 && currentTime < r.end);
    const redo = seekingForMs >= STUCK_SEEK_MS && !canFinish ? ranges.findLast(landable) : undefined;
    return { seekTo: redo ? landing(redo, targetS) : null, playbackRate };
  }
  // Past everything buffered (waiting for data, or sound playing on past the picture): wait.
  if (currentTime >= newest.end) return { seekTo: null, playbackRate: 1 };
  const inside = ranges.find((r) => currentTime >= r.start && currentTime < r.end);
  if (!inside || (inside !== newest && inside.end - currentTime < GAP_JUMP_S)) {
    // Before what is buffered (the start), in a gap, or about to fall into one: on to the next
    // range long enough to land in (near its end when it is the newest), or wait for one.
    const next = ranges.find((r) => r.start > currentTime && landable(r));
    return { seekTo: next ? landing(next, targetS) : null, playbackRate: 1 };
  }
  const behind = newest.end - currentTime - targetS;
  if (stalled) {
    // Jump once the target's worth of data is there (a fresh start for Chromium's audio queue).
    return { seekTo: behind >= 0 ? landing(newest, targetS) : null, playbackRate: 1 };
  }
  if (behind > JUMP_BEHIND_S) return { seekTo: landing(newest, targetS), playbackRate: 1 };
  const wanted = behind > FAR_BEHIND_S ? FAR_RATE : behind > GENTLE_BEHIND_S ? GENTLE_RATE : 1;
  // A catch-up in progress goes on until the lag is back near the target (no flapping at the threshold).
  if (playbackRate > 1 && behind > CAUGHT_UP_S) return { seekTo: null, playbackRate: Math.max(wanted, GENTLE_RATE) };
  return { seekTo: null, playbackRate: wanted };
}
