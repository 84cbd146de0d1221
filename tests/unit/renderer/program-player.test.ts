import { describe, expect, it } from 'vitest';
import { CALM_MS, RELAX_EVERY_MS, TARGET_MAX_S, TARGET_MIN_S, TARGET_START_S, afterStall, relaxed, startTarget } from '../../../src/renderer/program/edge-target';
import { SEEK_INTO_S, liveEdgeAction, type EdgeInput } from '../../../src/renderer/program/live-edge';

describe('program page: staying at the live edge', () => {
  const T = 0.3;
  const at = (currentTime: number, end: number, extra: Partial<EdgeInput> = {}) =>
    liveEdgeAction({ currentTime, ranges: [{ start: 10, end }], playbackRate: 1, seeking: false, seekingForMs: 0, stalled: false, targetS: T, ...extra });

  it('starts near the newest data (the target behind it), not at the key frame the feed starts with', () => {
    expect(at(0, 11)).toEqual({ seekTo: 11 - T, playbackRate: 1 });
    // A range no longer than the target: just inside it (Opus pre-roll); a sliver: wait for more.
    expect(at(0, 10.3)).toEqual({ seekTo: 10 + SEEK_INTO_S, playbackRate: 1 });
    expect(at(0, 10.1)).toEqual({ seekTo: null, playbackRate: 1 });
  });

  it('plays on at normal speed near the target, catches up gently when behind, faster when further, and jumps when far', () => {
    expect(at(10.7, 11)).toEqual({ seekTo: null, playbackRate: 1 });
    expect(at(10.6, 11)).toEqual({ seekTo: null, playbackRate: 1 }); // 0.1 s over the target: within the slack
    expect(at(10.5, 11)).toEqual({ seekTo: null, playbackRate: 1.1 });
    expect(at(10.1, 11)).toEqual({ seekTo: null, playbackRate: 1.25 });
    expect(at(10, 12)).toEqual({ seekTo: 12 - T, playbackRate: 1 });
  });

  it('goes on catching up until back near the target, then plays at normal speed', () => {
    expect(at(10.6, 11, { playbackRate: 1.1 })).toEqual({ seekTo: null, playbackRate: 1.1 });
    expect(at(10.3, 11, { playbackRate: 1.25 })).toEqual({ seekTo: null, playbackRate: 1.1 });
    expect(at(10.69, 11, { playbackRate: 1.1 })).toEqual({ seekTo: null, playbackRate: 1 });
    expect(at(11, 11, { playbackRate: 1.25 })).toEqual({ seekTo: null, playbackRate: 1 }); // at the edge: waits
  });

  it('decides nothing while a jump is in progress', () => {
    expect(at(0, 14, { seeking: true, playbackRate: 1.25 })).toEqual({ seekTo: null, playbackRate: 1.25 });
    expect(liveEdgeAction({ currentTime: 0, ranges: [], playbackRate: 1, seeking: false, seekingForMs: 0, stalled: false, targetS: T })).toEqual({ seekTo: null, playbackRate: 1 });
  });

  it('answers an underflow with a jump to the target once that much data is there, instead of waiting for Chromium', () => {
    // Ran dry 0.05 s before the edge: wait for data…
    expect(at(10.95, 11, { stalled: true })).toEqual({ seekTo: null, playbackRate: 1 });
    // …then jump as soon as the target's worth is buffered (a seek resets Chromium's grown audio queue).
    expect(at(10.95, 11.3, { stalled: true })).toEqual({ seekTo: 11.3 - T, playbackRate: 1 });
    // Stalled past the picture (sound played on): wait for data, then the same.
    expect(at(11.2, 11, { stalled: true })).toEqual({ seekTo: null, playbackRate: 1 });
  });

  it('jumps a gap in what is buffered instead of stalling at it, landing near the edge when the next range is the newest', () => {
    const ranges = [{ start: 10, end: 11 }, { start: 11.4, end: 12 }];
    const input = { ranges, playbackRate: 1, seeking: false, seekingForMs: 0, stalled: false, targetS: T };
    expect(liveEdgeAction({ ...input, currentTime: 10.9 })).toEqual({ seekTo: 12 - T, playbackRate: 1 });
    expect(liveEdgeAction({ ...input, currentTime: 11.2 })).toEqual({ seekTo: 12 - T, playbackRate: 1 });
    // Far enough from the gap: catch up towards it instead.
    expect(liveEdgeAction({ ...input, currentTime: 10.6 })).toEqual({ seekTo: null, playbackRate: 1.25 });
    // An older range after the gap: into it (the catch-up or a later jump brings the player forward).
    const older = [{ start: 10, end: 11 }, { start: 11.4, end: 12.4 }, { start: 12.5, end: 13 }];
    expect(liveEdgeAction({ ...input, ranges: older, currentTime: 10.9 })).toEqual({ seekTo: 12.4 - T, playbackRate: 1 });
    // Slivers between holes are skipped; with nothing but slivers, the player waits for a longer range.
    const slivers = [{ start: 10, end: 10.08 }, { start: 10.2, end: 10.28 }, { start: 10.5, end: 11.5 }];
    expect(liveEdgeAction({ ...input, ranges: slivers, currentTime: 0 })).toEqual({ seekTo: 11.5 - T, playbackRate: 1 });
    expect(liveEdgeAction({ ...input, ranges: slivers.slice(0, 2), currentTime: 0 })).toEqual({ seekTo: null, playbackRate: 1 });
  });

  it('makes a stuck jump again where it can finish (it landed in a sliver, or in what turned out to be a gap)', () => {
    const ranges = [{ start: 13.93, end: 13.99 }, { start: 14.53, end: 15.1 }];
    const input = { ranges, playbackRate: 1, seeking: true, stalled: false, targetS: T };
    expect(liveEdgeAction({ ...input, currentTime: 13.96, seekingForMs: 999 })).toEqual({ seekTo: null, playbackRate: 1 });
    expect(liveEdgeAction({ ...input, currentTime: 13.96, seekingForMs: 1_000 })).toEqual({ seekTo: 15.1 - T, playbackRate: 1 });
    expect(liveEdgeAction({ ...input, currentTime: 14.2, seekingForMs: 1_000 })).toEqual({ seekTo: 15.1 - T, playbackRate: 1 });
    // A slow jump to a good place is left to finish (decoding from the key frame takes time on a busy machine).
    expect(liveEdgeAction({ ...input, currentTime: 14.8, seekingForMs: 3_000 })).toEqual({ seekTo: null, playbackRate: 1 });
    // Nowhere better to go yet: wait.
    expect(liveEdgeAction({ ...input, ranges: ranges.slice(0, 1), currentTime: 13.96, seekingForMs: 3_000 })).toEqual({ seekTo: null, playbackRate: 1 });
  });
});

