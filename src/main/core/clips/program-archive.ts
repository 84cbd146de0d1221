import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../log';
import type { FeedTap, TapSession, TappedChunk } from '../program/program-feed';
import { newId } from '../store/ids';
import type { ArchiveSegmentRecord, ProgramArchiveRepo } from '../store/program-archive-repo';
import { createArchiveSegmenter, type ArchiveSegmenter, type SegmentOp } from './archive-segmenter';
import { createSegmentFile, isPartial, listArchiveFiles, newRecordingId, removeQuietly, segmentFileName, type SegmentFile } from './archive-files';
import type { PlanSegment } from './clip-plan';
import { createWallClockMap, type WallClockMap } from './wall-clock-map';

/**
 * The rolling local recording of the program that guests' clips are cut from (issue 16).
 *
 * It is the program feed's tap: every recording's bytes, cut by the segmenter into segment files
 * that each start at a key Cluster (header + Clusters: a file a decoder starts at), written under
 * `dir` and indexed in `program_segments` once complete. Only while a show is on: a clip is of a
 * show's guest, and nothing else is kept.
 *
 * Bounded: after each segment, the oldest segments are deleted until the archive is under
 * `capBytes`, except those pinned by a cut in progress. After the show, `endShow` deletes its
 * archive (pinned segments go when their cut lets go of them).
 *
 * Crash safety: a segment is written as `<name>.partial`, flushed, renamed, and only then given a
 * row; `sweepLeftovers` (at start-up) deletes files with no row, partial files, and rows whose file
 * is gone. A crash therefore loses at most the segment being written (≤ `segmentMs` of program).
 *
 * The archive never breaks the live feed: a failed write (a full disk) abandons the segment being
 * written, is logged and reported by `state()`, and the archive starts again at the next segment.
 */
export interface ProgramArchiveOptions {
  dir: string;
  repo: ProgramArchiveRepo;
  capBytes: number;
  /** A new segment starts at the first key Cluster after this much media time (ms). */
  segmentMs?: number;
  log?: Logger;
}

export interface ArchiveState {
  bytes: number;
  segments: number;
  /** The show being archived, if any. */
  showId: string | null;
  /** The last write failure, until a segment is written again. */
  problem: string | null;
}

export interface SweepReport {
  filesDeleted: string[];
  rowsDeleted: number;
}

export interface ProgramArchive {
  /** Hand this to createProgramFeed's `tap`. */
  readonly tap: FeedTap;
  startShow(showId: string): void;
  /** The show is over: its archive is deleted (segments pinned by a cut when it lets go). */
  endShow(showId: string): void;
  sweepLeftovers(): SweepReport;
  /** The show's complete segments, oldest first, as a clip plan takes them. */
  segments(showId: string): PlanSegment[];
  /** Keeps these segments from the byte cap and endShow until the returned function is called. */
  pin(segmentIds: readonly string[]): () => void;
  /**
   * Resolves true once complete segments cover the program up to `wallMs` (the segment being
   * written is closed at the next key frame after it), false when no more will come for it (no
   * recording, no show, the recording ended short of it) or after `timeoutMs`.
   */
  coveredUntil(wallMs: number, options?: { timeoutMs?: number }): Promise<boolean>;
  state(): ArchiveState;
  /** Ends the recording being archived (its segment completed) and stops taking bytes. */
  close(): void;
}

interface Recording {
  id: string;
  mimeType: string;
  header: Buffer;
  segmenter: ArchiveSegmenter;
  clock: WallClockMap;
  nextSeq: number;
  /** The segment being written; null while none is (no show yet, or after a failure). */
  open: { file: SegmentFile; seq: number; showId: string; mediaStartMs: number } | null;
  /** Wall end of the latest complete segment. */
  coveredMs: number | null;
}

interface Waiter {
  wallMs: number;
  resolve(covered: boolean): void;
  timer: NodeJS.Timeout;
}

const DEFAULT_SEGMENT_MS = 10_000;

