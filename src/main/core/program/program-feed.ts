import { createClusterScanner, type ClusterScanner } from './webm-clusters';

/**
 * The live program stream: the studio page records its compositor canvas (MediaRecorder, WebM) and
 * sends the pieces here; OBS's media source (and anything else holding the program key) reads
 * them back over HTTP as one endless WebM file.
 *
 * A reader that joins late gets the header and then the stream from the latest Cluster start (a
 * key frame), so it shows a picture at once instead of waiting for the next recording. A reader
 * that cannot keep up is cut (OBS reconnects by itself); a new recording (the page reloaded)
 * ends every reader, since the old header no longer describes the bytes that follow.
 */
export interface FeedReader {
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

export interface ProgramFeedLimits {
  /** A reader with more than this queued is too slow and is cut. */
  maxQueuedBytes?: number;
  /** A Cluster larger than this is not kept for late joiners (they wait for the next key frame). */
  maxKeptBytes?: number;
  /** Told when the feed goes live or stops, or a reader comes or goes. */
  onChange?: () => void;
}

interface Session {
  id: number;
  mimeType: string;
  scanner: ClusterScanner;
  received: number;
  headerParts: Buffer[];
  header: Buffer | null;
  /** The bytes since the latest Cluster start, for late joiners. */
  kept: Buffer[] | null;
  keptBytes: number;
}

export function createProgramFeed(limits: ProgramFeedLimits = {}): ProgramFeed {
  const maxQueued = limits.maxQueuedBytes ?? 8 * 1024 * 1024;
  const maxKept = limits.maxKeptBytes ?? 16 * 1024 * 1024;
  const changed = () => limits.onChange?.();
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

  const receive = (current: Session, chunk: Buffer) => {
    const starts = current.scanner.push(chunk).map((absolute) => absolute - current.received);
    current.received += chunk.length;
    for (const reader of [...live]) send(reader, chunk);
    const firstStart = starts[0];
    const lastStart = starts.at(-1);
    if (current.header === null) {
      if (firstStart === undefined) {
        current.headerParts.push(chunk);
        return;
      }
      current.headerParts.push(chunk.subarray(0, firstStart));
      current.header = Buffer.concat(current.headerParts);
      current.headerParts = [];
      changed();
    }
    if (lastStart !== undefined) {
      const fromKeyFrame = chunk.subarray(lastStart);
      current.kept = [fromKeyFrame];
      current.keptBytes = fromKeyFrame.length;
      for (const reader of [...waiting]) {
        waiting.delete(reader);
        live.add(reader);
        reader.write(current.header);
        send(reader, fromKeyFrame);
      }
    } else if (current.kept) {
      current.kept.push(chunk);
      current.keptBytes += chunk.length;
      if (current.keptBytes > maxKept) current.kept = null;
    }
  };

  return {
    openIngest(mimeType) {
      endLive();
      const current: Session = {
        id: nextId++,
        mimeType,
        scanner: createClusterScanner(),
        received: 0,
        headerParts: [],
        header: null,
        kept: null,
        keptBytes: 0,
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
          endLive();
          changed();
        },
      };
    },
    addReader(reader) {
      const current = session;
      if (current?.header && current.kept) {
        live.add(reader);
        reader.write(current.header);
        for (const part of current.kept) reader.write(part);
      } else {
        waiting.add(reader);
      }
      changed();
      return () => {
        if (live.delete(reader) || waiting.delete(reader)) changed();
      };
    },
    state: () => ({
      live: session !== null && session.header !== null,
      mimeType: session?.mimeType ?? null,
      bytes: session?.received ?? 0,
      readers: live.size + waiting.size,
      problem: session?.scanner.broken ?? null,
    }),
    close() {
      session = null;
      for (const reader of [...live, ...waiting]) reader.end();
      live.clear();
      waiting.clear();
    },
  };
}
