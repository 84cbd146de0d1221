/**
 * Finds where each WebM Cluster starts in a byte stream that arrives in arbitrary pieces (the
 * MediaRecorder's chunks), and which of them a decoder can start from. A viewer that joins a live
 * stream needs the header (EBML + Segment metadata + Tracks) and then whole Clusters from one whose
 * first video frame is a key frame: Chromium's recorder starts Clusters at other places too (with
 * audio, about every 300 ms, most of them beginning with inter frames), and a decoder handed one of
 * those fails or shows nothing until the next key frame.
 *
 * It walks the element structure rather than searching for the Cluster ID's bytes, which can occur
 * inside compressed video. Segment and Cluster are entered (their size is usually "unknown" in a
 * live recording), as are Tracks/TrackEntry (to learn the video track's number) and BlockGroup (a
 * Block without a ReferenceBlock is a key frame); a SimpleBlock's key flag is in its header. Every
 * other element is skipped by its size.
 */
const SEGMENT = 0x18538067;
const CLUSTER = 0x1f43b675;
const TRACKS = 0x1654ae6b;
const TRACK_ENTRY = 0xae;
const TRACK_NUMBER = 0xd7;
const TRACK_TYPE = 0x83;
const SIMPLE_BLOCK = 0xa3;
const BLOCK_GROUP = 0xa0;
const BLOCK = 0xa1;
const REFERENCE_BLOCK = 0xfb;
const TIMECODE = 0xe7;
const VIDEO_TRACK_TYPE = 1;

/** Entered with their size unknown or known; their children follow at once. */
const OPEN_ENDED = new Set([SEGMENT, CLUSTER]);
/** Entered when their size is known; something is decided when they end. */
const TRACKED = new Set([TRACKS, TRACK_ENTRY, BLOCK_GROUP]);
/** Read (the first bytes of the payload), then skipped. */
const READ = new Set([TRACK_NUMBER, TRACK_TYPE, SIMPLE_BLOCK, BLOCK, TIMECODE]);
/** A block header: track number (≤ 8 bytes), timecode (2), flags (1). */
const BLOCK_HEAD_BYTES = 11;

export interface ScanResult {
  /** Absolute offsets of the Clusters that started in (or before the end of) these bytes. */
  clusters: number[];
  /**
   * Absolute offsets of Clusters whose first video frame turned out to be a key frame. Reported
   * when that frame's header is read, so possibly in a later push than the Cluster's start.
   */
  keyClusters: number[];
  /**
   * Each Cluster's Timecode (its media time, in the default TimecodeScale's milliseconds, which
   * Chromium's muxer always writes), keyed by the Cluster's offset: the program archive maps
   * media time to wall time with them. Also possibly a push later than the Cluster's start.
   */
  timecodes: ClusterTimecode[];
}

export interface ClusterTimecode {
  at: number;
  ms: number;
}

export interface ClusterScanner {
  /** Feeds the next bytes. */
  push(bytes: Uint8Array): ScanResult;
  /** The video track's number from Tracks (null until read, or when there is no video track). */
  readonly videoTrack: number | null;
  /** Media time (ms) of the latest block whose header was read: where the recording has got to. */
  readonly latestBlockMs: number | null;
  /** Set once the stream cannot be parsed (it is then treated as having no more Cluster starts). */
  readonly broken: string | null;
}

interface Open {
  id: number;
  /** Absolute offset where the element's payload ends. */
  end: number;
  trackNumber?: number;
  trackType?: number;
  blockTrack?: number;
  referenced?: boolean;
}