export function createProgramArchive(options: ProgramArchiveOptions): ProgramArchive {
  const { dir, repo, capBytes } = options;
  const segmentMs = options.segmentMs ?? DEFAULT_SEGMENT_MS;
  mkdirSync(dir, { recursive: true });
  let showId: string | null = null;
  let recording: Recording | null = null;
  let problem: string | null = null;
  let closed = false;
  const pins = new Map<string, number>();
  const endedShows = new Set<string>();
  let waiters: Waiter[] = [];

  const settle = (decide: (waiter: Waiter) => boolean | null) => {
    waiters = waiters.filter((waiter) => {
      const covered = decide(waiter);
      if (covered === null) return true;
      clearTimeout(waiter.timer);
      waiter.resolve(covered);
      return false;
    });
  };

  const deleteSegment = (segment: ArchiveSegmentRecord) => {
    // Row first: a crash in between leaves a file with no row, which the sweep deletes.
    repo.delete(segment.id);
    removeQuietly(join(dir, segment.fileName));
  };

  const enforceCap = () => {
    let total = repo.totalBytes();
    if (total <= capBytes) return;
    for (const segment of repo.listAll()) {
      if (total <= capBytes) break;
      if (pins.has(segment.id)) continue;
      deleteSegment(segment);
      total -= segment.bytes;
    }
  };

  const apply = (current: Recording, op: SegmentOp) => {
    if (op.kind === 'open') {
      const seq = current.nextSeq++;
      if (showId === null) return;
      const file = createSegmentFile(dir, segmentFileName(current.id, seq, current.mimeType));
      current.open = { file, seq, showId, mediaStartMs: op.mediaStartMs };
      file.write(current.header);
      return;
    }
    const open = current.open;
    if (!open) return;
    if (op.kind === 'write') {
      open.file.write(op.bytes);
      return;
    }
    current.open = null;
    open.file.finish();
    const wallEnd = current.clock.toWall(op.mediaEndMs);
    repo.insert({
      id: newId('seg'),
      showId: open.showId,
      recordingId: current.id,
      seq: open.seq,
      fileName: open.file.name,
      mimeType: current.mimeType,
      wallStart: new Date(current.clock.toWall(open.mediaStartMs)).toISOString(),
      wallEnd: new Date(wallEnd).toISOString(),
      mediaStartMs: open.mediaStartMs,
      mediaEndMs: op.mediaEndMs,
      bytes: open.file.bytes,
    });
    problem = null;
    current.coveredMs = wallEnd;
    settle((waiter) => (waiter.wallMs <= wallEnd ? true : null));
    enforceCap();
  };

  const applyAll = (current: Recording, ops: SegmentOp[]) => {
    try {
      for (const op of ops) apply(current, op);
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
      options.log?.warn('program archive: a segment could not be written; starting again at the next one', { error: problem });
      current.open?.file.abandon();
      current.open = null;
      current.segmenter.rotateSoon();
    }
  };

  /** A cut waits for a time the open segment holds: close it at the next key frame. */
  const rotateForWaiters = (current: Recording) => {
    const latest = current.segmenter.latestMs;
    if (latest === null || current.clock.offsetMs === null || current.open === null) return;
    const reached = current.clock.toWall(latest);
    if (waiters.some((waiter) => waiter.wallMs <= reached)) current.segmenter.rotateSoon();
  };

  const endRecording = (current: Recording) => {
    applyAll(current, current.segmenter.end());
    current.open?.file.abandon();
    if (recording === current) recording = null;
    settle(() => false);
  };

  const tap: FeedTap = {
    begin({ mimeType, header }): TapSession {
      if (recording) endRecording(recording);
      const current: Recording = {
        id: newRecordingId(),
        mimeType,
        header,
        segmenter: createArchiveSegmenter({ segmentMs }),
        clock: createWallClockMap(),
        nextSeq: 0,
        open: null,
        coveredMs: null,
      };
      if (!closed) recording = current;
      return {
        chunk(piece: TappedChunk) {
          if (recording !== current) return;
          for (const { ms } of piece.timecodes) current.clock.observe(ms, piece.arrivedAt);
          applyAll(current, current.segmenter.push(piece));
          rotateForWaiters(current);
        },
        end() {
          if (recording === current) endRecording(current);
        },
      };
    },
  };

  const releaseEnded = (ids: readonly string[]) => {
    const released = new Set(ids.filter((id) => !pins.has(id)));
    if (released.size === 0) return;
    for (const segment of repo.listAll()) {
      if (released.has(segment.id) && endedShows.has(segment.showId)) deleteSegment(segment);
    }
  };

  return {
    tap,
    startShow(id) {
      endedShows.delete(id);
      showId = id;
      // The segment being written (if any) is another show's, or none is: start one at the next key frame.
      recording?.segmenter.rotateSoon();
    },
    endShow(id) {
      endedShows.add(id);
      if (showId === id) showId = null;
      if (recording?.open?.showId === id) {
        recording.open.file.abandon();
        recording.open = null;
      }
      for (const segment of repo.listForShow(id)) if (!pins.has(segment.id)) deleteSegment(segment);
    },
    sweepLeftovers() {
      const writing = recording?.open ? `${recording.open.file.name}.partial` : null;
      const files = listArchiveFiles(dir);
      const rows = repo.listAll();
      const named = new Set(rows.map((row) => row.fileName));
      const filesDeleted = files.filter((file) => file !== writing && (isPartial(file) || !named.has(file)));
      for (const file of filesDeleted) removeQuietly(join(dir, file));
      let rowsDeleted = 0;
      for (const row of rows) {
        if (existsSync(join(dir, row.fileName))) continue;
        repo.delete(row.id);
        rowsDeleted += 1;
      }
      return { filesDeleted, rowsDeleted };
    },
    segments(id) {
      return repo.listForShow(id).map((segment) => ({
        id: segment.id,
        recordingId: segment.recordingId,
        seq: segment.seq,
        path: join(dir, segment.fileName),
        mimeType: segment.mimeType,
        wallStartMs: Date.parse(segment.wallStart),
        wallEndMs: Date.parse(segment.wallEnd),
        mediaStartMs: segment.mediaStartMs,
        mediaEndMs: segment.mediaEndMs,
      }));
    },
    pin(ids) {
      for (const id of ids) pins.set(id, (pins.get(id) ?? 0) + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        for (const id of ids) {
          const count = (pins.get(id) ?? 1) - 1;
          if (count > 0) pins.set(id, count);
          else pins.delete(id);
        }
        releaseEnded(ids);
        enforceCap();
      };
    },
    coveredUntil(wallMs, { timeoutMs = 5_000 } = {}) {
      const current = recording;
      if (current?.coveredMs != null && current.coveredMs >= wallMs) return Promise.resolve(true);
      if (!current || showId === null) return Promise.resolve(false);
      return new Promise<boolean>((resolve) => {
        const waiter: Waiter = { wallMs, resolve, timer: setTimeout(() => settle((w) => (w === waiter ? false : null)), timeoutMs) };
        waiters.push(waiter);
        rotateForWaiters(current);
      });
    },
    state() {
      return { bytes: repo.totalBytes(), segments: repo.listAll().length, showId, problem };
    },
    close() {
      closed = true;
      if (recording) endRecording(recording);
    },
  };
}
