/**
 * Keeps a live player near the newest data: a little behind it (so a late piece of the stream does
 * not stall the picture), catching up by playing faster when it drifts, and jumping only when it is
 * far behind. A start (or a gap in what is buffered) goes to the beginning of the newest range,
 * which is a key frame: the decoder starts there at once instead of decoding its way to a later
 * point. Pure, so the policy is tested without a browser.
 */
export interface EdgeInput {
  currentTime: number;
  /** The buffered range holding the newest data. */
  start: number;
  end: number;
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

export function liveEdgeAction({ currentTime, start, end, playbackRate, seeking }: EdgeInput): EdgeAction {
  if (seeking) return { seekTo: null, playbackRate };
  if (currentTime < start) return { seekTo: start, playbackRate: 1 };
  const lag = end - currentTime;
  if (lag > JUMP_S) return { seekTo: end - EDGE_TARGET_S, playbackRate: 1 };
  const catchingUp = playbackRate > 1 ? lag > EDGE_TARGET_S : lag > CATCH_UP_S;
  return { seekTo: null, playbackRate: catchingUp ? CATCH_UP_RATE : 1 };
}
