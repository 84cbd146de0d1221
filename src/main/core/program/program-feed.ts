import { createClusterScanner, type ClusterScanner, type ClusterTimecode, type ScanResult } from './webm-clusters';

/**
 * The live program stream: the studio page records its compositor canvas (MediaRecorder, WebM) and
 * sends the pieces here; OBS's media source (and anything else holding the program key) reads
 * them back over HTTP as one endless WebM file.
 *
 * A reader that joins late gets the header and then the stream from the latest Cluster whose first
 * video frame is a key frame (webm-clusters.ts tells which), so its decoder starts cleanly at once
 * instead of failing on inter frames or waiting for the next key frame (the recorder makes one
 * every second). Before the first key frame, readers wait. A reader
 * that cannot keep up is cut (OBS reconnects by itself); a new recording (the page reloaded)
 * ends every reader, since the old header no longer describes the bytes that follow.
 */
export interface FeedReader {
  /** Called once, before the first byte: the recording's type with its codecs, as the studio page named it. */
  begin(mimeType: string): void;
  write(chunk: Buffer): unknown;
  end(): void;
  /** Bytes queued but not yet sent. */
  readonly writableLength: number;
}

export interface IngestSession {
  write(chunk: Buffer): void;
  close(): void;
}

export interface FeedState {
  live: boolean;
  mimeType: string | null;
  bytes: number;
  readers: number;
  /** Set when the recording could not be parsed as WebM. */
  problem: string | null;
}

export interface ProgramFeed {
  openIngest(mimeType: string): IngestSession;
  /** Starts sending to `reader`; returns the function that stops. */
  addReader(reader: FeedReader): () => void;
  state(): FeedState;
  close(): void;
}

/**
 * A second consumer of every recording, beside the readers (the program archive that clips are cut
 * from). It gets each recording's header once, then every byte from the first Cluster on, with
 * what the Cluster scanner found in those bytes and when they arrived: the arrival times of
 * Clusters are how media time is mapped to wall time.
 */
export interface FeedTap {
  begin(recording: TappedRecording): TapSession;
}

export interface TappedRecording {
  mimeType: string;
  /** EBML header + Segment metadata + Tracks: what every file cut from the recording starts with. */
  header: Buffer;
}

export interface TapSession {
  chunk(piece: TappedChunk): void;
  /** The recording ended (closed, or replaced by a new one). */
  end(): void;
}

export interface TappedChunk {
  /** Absolute offset of `bytes[0]` in the recording. */
  at: number;
  bytes: Buffer;
  /** Wall-clock milliseconds (the feed's `now`) when the piece arrived. */
  arrivedAt: number;
  clusters: number[];
  keyClusters: number[];
  timecodes: ClusterTimecode[];
  /** Media time of the latest block read so far (ms). */
  latestBlockMs: number | null;
}

export interface ProgramFeedLimits {
  /** A reader with more than this queued is too slow and is cut. */
  maxQueuedBytes?: number;
  /** A Cluster larger than this is not kept for late joiners (they wait for the next key frame). */
  maxKeptBytes?: number;
  /** Told when the feed goes live or stops, or a reader comes or goes. */
  onChange?: () => void;
  /** Also gets every recording (see FeedTap). */
  tap?: FeedTap;
  /** Wall clock for the tap's arrival times (ms); Date.now by default. */
  now?: () => number;
}

interface Session {
  id: number;
  mimeType: string;
  scanner: ClusterScanner;
  received: number;
  headerParts: Buffer[];
  header: Buffer | null;
  /** Absolute offset of the latest Cluster that starts with a video key frame, while its bytes are kept. */
  keyAt: number | null;
  /** The latest Cluster not known yet to start with a key frame (kept in case it does). */
  candidateAt: number | null;
  /** The bytes from keyAt (or else candidateAt) on, for late joiners. */
  kept: { at: number; chunk: Buffer }[];
  keptBytes: number;
  /** A key-frame Cluster has been seen: a reader can start. */
  startable: boolean;
  /** Where the tap gets this recording, once its header is complete. */
  tapped: TapSession | null;
}

/** Drops kept bytes before `offset` (absolute); everything when offset is null. */
function keepFrom(current: Session, offset: number | null): void {
  if (offset === null) {
    current.kept = [];
    current.keptBytes = 0;
    return;
  }
  while (current.kept.length > 0) {
    const first = current.kept[0] as { at: number; chunk: Buffer };
    const end = first.at + first.chunk.length;
    if (end <= offset) {
      current.kept.shift();
      current.keptBytes -= first.chunk.length;
      continue;
    }
    if (first.at < offset) {
      current.kept[0] = { at: offset, chunk: first.chunk.subarray(offset - first.at) };
      current.keptBytes -= offset - first.at;
    }
    break;
  }
}

