/**
 * Per-frame timing of the compositor, for the studio's health readout and the benchmarks: how long
 * drawing a frame takes, the frame rate actually reached, and frames skipped because the page fell
 * behind. Kept over a sliding window of recent frames.
 */
export interface FrameTimingSnapshot {
  targetFps: number;
  /** Frames drawn since start. */
  frames: number;
  /** Frames per second over the window. */
  fps: number;
  drawMsAvg: number;
  drawMsP95: number;
  drawMsMax: number;
  /** Frames skipped because drawing fell behind the clock. */
  lateFrames: number;
}

export interface FrameTiming {
  record(startedAt: number, endedAt: number): void;
  late(frames: number): void;
  setTargetFps(fps: number): void;
  snapshot(): FrameTimingSnapshot;
  /** Called after every frame with its draw time (ms). */
  onFrame(listener: (drawMs: number, at: number) => void): () => void;
}

const WINDOW = 120;

export function createFrameTiming(targetFps: number): FrameTiming {
  let target = targetFps;
  let frames = 0;
  let late = 0;
  const draws: number[] = [];
  const starts: number[] = [];
  const listeners = new Set<(drawMs: number, at: number) => void>();
  return {
    record(startedAt, endedAt) {
      frames += 1;
      draws.push(endedAt - startedAt);
      starts.push(startedAt);
      if (draws.length > WINDOW) draws.shift();
      if (starts.length > WINDOW) starts.shift();
      for (const listener of listeners) listener(endedAt - startedAt, startedAt);
    },
    late(n) {
      late += n;
    },
    setTargetFps(fps) {
      target = fps;
    },
    snapshot() {
      const sorted = [...draws].sort((a, b) => a - b);
      const span = starts.length > 1 ? (starts.at(-1) ?? 0) - (starts[0] ?? 0) : 0;
      return {
        targetFps: target,
        frames,
        fps: span > 0 ? ((starts.length - 1) * 1000) / span : 0,
        drawMsAvg: sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : 0,
        drawMsP95: sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0) : 0,
        drawMsMax: sorted.at(-1) ?? 0,
        lateFrames: late,
      };
    },
    onFrame(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
