/**
 * How far behind the newest data the program page plays (pure; live-edge.ts aims there).
 *
 * Closer is lower latency, but data arrives in bursts (the studio sends 100 ms pieces; a busy
 * machine delays some by hundreds of ms) and a player that runs dry stalls. So the page starts
 * close and learns: every underflow moves the target back a step; after a calm stretch it comes
 * forward again in small steps, so a machine that was busy for a minute (OBS starting, a build)
 * does not cost latency for the rest of the show.
 */
export interface EdgeTarget {
  /** Seconds behind the newest data. */
  targetS: number;
  /** The last underflow (or the start), ms on any monotonic clock. */
  stallAtMs: number;
  /** When the target last changed. */
  changedAtMs: number;
}

export const TARGET_START_S = 0.3;
export const TARGET_MIN_S = 0.25;
export const TARGET_MAX_S = 2;
const STALL_STEP_S = 0.15;
const RELAX_STEP_S = 0.05;
/** This long without an underflow, the target starts coming closer… */
export const CALM_MS = 10_000;
/** …one step this often while the calm lasts. */
export const RELAX_EVERY_MS = 2_000;

export function startTarget(nowMs: number): EdgeTarget {
  return { targetS: TARGET_START_S, stallAtMs: nowMs, changedAtMs: nowMs };
}

/** The player ran dry: aim further back. */
export function afterStall(target: EdgeTarget, nowMs: number): EdgeTarget {
  return { targetS: Math.min(TARGET_MAX_S, round(target.targetS + STALL_STEP_S)), stallAtMs: nowMs, changedAtMs: nowMs };
}

/** Called as time passes: after a calm stretch, a step closer now and then (never below the minimum). */
export function relaxed(target: EdgeTarget, nowMs: number): EdgeTarget {
  const calm = nowMs - target.stallAtMs >= CALM_MS && nowMs - target.changedAtMs >= RELAX_EVERY_MS;
  if (!calm || target.targetS <= TARGET_MIN_S) return target;
  return { ...target, targetS: Math.max(TARGET_MIN_S, round(target.targetS - RELAX_STEP_S)), changedAtMs: nowMs };
}

/** Steps stay exact (0.3 + 0.15 is 0.44999… in floating point). */
function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