export function createProgramFeed(limits: ProgramFeedLimits = {}): ProgramFeed {
  const maxQueued = limits.maxQueuedBytes ?? 8 * 1024 * 1024;
  const maxKept = limits.maxKeptBytes ?? 16 * 1024 * 1024;
  const changed = () => limits.onChange?.();
  const now = limits.now ?? Date.now;
  let session: Session | null = null;
  let nextId = 1;
  /** Readers already receiving the live bytes, and readers waiting for a header and a key frame. */
  const live = new Set<FeedReader>();
  const waiting = new Set<FeedReader>();

  /** Readers that got bytes of a recording that ended; those still waiting keep waiting for the next one. */
  const endLive = () => {
    const had = live.size;
    for (const reader of live) reader.end();
    live.clear();
    if (had > 0) changed();
  };

  const send = (reader: FeedReader, chunk: Buffer): boolean => {
    if (reader.writableLength > maxQueued) {
      live.delete(reader);
      reader.end();
      changed();
      return false;
    }
    reader.write(chunk);
    return true;
  };

  /** Header, then the kept bytes from the latest key frame: a decoder's clean start. */
  const startReader = (current: Session, reader: FeedReader) => {
    live.add(reader);
    reader.begin(current.mimeType);
    reader.write(current.header as Buffer);
    for (const { chunk } of current.kept) if (!send(reader, chunk)) return;
  };

  /** Hands the tap the bytes from the first Cluster on (the header goes once, in `begin`). */
  const tapChunk = (current: Session, at: number, chunk: Buffer, scan: ScanResult, arrivedAt: number) => {
    if (!limits.tap || current.header === null) return;
    current.tapped ??= limits.tap.begin({ mimeType: current.mimeType, header: current.header });
    const from = Math.max(at, current.header.length);
    if (from >= at + chunk.length) return;
    current.tapped.chunk({ at: from, bytes: chunk.subarray(from - at), arrivedAt, ...scan, latestBlockMs: current.scanner.latestBlockMs });
  };

  const endTap = (current: Session) => {
    current.tapped?.end();
    current.tapped = null;
  };

  const receive = (current: Session, chunk: Buffer) => {
    const arrivedAt = now();
    const at = current.received;
    const scan = current.scanner.push(chunk);
    const { clusters, keyClusters } = scan;
    current.received += chunk.length;
    for (const reader of [...live]) send(reader, chunk);
    const firstCluster = clusters[0];
    if (current.header === null) {
      if (firstCluster === undefined) {
        current.headerParts.push(chunk);
        return;
      }
      current.headerParts.push(chunk.subarray(0, firstCluster - at));
      current.header = Buffer.concat(current.headerParts);
      current.headerParts = [];
    }
    tapChunk(current, at, chunk, scan, arrivedAt);
    const lastCluster = clusters.at(-1);
    const lastKey = keyClusters.at(-1);
    if (lastCluster !== undefined) current.candidateAt = lastCluster;
    if (lastKey !== undefined) current.keyAt = lastKey;
    if (current.candidateAt !== null && current.keyAt !== null && current.candidateAt <= current.keyAt) current.candidateAt = null;
    current.kept.push({ at, chunk });
    current.keptBytes += chunk.length;
    keepFrom(current, current.keyAt ?? current.candidateAt);
    if (current.keptBytes > maxKept && current.keyAt !== null) {
      // Too long to replay: late joiners wait for the next key frame.
      current.keyAt = null;
      keepFrom(current, current.candidateAt);
    }
    if (lastKey !== undefined && current.keyAt !== null) {
      const first = !current.startable;
      current.startable = true;
      for (const reader of [...waiting]) {
        waiting.delete(reader);
        startReader(current, reader);
      }
      if (first) changed();
    }
  };

  return {
    openIngest(mimeType) {
      endLive();
      if (session) endTap(session);
      const current: Session = {
        id: nextId++,
        mimeType,
        scanner: createClusterScanner(),
        received: 0,
        headerParts: [],
        header: null,
        keyAt: null,
        candidateAt: null,
        kept: [],
        keptBytes: 0,
        startable: false,
        tapped: null,
      };
      session = current;
      return {
        write(chunk) {
          if (session !== current) return;
          receive(current, chunk);
        },
        close() {
          if (session !== current) return;
          session = null;
          endTap(current);
          endLive();
          changed();
        },
      };
    },
    addReader(reader) {
      const current = session;
      if (current?.header && current.keyAt !== null) {
        startReader(current, reader);
      } else {
        waiting.add(reader);
      }
      changed();
      return () => {
        if (live.delete(reader) || waiting.delete(reader)) changed();
      };
    },
    state: () => ({
      live: session !== null && session.startable,
      mimeType: session?.mimeType ?? null,
      bytes: session?.received ?? 0,
      readers: live.size + waiting.size,
      problem: session?.scanner.broken ?? null,
    }),
    close() {
      if (session) endTap(session);
      session = null;
      for (const reader of [...live, ...waiting]) reader.end();
      live.clear();
      waiting.clear();
    },
  };
}
