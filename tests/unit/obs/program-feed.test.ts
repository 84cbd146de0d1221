import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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
  trackEntry: [0xae],
  trackNumber: [0xd7],
  trackType: [0x83],
  codecId: [0x86],
  cluster: [0x1f, 0x43, 0xb6, 0x75],
  timecode: [0xe7],
  simpleBlock: [0xa3],
  blockGroup: [0xa0],
  block: [0xa1],
  referenceBlock: [0xfb],
};
function size(n: number): Buffer {
  if (n < 0x7f) return Buffer.from([0x80 | n]);
  if (n < 0x3fff) return Buffer.from([0x40 | (n >> 8), n & 0xff]);
  return Buffer.from([0x10 | (n >> 24), (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff]);
}
const element = (id: number[], ...payload: Buffer[]) => {
  const body = Buffer.concat(payload);
  return Buffer.concat([Buffer.from(id), size(body.length), body]);
};
const track = (number: number, type: number, codec: string) =>
  element(ids.trackEntry, element(ids.trackNumber, Buffer.from([number])), element(ids.trackType, Buffer.from([type])), element(ids.codecId, Buffer.from(codec)));
/** Audio is track 1 and video track 2 here (Chromium writes video first): the scanner must read Tracks, not assume. */
const VIDEO = 2;
const AUDIO = 1;
const header = Buffer.concat([
  element(ids.ebml, Buffer.from('webm-doc-type-and-versions')),
  Buffer.from(ids.segment),
  UNKNOWN,
  element(ids.info, Buffer.from('timecode scale, muxing app')),
  element(ids.tracks, track(AUDIO, 2, 'A_OPUS'), track(VIDEO, 1, 'V_VP8')),
]);
/** A block payload whose compressed bytes happen to contain the Cluster ID: a byte search would be fooled. */
const frame = (trackNumber: number, key: boolean, n: number, lacing = 0) =>
  Buffer.concat([Buffer.from([0x80 | trackNumber, 0, n, (key ? 0x80 : 0) | (lacing << 1)]), Buffer.from(ids.cluster), Buffer.alloc(300, n)]);
const simple = (trackNumber: number, key: boolean, n: number, lacing = 0) => element(ids.simpleBlock, frame(trackNumber, key, n, lacing));
/** A Block in a BlockGroup is a key frame unless the group has a ReferenceBlock (after the Block, as libwebm writes it). */
const group = (trackNumber: number, key: boolean, n: number) =>
  element(ids.blockGroup, element(ids.block, frame(trackNumber, false, n).subarray(0, 3), Buffer.from([0]), Buffer.alloc(200, n)), ...(key ? [] : [element(ids.referenceBlock, Buffer.from([0xfd]))]));
const clusterOf = (n: number, ...blocks: Buffer[]) => Buffer.concat([Buffer.from(ids.cluster), UNKNOWN, element(ids.timecode, Buffer.from([n])), ...blocks]);
/** A Cluster that starts at a video key frame (after an audio frame, as Chromium often writes). */
const keyCluster = (n: number, frames: number) => clusterOf(n, simple(AUDIO, true, n), simple(VIDEO, true, n), ...Array.from({ length: frames - 1 }, () => simple(VIDEO, false, n)));
/** A Cluster that starts with inter frames: a decoder cannot start there. */
const interCluster = (n: number, frames: number) => clusterOf(n, simple(AUDIO, true, n), ...Array.from({ length: frames }, () => simple(VIDEO, false, n)));
const cluster = keyCluster;

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

function scan(bytes: Buffer, split: number[]) {
  const scanner = createClusterScanner();
  const results = pieces(bytes, split).map((piece) => scanner.push(piece));
  return { scanner, clusters: results.flatMap((r) => r.clusters), keyClusters: results.flatMap((r) => r.keyClusters) };
}

const offsets = (parts: Buffer[]) => parts.map((_, i) => parts.slice(0, i).reduce((sum, p) => sum + p.length, 0));

class MemoryReader implements FeedReader {
  chunks: Buffer[] = [];
  /** The type it was told, once, before any byte. */
  begun: string[] = [];
  ended = false;
  writableLength = 0;
  begin(mimeType: string) {
    if (this.chunks.length > 0) throw new Error('begin after bytes');
    this.begun.push(mimeType);
  }
  write(chunk: Buffer) {
    if (this.begun.length !== 1) throw new Error('bytes before begin');
    this.chunks.push(Buffer.from(chunk));
  }
  end() {
    this.ended = true;
  }
  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

const SPLITS = [[Number.MAX_SAFE_INTEGER], [1], [7, 3, 500], [4096]];
const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../../fixtures/webm', name));

describe('WebM cluster scanner', () => {
  const parts = [header, keyCluster(1, 3), interCluster(2, 2), keyCluster(3, 4), interCluster(4, 1)];
  const stream = Buffer.concat(parts);
  const at = offsets(parts);

  for (const split of SPLITS) {
    it(`finds every Cluster start and which start at a video key frame, whatever the pieces (${split.join(',')} bytes)`, () => {
      const { scanner, clusters, keyClusters } = scan(stream, split);
      expect(clusters).toEqual([at[1], at[2], at[3], at[4]]);
      expect(keyClusters).toEqual([at[1], at[3]]);
      expect(scanner.videoTrack).toBe(VIDEO);
      expect(scanner.broken).toBeNull();
    });
  }

  it('reads key frames from BlockGroups: a Block without a ReferenceBlock is a key frame', () => {
    const groups = [header, clusterOf(1, group(VIDEO, true, 1), group(VIDEO, false, 1)), clusterOf(2, group(AUDIO, true, 2), group(VIDEO, false, 2)), clusterOf(3, group(VIDEO, true, 3))];
    const at = offsets(groups);
    for (const split of SPLITS) expect(scan(Buffer.concat(groups), split).keyClusters).toEqual([at[1], at[3]]);
  });

  it('reads the key flag of laced blocks (Xiph, EBML and fixed-size lacing) and ignores a laced audio key frame', () => {
    const laced = [header, clusterOf(1, simple(AUDIO, true, 1, 1), simple(VIDEO, false, 1, 3)), clusterOf(2, simple(AUDIO, true, 2, 3), simple(VIDEO, true, 2, 2))];
    const at = offsets(laced);
    expect(scan(Buffer.concat(laced), [5]).keyClusters).toEqual([at[2]]);
  });

  it('takes a Cluster with no video frame as no start, and decides on the first video frame only', () => {
    const parts = [header, clusterOf(1, simple(AUDIO, true, 1)), clusterOf(2, simple(VIDEO, false, 2), simple(VIDEO, true, 2)), keyCluster(3, 1)];
    const at = offsets(parts);
    expect(scan(Buffer.concat(parts), [64]).keyClusters).toEqual([at[3]]);
  });

  it('treats known-size Clusters like unknown-size ones', () => {
    const sized = (n: number, key: boolean) => element(ids.cluster, element(ids.timecode, Buffer.from([n])), simple(VIDEO, key, n), simple(VIDEO, false, n));
    const parts = [header, sized(1, true), sized(2, false), sized(3, true)];
    const at = offsets(parts);
    const found = scan(Buffer.concat(parts), [9]);
    expect(found.clusters).toEqual([at[1], at[2], at[3]]);
    expect(found.keyClusters).toEqual([at[1], at[3]]);
  });

  it('in a real Chromium recording with audio, finds the three Clusters of eleven that start at a video key frame', () => {
    const bytes = fixture('chromium-vp8-opus.webm');
    // Read with an independent EBML walker (see tests/fixtures/webm/README.md).
    const clusters = [206, 2347, 4163, 6267, 6699, 9682, 12986, 16051, 18056, 19448];
    for (const split of SPLITS) {
      const found = scan(bytes, split);
      expect(found.clusters).toEqual(clusters);
      expect(found.keyClusters).toEqual([206, 6699, 18056]);
      expect(found.scanner.videoTrack).toBe(1);
      expect(found.scanner.broken).toBeNull();
    }
  });

  it('in a real Chromium recording with alpha (BlockGroups), finds a key frame at every Cluster', () => {
    const found = scan(fixture('chromium-vp8-alpha.webm'), [1000]);
    expect(found.clusters).toEqual([143, 3564, 8964]);
    expect(found.keyClusters).toEqual([143, 3564, 8964]);
  });

  it('gives up on bytes that are not EBML instead of guessing', () => {
    const scanner = createClusterScanner();
    expect(scanner.push(Buffer.from([0x00, 0x00, 0x00]))).toEqual({ clusters: [], keyClusters: [], timecodes: [] });
    expect(scanner.broken).toMatch(/invalid EBML/);
  });
});

describe('program feed', () => {
  it('gives an early reader the whole stream and a late reader the header plus the stream from the latest key frame', () => {
    const feed = createProgramFeed();
    const early = new MemoryReader();
    feed.addReader(early);
    const ingest = feed.openIngest('video/webm;codecs=vp8');
    expect(early.begun).toEqual([]);
    // The early reader was waiting for a header: it starts at the first Cluster, told the recording's type first.
    for (const piece of pieces(Buffer.concat([header, cluster(1, 2)]), [100])) ingest.write(piece);
    expect(early.begun).toEqual(['video/webm;codecs=vp8']);
    expect(early.bytes()).toEqual(Buffer.concat([header, cluster(1, 2)]));
    expect(feed.state()).toMatchObject({ live: true, readers: 1, mimeType: 'video/webm;codecs=vp8' });

    for (const piece of pieces(cluster(2, 3), [64])) ingest.write(piece);
    const late = new MemoryReader();
    feed.addReader(late);
    ingest.write(cluster(3, 1));
    expect(late.bytes()).toEqual(Buffer.concat([header, cluster(2, 3), cluster(3, 1)]));
    expect(early.bytes()).toEqual(Buffer.concat([header, cluster(1, 2), cluster(2, 3), cluster(3, 1)]));
  });

  it('starts a late reader at the latest Cluster beginning with a video key frame, not at a later inter-frame Cluster', () => {
    const feed = createProgramFeed();
    const ingest = feed.openIngest('video/webm;codecs=vp8,opus');
    ingest.write(Buffer.concat([header, interCluster(1, 2)]));
    expect(feed.state().live).toBe(false); // no key frame yet: nothing a decoder could start from
    const early = new MemoryReader();
    feed.addReader(early);
    expect(early.chunks).toHaveLength(0);
    // The key frame arrives byte by byte: the waiting reader starts at its Cluster, not earlier.
    for (const piece of pieces(keyCluster(2, 2), [1])) ingest.write(piece);
    expect(early.bytes()).toEqual(Buffer.concat([header, keyCluster(2, 2)]));
    expect(feed.state().live).toBe(true);

    ingest.write(interCluster(3, 2));
    ingest.write(interCluster(4, 1));
    const late = new MemoryReader();
    feed.addReader(late);
    ingest.write(keyCluster(5, 1));
    expect(late.bytes()).toEqual(Buffer.concat([header, keyCluster(2, 2), interCluster(3, 2), interCluster(4, 1), keyCluster(5, 1)]));
    const later = new MemoryReader();
    feed.addReader(later);
    expect(later.bytes()).toEqual(Buffer.concat([header, keyCluster(5, 1)]));
  });

  it('with a real Chromium recording, a reader joining mid-stream gets the header and the bytes from the latest key-frame Cluster', () => {
    const bytes = fixture('chromium-vp8-opus.webm');
    const feed = createProgramFeed();
    const ingest = feed.openIngest('video/webm;codecs=vp8,opus');
    const joinAt = 16_051; // inside the stream, after the key frame at 6699 and three inter-frame Clusters
    for (const piece of pieces(bytes.subarray(0, joinAt), [1000])) ingest.write(piece);
    const late = new MemoryReader();
    feed.addReader(late);
    for (const piece of pieces(bytes.subarray(joinAt), [777])) ingest.write(piece);
    expect(late.bytes()).toEqual(Buffer.concat([bytes.subarray(0, 206), bytes.subarray(6699)]));
  });

  it('keeps no more than maxKeptBytes for late joiners: past that they wait for the next key frame', () => {
    const feed = createProgramFeed({ maxKeptBytes: keyCluster(1, 2).length + 100 });
    const ingest = feed.openIngest('video/webm');
    ingest.write(Buffer.concat([header, keyCluster(1, 2), interCluster(2, 3)]));
    const late = new MemoryReader();
    feed.addReader(late);
    expect(late.chunks).toHaveLength(0);
    ingest.write(keyCluster(3, 1));
    expect(late.bytes()).toEqual(Buffer.concat([header, keyCluster(3, 1)]));
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

    const again = feed.openIngest('video/webm;codecs=vp9');
    expect(fine.ended).toBe(true);
    expect(feed.state()).toMatchObject({ live: false, readers: 0 });
    const next = new MemoryReader();
    feed.addReader(next);
    again.write(header);
    expect(feed.state().live).toBe(false); // no Cluster yet: nothing a reader could start from
    // The old recording's late bytes are ignored.
    ingest.write(cluster(9, 1));
    again.write(cluster(1, 1));
    expect(feed.state()).toMatchObject({ live: true, bytes: header.length + cluster(1, 1).length });
    // A reader of the new recording is told the new recording's type, not the old one's.
    expect(next.begun).toEqual(['video/webm;codecs=vp9']);
    expect(fine.begun).toEqual(['video/webm']);
  });
});
