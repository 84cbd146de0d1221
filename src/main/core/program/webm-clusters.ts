/**
 * Finds where each WebM Cluster starts in a byte stream that arrives in arbitrary pieces (the
 * MediaRecorder's chunks). A viewer that joins a live stream needs the header (EBML + Segment
 * metadata + Tracks) and then whole Clusters from a Cluster start: the recorder begins a Cluster at
 * every key frame, so starting there gives a clean picture at once.
 *
 * It walks the element structure rather than searching for the Cluster ID's bytes, which can occur
 * inside compressed video. Segment and Cluster are entered (their size is usually "unknown" in a
 * live recording); every other element is skipped by its size.
 */
const SEGMENT = 0x18538067;
const CLUSTER = 0x1f43b675;

export interface ClusterScanner {
  /** Feeds the next bytes; returns the absolute offsets where Clusters start within them. */
  push(bytes: Uint8Array): number[];
  /** Set once the stream cannot be parsed (it is then treated as having no more Cluster starts). */
  readonly broken: string | null;
}

export function createClusterScanner(): ClusterScanner {
  /** Bytes not consumed yet (at most a partial element header); pending[0] is at absolute offset `base`. */
  let pending = new Uint8Array(0);
  let base = 0;
  /** Payload bytes of the current known-size element still to skip. */
  let toSkip = 0;
  let broken: string | null = null;

  return {
    get broken() {
      return broken;
    },
    push(bytes) {
      const starts: number[] = [];
      if (broken) return starts;
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
          const id = readVint(data, 0, true);
          if (!id) break;
          const size = readVint(data, id.length, false);
          if (!size) break;
          if (id.value === CLUSTER) starts.push(base);
          const headerLength = id.length + size.length;
          data = data.subarray(headerLength);
          base += headerLength;
          if (id.value === SEGMENT || id.value === CLUSTER) continue; // enter: children follow
          if (size.unknown) throw new Error(`element 0x${id.value.toString(16)} has an unknown size`);
          toSkip = size.value;
        }
      } catch (error) {
        broken = error instanceof Error ? error.message : String(error);
      }
      pending = data.slice();
      return starts;
    },
  };
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
