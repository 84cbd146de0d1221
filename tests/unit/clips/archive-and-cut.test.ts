import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_FORMATS, EncodedPacketSink, FilePathSource, Input } from 'mediabunny';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cutClip } from '../../../src/main/core/clips/clip-cutter';
import { planClip } from '../../../src/main/core/clips/clip-plan';
import { createProgramArchive } from '../../../src/main/core/clips/program-archive';
import { createProgramFeed } from '../../../src/main/core/program/program-feed';
import { createClusterScanner } from '../../../src/main/core/program/webm-clusters';
import { MIGRATIONS } from '../../../src/main/core/store/migrations/all';
import { programArchive } from '../../../src/main/core/store/migrations/0011_program_archive';
import { createProgramArchiveRepo } from '../../../src/main/core/store/program-archive-repo';
import { createShowsRepo } from '../../../src/main/core/store/shows-repo';
import { aShow } from '../store/fixtures';
import { tempDb, type TempDb } from '../store/temp-db';

const FIXTURE = join(import.meta.dirname, '../../fixtures/webm/chromium-vp8-opus-phases.webm');
const T0 = Date.parse('2026-12-07T20:00:00.000Z');

let temp: TempDb;
let dir: string;
beforeEach(() => {
  temp = tempDb();
  expect(MIGRATIONS).toContain(programArchive);
  dir = mkdtempSync(join(tmpdir(), 'hotseat-archive-'));
});
afterEach(() => {
  temp.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

/** Replays the fixture through a real feed in 4 KiB pieces, each arriving 30 ms after its media time. */
function replay(archive: ReturnType<typeof createProgramArchive>): void {
  const bytes = readFileSync(FIXTURE);
  const scanner = createClusterScanner();
  let arrival = T0;
  const feed = createProgramFeed({ tap: archive.tap, now: () => arrival });
  const ingest = feed.openIngest('video/webm;codecs=vp8,opus');
  for (let at = 0; at < bytes.length; at += 4096) {
    const piece = bytes.subarray(at, at + 4096);
    scanner.push(piece);
    arrival = T0 + (scanner.latestBlockMs ?? 0) + 30;
    ingest.write(piece);
  }
  ingest.close();
}

describe('program archive and clip cutter', () => {
  it('archives segments that start at key frames and cuts two on-air intervals into one continuous WebM', async () => {
    const show = aShow();
    createShowsRepo(temp.db).insert(show);
    const archive = createProgramArchive({ dir, repo: createProgramArchiveRepo(temp.db), capBytes: 50_000_000, segmentMs: 2_000 });
    archive.startShow(show.id);
    replay(archive);
    const segments = archive.segments(show.id);
    expect(segments.length).toBeGreaterThanOrEqual(4);
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
    for (const segment of segments) {
      const input = new Input({ source: new FilePathSource(segment.path), formats: ALL_FORMATS });
      const video = await input.getPrimaryVideoTrack();
      const first = video ? await new EncodedPacketSink(video).getFirstPacket() : null;
      expect(first?.type).toBe('key');
      input.dispose();
    }
    // Guest on air 2.0–4.5 s and 6.0–8.0 s of the recording (its colour phases).
    const plan = planClip({
      intervals: [
        { startMs: T0 + 2_000, endMs: T0 + 4_500 },
        { startMs: T0 + 6_000, endMs: T0 + 8_000 },
      ],
      paddingBeforeMs: 0,
      paddingAfterMs: 0,
      nowMs: T0 + 10_000,
      segments,
    });
    expect(plan.runs).toHaveLength(2);
    const outPath = join(dir, 'clip.webm');
    const result = await cutClip({ plan, outPath });
    expect(result.mimeType).toMatch(/^video\/webm/);
    const clip = new Input({ source: new FilePathSource(outPath), formats: ALL_FORMATS });
    const duration = await clip.computeDuration();
    expect(Math.abs(duration - 4.5)).toBeLessThanOrEqual(1);
    const video = await clip.getPrimaryVideoTrack();
    let previous = -1;
    let biggestGap = 0;
    for await (const packet of new EncodedPacketSink(video as NonNullable<typeof video>).packets()) {
      if (previous >= 0) biggestGap = Math.max(biggestGap, packet.timestamp - previous);
      previous = packet.timestamp;
    }
    expect(biggestGap).toBeLessThan(0.1);
    clip.dispose();
  });
});
