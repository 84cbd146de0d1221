/**
 * Wall-clock milliseconds with sub-millisecond resolution. Node and Chromium both anchor
 * `performance.timeOrigin` to the system clock, so timestamps taken in the studio page and in the
 * benchmark process can be subtracted (to within about a millisecond).
 */
export const epochNow = (): number => performance.timeOrigin + performance.now();
