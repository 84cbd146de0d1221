import { describe, expect, it } from 'vitest';
import { planClip, type PlanSegment } from '../../../src/main/core/clips/clip-plan';

/** Segments of 10 s from wall 100 000 ms; media time starts at 0 for each recording. */
function segments(recordingId: string, wallStartMs: number, count: number, firstSeq = 0): PlanSegment[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${recordingId}-${firstSeq + i}`,
    recordingId,
    seq: firstSeq + i,
    path: `/archive/${recordingId}-${firstSeq + i}.webm`,
    mimeType: 'video/webm;codecs=vp8,opus',
    wallStartMs: wallStartMs + i * 10_000,
    wallEndMs: wallStartMs + (i + 1) * 10_000,
    mediaStartMs: (firstSeq + i) * 10_000,
    mediaEndMs: (firstSeq + i + 1) * 10_000,
  }));
}

const base = { paddingBeforeMs: 0, paddingAfterMs: 0, nowMs: 1_000_000 };

describe('clip plan', () => {
  it('is empty without intervals or without an archive', () => {
    expect(planClip({ ...base, intervals: [], segments: segments('a', 100_000, 3) })).toEqual({ runs: [], durationMs: 0, mimeType: null, skipped: [] });
    expect(planClip({ ...base, intervals: [{ startMs: 100_000, endMs: 110_000 }], segments: [] }).runs).toEqual([]);
  });

  it('cuts one interval across two segments, pieces meeting at the segment boundary', () => {
    const plan = planClip({ ...base, intervals: [{ startMs: 105_000, endMs: 117_000 }], segments: segments('a', 100_000, 3) });
    expect(plan.runs).toHaveLength(1);
    expect(plan.runs[0]?.pieces).toEqual([
      { segmentId: 'a-0', path: '/archive/a-0.webm', fromMs: 5_000, toMs: 10_000 },
      { segmentId: 'a-1', path: '/archive/a-1.webm', fromMs: 10_000, toMs: 17_000 },
    ]);
    expect(plan.durationMs).toBe(12_000);
  });

  it('keeps a guest whose media dropped and came back as two runs, padded', () => {
    const plan = planClip({
      ...base,
      paddingBeforeMs: 1_000,
      paddingAfterMs: 1_000,
      intervals: [
        { startMs: 102_000, endMs: 105_000 },
        { startMs: 115_000, endMs: 118_000 },
      ],
      segments: segments('a', 100_000, 3),
    });
    expect(plan.runs.map((run) => [run.fromMs, run.toMs])).toEqual([
      [1_000, 6_000],
      [14_000, 19_000],
    ]);
    expect(plan.durationMs).toBe(10_000);
  });

  it('merges intervals that overlap once padded', () => {
    const plan = planClip({
      ...base,
      paddingBeforeMs: 2_000,
      paddingAfterMs: 2_000,
      intervals: [
        { startMs: 110_000, endMs: 112_000 },
        { startMs: 115_000, endMs: 116_000 },
      ],
      segments: segments('a', 100_000, 3),
    });
    expect(plan.runs.map((run) => [run.fromMs, run.toMs])).toEqual([[8_000, 18_000]]);
  });

  it('ends an open interval at now', () => {
    const plan = planClip({ ...base, nowMs: 125_000, intervals: [{ startMs: 120_000, endMs: null }], segments: segments('a', 100_000, 3) });
    expect(plan.runs.map((run) => [run.fromMs, run.toMs])).toEqual([[20_000, 25_000]]);
  });

  it('clamps an interval that began before the archive, and drops one wholly before it', () => {
    const plan = planClip({
      ...base,
      intervals: [
        { startMs: 10_000, endMs: 20_000 },
        { startMs: 90_000, endMs: 104_000 },
      ],
      segments: segments('a', 100_000, 3),
    });
    expect(plan.runs.map((run) => [run.fromMs, run.toMs, run.wall.startMs])).toEqual([[0, 4_000, 100_000]]);
  });

  it('splits a range at a gap in the archive (the recording restarted)', () => {
    const archive = [...segments('a', 100_000, 2), ...segments('b', 125_000, 2)];
    const plan = planClip({ ...base, intervals: [{ startMs: 115_000, endMs: 130_000 }], segments: archive });
    expect(plan.runs.map((run) => [run.recordingId, run.fromMs, run.toMs])).toEqual([
      ['a', 15_000, 20_000],
      ['b', 0, 5_000],
    ]);
    expect(plan.durationMs).toBe(10_000);
  });

  it('treats a segment dropped from the middle as a gap', () => {
    const archive = segments('a', 100_000, 4).filter((segment) => segment.seq !== 1);
    const plan = planClip({ ...base, intervals: [{ startMs: 105_000, endMs: 125_000 }], segments: archive });
    expect(plan.runs.map((run) => [run.fromMs, run.toMs])).toEqual([
      [5_000, 10_000],
      [20_000, 25_000],
    ]);
  });

  it('leaves out a recording in other codecs than the first run', () => {
    const other = segments('b', 130_000, 1).map((segment) => ({ ...segment, mimeType: 'video/x-matroska;codecs=avc1,opus' }));
    const plan = planClip({ ...base, intervals: [{ startMs: 105_000, endMs: 135_000 }], segments: [...segments('a', 100_000, 2), ...other] });
    expect(plan.runs.map((run) => run.recordingId)).toEqual(['a']);
    expect(plan.skipped).toEqual([{ startMs: 130_000, endMs: 135_000 }]);
  });
});
