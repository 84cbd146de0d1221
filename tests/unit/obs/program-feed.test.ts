import { describe, expect, it } from 'vitest';
import { createProgramFeed, type FeedReader } from '../../../src/main/core/program/program-feed';
import { createClusterScanner } from '../../../src/main/core/program/webm-clusters';

/** Builds WebM the way Chrome's MediaRecorder writes it: unknown-size Segment and Clusters. */
const UNKNOWN = Buffer.from([0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
const ids = {
  ebml: [0x1a, 0x45, 0xdf, 0xa3],
  segment: [0x18, 0x53, 0x80, 0x67],
  info: [0x15, 0x49, 0xa9, 0x66],
  tracks: [0x16, 0x54, 0xae, 0x6b],
  cluster: [0x1f, 0x43, 0xb6, 0x75],
  timecode: [0xe7],
  simpleBlock: [0xa3],
};
function size(n: number): Buffer {
  if (n < 0x7f) return Buffer.from([0x80 | n]);
  if (n < 0x3fff) return Buffer.from([0x40 | (n >> 8), n & 0xff]);
  return Buffer.from([0x10 | (n >> 24), (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff]);
}
const element = (id: number[], payload: Buffer) => Buffer.concat([Buffer.from(id), size(payload.length), payload]);
const header = Buffer.concat([
  element(ids.ebml, Buffer.from('webm-doc-type-and-versions')),
  Buffer.from(ids.segment),
  UNKNOWN,
  element(ids.info, Buffer.from('timecode scale, muxing app')),
  element(ids.tracks, Buffer.from('one VP8 video track, 1280x720')),
]);
/** A frame whose compressed bytes happen to contain the Cluster ID: a byte search would be fooled. */
const trickyFrame = (n: number) => Buffer.concat([Buffer.from([0x81, 0, n, 0x80]), Buffer.from(ids.cluster), Buffer.alloc(300, n)]);
const cluster = (n: number, frames: number) =>
  Buffer.concat([Buffer.from(ids.cluster), UNKNOWN, element(ids.timecode, Buffer.from([n])), ...Array.from({ length: frames }, () => element(ids.simpleBlock, trickyFrame(n)))]);

function pieces(bytes: Buffer, sizes: number[]): Buffer[] {
  const out: Buffer[] = [];
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const n = sizes[i % sizes.length] ?? 1;
    out.push(bytes.subarray(at, at + n));
    at += n;
  }
  return out;
}

class MemoryReader implements FeedReader {
  chunks: Buffer[] = [];
  ended = false;
  writableLength = 0;
  write(chunk: Buffer) {
    this.chunks.push(Buffer.from(chunk));
  }
  end() {
    this.ended = true;
  }
  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

describe('WebM cluster scanner', () => {
  const stream = Buffer.concat([header, cluster(1, 3), cluster(2, 2), cluster(3, 4)]);
  const expected = [header.length, header.length + cluster(1, 3).length, header.length + cluster(1, 3).length + cluster(2, 2).length];

  for (const split of [[stream.length], [1], [7, 3, 500], [4096]]) {
    it(`finds exactly the Cluster starts, whatever the pieces (${split.join(',')} bytes)`, () => {
      const scanner = createClusterScanner();
      const found = pieces(stream, split).flatMap((piece) => scanner.push(piece));
      expect(found).toEqual(expected);
      expect(scanner.broken).toBeNull();
    });
  }

  it('gives up on bytes that are not EBML instead of guessing', () => {
    const scanner = createClusterScanner();
    expect(scanner.push(Buffer.from([0x00, 0x00, 0x00]))).toEqual([]);
    expect(scanner.broken).toMatch(/invalid EBML/);
  });
});

describe('program feed', () => {
  it('gives an early reader the whole stream and a late reader the header plus the stream from the latest key frame', () => {
    const feed = createProgramFeed();
    const early = new MemoryReader();
    feed.addReader(early);
    const ingest = feed.openIngest('video/webm;codecs=vp8');
    // The early reader was waiting for a header: it starts at the first Cluster.
    for (const piece of pieces(Buffer.concat([header, cluster(1, 2)]), [100])) ingest.write(piece);
    expect(early.bytes()).toEqual(Buffer.concat([header, cluster(1, 2)]));
    expect(feed.state()).toMatchObject({ live: true, readers: 1, mimeType: 'video/webm;codecs=vp8' });

    for (const piece of pieces(cluster(2, 3), [64])) ingest.write(piece);
    const late = new MemoryReader();
    feed.addReader(late);
    ingest.write(cluster(3, 1));
    expect(late.bytes()).toEqual(Buffer.concat([header, cluster(2, 3), cluster(3, 1)]));
    expect(early.bytes()).toEqual(Buffer.concat([header, cluster(1, 2), cluster(2, 3), cluster(3, 1)]));
  });

  it('cuts a reader that cannot keep up, and ends every reader when a new recording starts', () => {
    const feed = createProgramFeed({ maxQueuedBytes: 1000 });
    const ingest = feed.openIngest('video/webm');
    ingest.write(Buffer.concat([header, cluster(1, 1)]));
    const slow = new MemoryReader();
    const fine = new MemoryReader();
    feed.addReader(slow);
    feed.addReader(fine);
    slow.writableLength = 5000;
    ingest.write(cluster(2, 1));
    expect(slow.ended).toBe(true);
    expect(fine.ended).toBe(false);
    expect(feed.state().readers).toBe(1);

    const again = feed.openIngest('video/webm');
    expect(fine.ended).toBe(true);
    expect(feed.state()).toMatchObject({ live: false, readers: 0 });
    again.write(header);
    expect(feed.state().live).toBe(false); // no Cluster yet: nothing a reader could start from
    // The old recording's late bytes are ignored.
    ingest.write(cluster(9, 1));
    again.write(cluster(1, 1));
    expect(feed.state()).toMatchObject({ live: true, bytes: header.length + cluster(1, 1).length });
  });
});
