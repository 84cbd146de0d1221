import type { TappedChunk } from '../program/program-feed';

/**
 * Cuts one recording's byte stream (from its first Cluster on) into segments that each start at a
 * Cluster whose first video frame is a key frame, so each segment, behind the recording's header,
 * is a file a decoder can start at. Pure: it says what to do (open, write, close) and the archive
 * does it.
 *
 * The scanner may learn that a Cluster starts with a key frame a push after the Cluster began, so
 * the bytes of the latest Cluster are held until the next Cluster begins (or the recording ends):
 * by then it is known whether a new segment starts with them. That holds back at most one Cluster
 * (about 300 ms of program with audio, at most a key-frame interval).
 */
export type SegmentOp =
  | { kind: 'open'; mediaStartMs: number }
  | { kind: 'write'; bytes: Buffer }
  | { kind: 'close'; mediaEndMs: number };

export interface ArchiveSegmenter {
  push(piece: TappedChunk): SegmentOp[];
  /** The recording ended: the held Cluster is written and the open segment closed. */
  end(): SegmentOp[];
  /** Start a new segment at the next key Cluster, however short the current one is. */
  rotateSoon(): void;
  /** Media time the recording has reached (ms), or null before its first block. */
  readonly latestMs: number | null;
}

export function createArchiveSegmenter(options: { segmentMs: number }): ArchiveSegmenter {
  let heldAt: number | null = null;
  let held: Buffer[] = [];
  const keyClusters = new Set<number>();
  const timecodes = new Map<number, number>();
  let openSince: number | null = null;
  let rotate = false;
  let latestMs: number | null = null;

  const complete = (at: number, ops: SegmentOp[]) => {
    const bytes = Buffer.concat(held);
    held = [];
    const key = keyClusters.has(at);
    const ms = timecodes.get(at);
    keyClusters.delete(at);
    timecodes.delete(at);
    const due = openSince === null || rotate || (ms !== undefined && ms - openSince >= options.segmentMs);
    if (key && ms !== undefined && due) {
      if (openSince !== null) ops.push({ kind: 'close', mediaEndMs: ms });
      ops.push({ kind: 'open', mediaStartMs: ms });
      openSince = ms;
      rotate = false;
    }
    // Before the first key Cluster nothing could decode these bytes: they are not kept.
    if (openSince !== null) ops.push({ kind: 'write', bytes });
  };

  return {
    push(piece) {
      const ops: SegmentOp[] = [];
      for (const at of piece.keyClusters) keyClusters.add(at);
      for (const { at, ms } of piece.timecodes) timecodes.set(at, ms);
      if (piece.latestBlockMs !== null) latestMs = piece.latestBlockMs;
      let cursor = piece.at;
      for (const at of piece.clusters) {
        if (heldAt !== null && at > heldAt) {
          held.push(piece.bytes.subarray(cursor - piece.at, at - piece.at));
          complete(heldAt, ops);
        }
        heldAt = at;
        cursor = at;
      }
      if (heldAt !== null) held.push(piece.bytes.subarray(cursor - piece.at));
      return ops;
    },
    end() {
      const ops: SegmentOp[] = [];
      if (heldAt !== null) complete(heldAt, ops);
      heldAt = null;
      if (openSince !== null) ops.push({ kind: 'close', mediaEndMs: Math.max(openSince, latestMs ?? openSince) });
      openSince = null;
      return ops;
    },
    rotateSoon() {
      rotate = true;
    },
    get latestMs() {
      return latestMs;
    },
  };
}
