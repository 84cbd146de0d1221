import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDGE_TARGET_S, SEEK_INTO_S, liveEdgeAction } from '../../../src/renderer/program/live-edge';
import { webmHeaderLength, webmMimeType } from '../../../src/renderer/program/webm-codecs';

const fixture = (name: string) => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/webm', name)));

describe('program page: codecs from the stream header', () => {
  it('finds where the header ends and names its codecs, as Media Source Extensions need them', () => {
    const withAudio = fixture('chromium-vp8-opus.webm');
    const length = webmHeaderLength(withAudio);
    expect(length).toBe(206); // the first Cluster (tests/fixtures/webm/README.md)
    expect(webmMimeType(withAudio.subarray(0, length ?? 0))).toBe('video/webm; codecs="vp8,opus"');
    const videoOnly = fixture('chromium-vp8-alpha.webm');
    expect(webmMimeType(videoOnly.subarray(0, webmHeaderLength(videoOnly) ?? 0))).toBe('video/webm; codecs="vp8"');
  });

  it('waits for more bytes while the header is incomplete, and refuses a header without a video codec it knows', () => {
    expect(webmHeaderLength(fixture('chromium-vp8-opus.webm').subarray(0, 150))).toBeNull();
    expect(webmMimeType(new TextEncoder().encode('A_OPUS only'))).toBeNull();
  });
});

describe('program page: staying at the live edge', () => {
  const at = (currentTime: number, end: number, extra: Partial<Parameters<typeof liveEdgeAction>[0]> = {}) =>
    liveEdgeAction({ currentTime, ranges: [{ start: 10, end }], playbackRate: 1, seeking: false, ...extra });

  it('starts just after the beginning of what is buffered: a key frame, little decoding ahead, room for Opus pre-roll', () => {
    expect(at(0, 10.8)).toEqual({ seekTo: 10 + SEEK_INTO_S, playbackRate: 1 });
    expect(at(0, 10.1)).toEqual({ seekTo: 10.05, playbackRate: 1 }); // a short range: its middle
  });

  it('plays on at normal speed near the edge, catches up faster when behind, and stops catching up near the target', () => {
    expect(at(10.6, 10.8)).toEqual({ seekTo: null, playbackRate: 1 });
    expect(at(10.2, 10.8)).toEqual({ seekTo: null, playbackRate: 1.5 });
    expect(at(10.5, 10.8, { playbackRate: 1.5 })).toEqual({ seekTo: null, playbackRate: 1.5 });
    expect(at(10.7, 10.8, { playbackRate: 1.5 })).toEqual({ seekTo: null, playbackRate: 1 });
    expect(at(10.8, 10.8, { playbackRate: 1.5 })).toEqual({ seekTo: null, playbackRate: 1 }); // at the edge: waits
  });

  it('jumps when far behind, and decides nothing while a jump is in progress', () => {
    expect(at(11, 14)).toEqual({ seekTo: 14 - EDGE_TARGET_S, playbackRate: 1 });
    expect(at(0, 14, { seeking: true, playbackRate: 1.5 })).toEqual({ seekTo: null, playbackRate: 1.5 });
  });

  it('jumps a gap in what is buffered instead of stalling at it', () => {
    const ranges = [{ start: 10, end: 11 }, { start: 11.4, end: 12 }];
    expect(liveEdgeAction({ currentTime: 10.9, ranges, playbackRate: 1, seeking: false })).toEqual({ seekTo: 11.4 + SEEK_INTO_S, playbackRate: 1 });
    expect(liveEdgeAction({ currentTime: 11.2, ranges, playbackRate: 1, seeking: false })).toEqual({ seekTo: 11.4 + SEEK_INTO_S, playbackRate: 1 });
    expect(liveEdgeAction({ currentTime: 10.2, ranges, playbackRate: 1, seeking: false })).toEqual({ seekTo: null, playbackRate: 1.5 });
    // A sliver between two holes is skipped.
    const slivers = [{ start: 10, end: 10.08 }, { start: 10.2, end: 10.28 }, { start: 10.5, end: 11.5 }];
    expect(liveEdgeAction({ currentTime: 0, ranges: slivers, playbackRate: 1, seeking: false })).toEqual({ seekTo: 10.5 + SEEK_INTO_S, playbackRate: 1 });
  });
});