describe('program page: how far behind the edge it plays', () => {
  it('starts close, and steps back after every underflow, up to a limit', () => {
    let target = startTarget(0);
    expect(target.targetS).toBe(TARGET_START_S);
    target = afterStall(target, 1_000);
    expect(target.targetS).toBe(0.45);
    for (let i = 0; i < 30; i++) target = afterStall(target, 2_000 + i);
    expect(target.targetS).toBe(TARGET_MAX_S);
  });

  it('comes closer again after a calm stretch, a small step at a time, never below the minimum', () => {
    let target = afterStall(afterStall(startTarget(0), 0), 0); // 0.6 s
    expect(relaxed(target, CALM_MS - 1)).toBe(target);
    target = relaxed(target, CALM_MS);
    expect(target.targetS).toBe(0.55);
    expect(relaxed(target, CALM_MS + RELAX_EVERY_MS - 1)).toBe(target);
    target = relaxed(target, CALM_MS + RELAX_EVERY_MS);
    expect(target.targetS).toBe(0.5);
    for (let t = CALM_MS; t < CALM_MS + 60_000; t += RELAX_EVERY_MS) target = relaxed(target, t + 2 * RELAX_EVERY_MS);
    expect(target.targetS).toBe(TARGET_MIN_S);
  });

  it('an underflow during the calm restarts the wait', () => {
    let target = relaxed(afterStall(startTarget(0), 0), CALM_MS);
    expect(target.targetS).toBe(0.4);
    target = afterStall(target, CALM_MS + 500);
    expect(target.targetS).toBe(0.55);
    expect(relaxed(target, CALM_MS + 500 + CALM_MS - 1).targetS).toBe(0.55);
    expect(relaxed(target, CALM_MS + 500 + CALM_MS).targetS).toBe(0.5);
  });
});