export function createClusterScanner(): ClusterScanner {
  /** Bytes not consumed yet (at most a partial element header or block head); pending[0] is at absolute offset `base`. */
  let pending = new Uint8Array(0);
  let base = 0;
  /** Payload bytes of the current known-size element still to skip. */
  let toSkip = 0;
  let broken: string | null = null;
  let videoTrack: number | null = null;
  let tracksRead = false;
  /** Open known-size elements we care about the end of, innermost last. */
  const open: Open[] = [];
  /** The latest Cluster, until its first video frame is seen. */
  let awaiting: number | null = null;
  /** The latest Cluster and its Timecode once read (blocks' times are relative to it). */
  let clusterAt: number | null = null;
  let clusterMs: number | null = null;
  let latestBlockMs: number | null = null;

  const blockSeen = (track: number, key: boolean, result: ScanResult) => {
    if (awaiting === null) return;
    // No video track (audio only): the first frame of any track decides.
    if (videoTrack !== null && track !== videoTrack) return;
    if (key) result.keyClusters.push(awaiting);
    awaiting = null;
  };

  const close = (element: Open, result: ScanResult) => {
    if (element.id === TRACK_ENTRY && element.trackType === VIDEO_TRACK_TYPE && videoTrack === null && element.trackNumber !== undefined) {
      videoTrack = element.trackNumber;
    } else if (element.id === TRACKS) {
      tracksRead = true;
    } else if (element.id === BLOCK_GROUP && element.blockTrack !== undefined) {
      blockSeen(element.blockTrack, !element.referenced, result);
    }
  };

  return {
    get broken() {
      return broken;
    },
    get videoTrack() {
      return videoTrack;
    },
    get latestBlockMs() {
      return latestBlockMs;
    },
    push(bytes) {
      const result: ScanResult = { clusters: [], keyClusters: [], timecodes: [] };
      if (broken) return result;
      let data = pending.length === 0 ? bytes : concat(pending, bytes);
      try {
        for (;;) {
          if (toSkip > 0) {
            const n = Math.min(toSkip, data.length);
            data = data.subarray(n);
            base += n;
            toSkip -= n;
            if (toSkip > 0) break;
          }
          while (open.length > 0 && (open.at(-1)?.end ?? 0) <= base) close(open.pop() as Open, result);
          const id = readVint(data, 0, true);
          if (!id) break;
          const size = readVint(data, id.length, false);
          if (!size) break;
          const headerLength = id.length + size.length;
          if (READ.has(id.value)) {
            if (size.unknown) throw new Error(`element 0x${id.value.toString(16)} has an unknown size`);
            const need = Math.min(size.value, id.value === SIMPLE_BLOCK || id.value === BLOCK ? BLOCK_HEAD_BYTES : 8);
            if (data.length < headerLength + need) break;
            read(id.value, data.subarray(headerLength, headerLength + need), result);
          } else if (id.value === CLUSTER) {
            result.clusters.push(base);
            awaiting = base;
            clusterAt = base;
            clusterMs = null;
            // Anything still open belonged to the previous Cluster (or was malformed): it is over.
            open.length = 0;
          }
          data = data.subarray(headerLength);
          base += headerLength;
          if (OPEN_ENDED.has(id.value)) continue;
          if (size.unknown) throw new Error(`element 0x${id.value.toString(16)} has an unknown size`);
          if (id.value === REFERENCE_BLOCK && open.at(-1)?.id === BLOCK_GROUP) (open.at(-1) as Open).referenced = true;
          if (TRACKED.has(id.value) && (id.value === BLOCK_GROUP || !tracksRead)) {
            open.push({ id: id.value, end: base + size.value });
            continue;
          }
          toSkip = size.value;
        }
      } catch (error) {
        broken = error instanceof Error ? error.message : String(error);
      }
      pending = data.slice();
      return result;
    },
  };

  function read(id: number, payload: Uint8Array, result: ScanResult): void {
    const parent = open.at(-1);
    if (id === TIMECODE) {
      // Only a Cluster's own child (nothing else is open inside a Cluster but a BlockGroup).
      if (parent !== undefined || clusterAt === null || clusterMs !== null) return;
      clusterMs = readUint(payload);
      result.timecodes.push({ at: clusterAt, ms: clusterMs });
      return;
    }
    if (id === TRACK_NUMBER || id === TRACK_TYPE) {
      if (parent?.id !== TRACK_ENTRY) return;
      const value = readUint(payload);
      if (id === TRACK_NUMBER) parent.trackNumber = value;
      else parent.trackType = value;
      return;
    }
    const track = readVint(payload, 0, false);
    if (!track) throw new Error('a block too short for its header');
    blockTimeSeen(payload, track.length);
    if (id === BLOCK) {
      if (parent?.id === BLOCK_GROUP) parent.blockTrack = track.value;
      return;
    }
    const flags = payload[track.length + 2];
    if (flags === undefined) throw new Error('a block too short for its header');
    blockSeen(track.value, (flags & 0x80) !== 0, result);
  }

  /** A block's timecode is a signed 16-bit offset from its Cluster's. */
  function blockTimeSeen(payload: Uint8Array, trackLength: number): void {
    const high = payload[trackLength];
    const low = payload[trackLength + 1];
    if (clusterMs === null || high === undefined || low === undefined) return;
    const relative = (((high << 8) | low) << 16) >> 16;
    const ms = clusterMs + relative;
    if (latestBlockMs === null || ms > latestBlockMs) latestBlockMs = ms;
  }
}

function readUint(payload: Uint8Array): number {
  let value = 0;
  for (const byte of payload) value = value * 256 + byte;
  return value;
}

function readVint(data: Uint8Array, at: number, keepMarker: boolean): { value: number; length: number; unknown: boolean } | null {
  if (at >= data.length) return null;
  const first = data[at] ?? 0;
  if (first === 0) throw new Error('invalid EBML length marker');
  let length = 1;
  while (!(first & (0x80 >> (length - 1)))) length++;
  if (at + length > data.length) return null;
  const mask = 0xff >> length;
  let value = keepMarker ? first : first & mask;
  let unknown = (first & mask) === mask;
  for (let i = 1; i < length; i++) {
    const byte = data[at + i] ?? 0;
    value = value * 256 + byte;
    if (byte !== 0xff) unknown = false;
  }
  return { value, length, unknown };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
