/**
 * The on-air clock of a guest seat, as a pure function of the recorded on-air intervals and "now".
 * Nothing ticks: the core stores when the guest's time started and stopped running (on the program
 * with media flowing), and anyone (core, studio page, guest page) derives the same numbers from
 * them. A studio restart keeps the remaining time because the intervals are on disk.
 */
export interface AirInterval {
  /** ISO time the clock started running. */
  startedAt: string;
  /** ISO time it stopped; null while it runs. */
  endedAt: string | null;
}

/** Milliseconds the guest has been on air, counting an open interval up to `nowMs`. */
export function airedMs(intervals: readonly AirInterval[], nowMs: number): number {
  let total = 0;
  for (const interval of intervals) {
    const start = Date.parse(interval.startedAt);
    const end = interval.endedAt === null ? nowMs : Date.parse(interval.endedAt);
    if (Number.isFinite(start) && Number.isFinite(end) && end > start) total += end - start;
  }
  return total;
}

/** Whether the clock runs now (an interval is open). */
export function airClockRunning(intervals: readonly AirInterval[]): boolean {
  return intervals.some((interval) => interval.endedAt === null);
}

/** Milliseconds left of `allowanceSeconds` (paid minutes plus extensions); never below zero. */
export function remainingMs(allowanceSeconds: number, intervals: readonly AirInterval[], nowMs: number): number {
  return Math.max(0, allowanceSeconds * 1000 - airedMs(intervals, nowMs));
}

/** When the clock (if running) reaches zero, as epoch ms; null while paused. */
export function airTimeUpAt(allowanceSeconds: number, intervals: readonly AirInterval[], nowMs: number): number | null {
  if (!airClockRunning(intervals)) return null;
  return nowMs + remainingMs(allowanceSeconds, intervals, nowMs);
}

/** The last stretch of a seat, when the guest is told to wrap up. */
export const WRAP_UP_MS = 30_000;

export function isWrapUp(allowanceSeconds: number, intervals: readonly AirInterval[], nowMs: number): boolean {
  const left = remainingMs(allowanceSeconds, intervals, nowMs);
  return left > 0 && left <= Math.min(WRAP_UP_MS, (allowanceSeconds * 1000) / 4);
}
