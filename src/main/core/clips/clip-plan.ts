/**
 * What to cut for a guest's clip, decided from plain data: the seat's on-air intervals (several
 * when the guest's media dropped and came back; an open one is still on air), the padding the
 * host chose, and the archive's segments. Pure, so every case is a unit test.
 *
 * 1. Each interval is padded (before and after) and the padded ranges that overlap or touch are
 *    merged: one continuous stretch of program, not two copies of the same seconds.
 * 2. The archive is split into spans: consecutive segments of one recording (by `seq`) are one
 *    continuous media timeline; a recording restart, or a segment dropped by the byte cap, starts
 *    a new span.
 * 3. Each merged range is clamped to each span it meets, giving a run: a media range inside one
 *    recording, made of pieces (one per segment). Only a run's two ends go through the wall-clock
 *    mapping; inside a run, pieces meet exactly at segment boundaries, in media time.
 * 4. Clips are cut without re-encoding, so all runs must share the recording's codecs: runs of a
 *    recording with other codecs than the first run's are left out (listed in `skipped`).
 */
export interface AirInterval {
  startMs: number;
  /** null: still on air (ends at `nowMs`). */
  endMs: number | null;
}

/** A segment file of the archive, as the plan needs it. */
export interface PlanSegment {
  id: string;
  recordingId: string;
  seq: number;
  path: string;
  mimeType: string;
  wallStartMs: number;
  wallEndMs: number;
  mediaStartMs: number;
  mediaEndMs: number;
}

export interface ClipPlanInput {
  intervals: readonly AirInterval[];
  paddingBeforeMs: number;
  paddingAfterMs: number;
  nowMs: number;
  segments: readonly PlanSegment[];
}

export interface WallRange {
  startMs: number;
  endMs: number;
}

/** Media milliseconds of one segment file to copy. */
export interface PlanPiece {
  segmentId: string;
  path: string;
  fromMs: number;
  toMs: number;
}

export interface PlanRun {
  recordingId: string;
  mimeType: string;
  /** The wall-clock stretch this run covers (after padding and clamping). */
  wall: WallRange;
  /** Media range in the recording's time. */
  fromMs: number;
  toMs: number;
  pieces: PlanPiece[];
}

export interface ClipPlan {
  runs: PlanRun[];
  /** Sum of the runs' media lengths: the clip's length before the cutter's key-frame lead. */
  durationMs: number;
  /** The recording's type of the runs kept; null for an empty plan. */
  mimeType: string | null;
  /** Stretches that the archive had but in other codecs than the clip's. */
  skipped: WallRange[];
}

export function planClip(input: ClipPlanInput): ClipPlan {
  const ranges = mergeRanges(padIntervals(input));
  const runs = ranges.flatMap((range) => archiveSpans(input.segments).flatMap((span) => runWithin(range, span) ?? []));
  runs.sort((a, b) => a.wall.startMs - b.wall.startMs);
  const mimeType = runs[0]?.mimeType ?? null;
  const kept = runs.filter((run) => sameCodecs(run.mimeType, mimeType));
  const skipped = runs.filter((run) => !sameCodecs(run.mimeType, mimeType)).map((run) => run.wall);
  return { runs: kept, durationMs: kept.reduce((sum, run) => sum + run.toMs - run.fromMs, 0), mimeType, skipped };
}

export function padIntervals(input: Pick<ClipPlanInput, 'intervals' | 'paddingBeforeMs' | 'paddingAfterMs' | 'nowMs'>): WallRange[] {
  return input.intervals
    .map((interval) => ({
      startMs: interval.startMs - input.paddingBeforeMs,
      endMs: (interval.endMs ?? Math.max(interval.startMs, input.nowMs)) + input.paddingAfterMs,
    }))
    .filter((range) => range.endMs > range.startMs);
}

/** Sorted, with overlapping or touching ranges joined. */
export function mergeRanges(ranges: readonly WallRange[]): WallRange[] {
  const sorted = [...ranges].sort((a, b) => a.startMs - b.startMs);
  const merged: WallRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.startMs <= last.endMs) last.endMs = Math.max(last.endMs, range.endMs);
    else merged.push({ ...range });
  }
  return merged;
}

/** Consecutive segments of one recording, each span one continuous media timeline. */
export function archiveSpans(segments: readonly PlanSegment[]): PlanSegment[][] {
  const sorted = [...segments].sort((a, b) => a.wallStartMs - b.wallStartMs || a.seq - b.seq);
  const spans: PlanSegment[][] = [];
  for (const segment of sorted) {
    const span = spans.at(-1);
    const last = span?.at(-1);
    if (span && last && last.recordingId === segment.recordingId && segment.seq === last.seq + 1) span.push(segment);
    else spans.push([segment]);
  }
  return spans;
}

function runWithin(range: WallRange, span: readonly PlanSegment[]): PlanRun | null {
  const touched = span.filter((segment) => segment.wallStartMs < range.endMs && segment.wallEndMs > range.startMs);
  const first = touched[0];
  const last = touched.at(-1);
  if (!first || !last) return null;
  const fromMs = clampTo(first, toMedia(first, range.startMs));
  const toMs = clampTo(last, toMedia(last, range.endMs));
  if (toMs <= fromMs) return null;
  const pieces = touched.map((segment) => ({
    segmentId: segment.id,
    path: segment.path,
    fromMs: segment === first ? fromMs : segment.mediaStartMs,
    toMs: segment === last ? toMs : segment.mediaEndMs,
  }));
  return {
    recordingId: first.recordingId,
    mimeType: first.mimeType,
    wall: { startMs: Math.max(range.startMs, first.wallStartMs), endMs: Math.min(range.endMs, last.wallEndMs) },
    fromMs,
    toMs,
    pieces: pieces.filter((piece) => piece.toMs > piece.fromMs),
  };
}

const toMedia = (segment: PlanSegment, wallMs: number): number => segment.mediaStartMs + (wallMs - segment.wallStartMs);
const clampTo = (segment: PlanSegment, mediaMs: number): number => Math.min(segment.mediaEndMs, Math.max(segment.mediaStartMs, mediaMs));

/** `video/webm;codecs=vp8,opus` and `video/webm; codecs="vp8, opus"` name the same codecs. */
function sameCodecs(a: string, b: string | null): boolean {
  const norm = (type: string) => type.toLowerCase().replace(/[\s"]/g, '');
  return b !== null && norm(a) === norm(b);
}
