import { describe, expect, it } from 'vitest';
import { createFramePacer, GUEST_WAIT, MIN_GAP } from '../../../src/renderer/compositor/frame-pacer';

const FPS = 30;
const FRAME = 1000 / FPS;

interface Run {
  draws: number[];
  /** For each guest frame: how long it waited for the first draw at or after its arrival. */
  waits: number[];
  skipped: number;
}

/**
 * Drives a pacer the way the compositor does: a timer fires at the due time (`timerLateness` late,
 * as setTimeout is), and a guest's frame is drawn on arrival when it is already due.
 */
function simulate(guestFrames: readonly number[], until: number, options: { timerLateness?: number; drawMs?: number } = {}): Run {
  const pacer = createFramePacer(FPS);
  const { timerLateness = 1, drawMs = 0 } = options;
  const draws: number[] = [];
  let skipped = 0;
  let busyUntil = 0;
  const draw = (at: number) => {
    skipped += pacer.drawn(at);
    draws.push(at);
    busyUntil = at + drawMs;
  };
  draw(0);
  const pending = [...guestFrames].sort((a, b) => a - b);
  for (;;) {
    const timerAt = Math.max(pacer.nextDueAt() + timerLateness, busyUntil);
    const frameAt = pending[0] ?? Number.POSITIVE_INFINITY;
    const next = Math.min(timerAt, frameAt);
    if (next > until) break;
    if (frameAt <= timerAt) {
      pending.shift();
      // A frame arriving while a draw is running is seen when the page is free again.
      const at = Math.max(frameAt, busyUntil);
      pacer.guestFrame(at);
      if (pacer.nextDueAt() <= at) draw(at);
    } else {
      draw(timerAt);
    }
  }
  const waits = guestFrames.filter((t) => t <= (draws.at(-1) ?? 0)).map((t) => (draws.find((d) => d >= t) ?? Number.NaN) - t);
  return { draws, waits, skipped };
}

const gaps = (draws: readonly number[]) => draws.slice(1).map((d, i) => d - (draws[i] ?? 0));
const steady = (phase: number, count: number, period = FRAME) => Array.from({ length: count }, (_, i) => phase + i * period);

describe('frame pacing: guests drawn on arrival, the timer standing in', () => {
  it('with no guest picture, ticks at the frame rate without drifting, though every timer fires late', () => {
    const { draws, skipped } = simulate([], 10_000, { timerLateness: 3 });
    // 3 ms late each time would lose a frame every 11 if each tick counted from the last draw.
    expect(draws.length).toBe(300);
    expect(Math.max(...gaps(draws))).toBeLessThan(FRAME + 3.5);
    expect(skipped).toBe(0);
  });

  it('draws a steady guest the moment each frame arrives, where a fixed timer would hold it half a frame', () => {
    const frames = steady(FRAME / 2, 300);
    const { waits, draws } = simulate(frames, 10_000);
    expect(Math.max(...waits)).toBe(0);
    // The program keeps the guest's rate: no repeated frames in between.
    expect(draws.length).toBeLessThanOrEqual(302);
  });

  it('draws a jittery guest on arrival too: an early frame is not held, a late one is not lost to a timer tick', () => {
    const jitter = [0.2, -0.15, 0.1, -0.2, 0.05, 0.18, -0.1, 0];
    const frames = steady(10, 240).map((t, i) => t + (jitter[i % jitter.length] ?? 0) * FRAME);
    const { waits } = simulate(frames, 8_000);
    expect(Math.max(...waits)).toBe(0);
  });

  it('draws a burst of frames after a stall (the network let go of them at once) at most once per minimum gap', () => {
    const stalled = steady(5, 90).filter((t) => t < 1_000 || t > 1_300);
    const burst = Array.from({ length: 9 }, (_, i) => 1_310 + i * 2);
    const { draws } = simulate([...stalled, ...burst], 3_000);
    const during = draws.filter((d) => d >= 1_310 && d < 1_400);
    expect(Math.min(...gaps(during))).toBeGreaterThanOrEqual(FRAME * MIN_GAP - 1e-9);
    expect(during.length).toBeLessThanOrEqual(Math.ceil(90 / (FRAME * MIN_GAP)));
  });

  it('stands in for a late guest frame a little after a frame, then hands back to the guest', () => {
    // A steady guest, one frame 20 ms late.
    const frames = steady(5, 60).map((t, i) => (i === 30 ? t + 20 : t));
    const { draws, waits } = simulate(frames, 2_000, { timerLateness: 0 });
    const lateArrival = frames[30] ?? 0;
    const standIn = draws.find((d) => d > (frames[29] ?? 0) && d < lateArrival);
    expect(standIn).toBeCloseTo((frames[29] ?? 0) + FRAME * GUEST_WAIT, 6);
    // The late frame waits at most the minimum gap after the stand-in; two frames on, the guest leads again.
    expect(waits[30]).toBeLessThanOrEqual(FRAME * MIN_GAP);
    expect(waits.slice(33)).toEqual(waits.slice(33).map(() => 0));
  });

  it('returns to the frame rate when the guest picture stops (media dropped)', () => {
    const { draws } = simulate(steady(7, 30), 3_000, { timerLateness: 0 });
    const afterStop = draws.filter((d) => d > 1_200);
    const rate = gaps(afterStop);
    expect(rate.every((g) => Math.abs(g - FRAME) < 1e-6)).toBe(true);
  });

  it('counts frames skipped when drawing takes longer than a frame, and starts afresh instead of racing', () => {
    const { skipped, draws } = simulate([], 3_000, { drawMs: FRAME * 3.5, timerLateness: 0 });
    expect(skipped).toBeGreaterThan(0);
    // Drawing as fast as the page allows, not bunching frames to make up for lost time.
    expect(Math.min(...gaps(draws))).toBeGreaterThanOrEqual(FRAME * 3.5 - 1e-9);
  });

  it('counts nothing skipped when a stopped loop starts again', () => {
    const pacer = createFramePacer(FPS);
    pacer.drawn(0);
    pacer.restart();
    expect(pacer.drawn(60_000)).toBe(0);
    expect(pacer.nextDueAt()).toBeCloseTo(60_000 + FRAME, 6);
  });

  it('follows a change of frame rate', () => {
    const pacer = createFramePacer(30);
    pacer.drawn(0);
    pacer.setFps(60);
    expect(pacer.nextDueAt()).toBeCloseTo(1000 / 60, 6);
  });
});
