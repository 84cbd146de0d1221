import type {
  EncodedPacket} from 'mediabunny';
import {
  EncodedAudioPacketSource,
  EncodedPacketSink,
  EncodedVideoPacketSource,
  FilePathSource,
  FilePathTarget,
  Input,
  MATROSKA,
  Mp4OutputFormat,
  Output,
  WEBM,
  WebMOutputFormat,
  type AudioCodec,
  type InputAudioTrack,
  type InputVideoTrack,
  type VideoCodec,
} from 'mediabunny';
import type { ClipPlan, PlanPiece, PlanRun } from './clip-plan';
import { writeClipAtomically } from './clip-files';
import { clipFormatFor, containerHolds, type ClipContainer } from './clip-format';

/**
 * Cuts a clip plan into one file with mediabunny, without re-encoding: encoded packets are copied
 * from the archive's segment files into a new WebM or MP4 (clip-format.ts).
 *
 * A run has to start at a video key frame (a decoder cannot start elsewhere), so each run starts at
 * the key frame at or before its start: the clip may begin up to one key-frame interval (the
 * recorder makes one every second) before the guest's first moment, never after it. Audio starts
 * with the video. Runs follow each other with continuous timestamps: each run is shifted to start
 * where the previous one ended, so a guest whose media dropped and came back gets one clip without
 * a hole. Inside a run, pieces follow each other exactly (segments meet at a key Cluster).
 */
export interface CutRequest {
  plan: ClipPlan;
  /** Where the clip goes; named with `clipFormatFor(plan.mimeType).extension`. */
  outPath: string;
}

export interface CutResult {
  durationMs: number;
  bytes: number;
  mimeType: string;
}

const MEDIA_FORMATS = [WEBM, MATROSKA];
/** Frame length assumed for a last video frame whose duration the recording left at 0. */
const FALLBACK_FRAME_S = 1 / 30;
/**
 * A key frame this little after a run's start counts as at it: the wall-to-media mapping is only
 * good to about this much, and without it a start mapped a few ms before a key frame would pull in
 * a whole key-frame interval of earlier program.
 */
const KEY_SNAP_S = 0.15;

interface Sources {
  video: EncodedVideoPacketSource;
  audio: EncodedAudioPacketSource | null;
  /** Decoder configs are passed with each track's first packet only. */
  videoConfigured: boolean;
  audioConfigured: boolean;
}

interface Timed {
  packet: EncodedPacket;
  track: 'video' | 'audio';
}

export async function cutClip({ plan, outPath }: CutRequest): Promise<CutResult> {
  if (plan.mimeType === null || plan.runs.length === 0) throw new Error('the clip plan is empty: nothing was archived while the guest was on air');
  const { container } = clipFormatFor(plan.mimeType);
  let mimeType = '';
  let cursorS = 0;
  const { bytes } = await writeClipAtomically(outPath, async (partialPath) => {
    const output = new Output({ format: outputFormat(container), target: new FilePathTarget(partialPath) });
    let sources: Sources | null = null;
    try {
      for (const run of plan.runs) {
        const copied = await copyRun(run, cursorS, async (probe) => {
          sources ??= await openSources(output, container, probe);
          return sources;
        });
        cursorS += copied;
      }
      await output.finalize();
      mimeType = await output.getMimeType();
    } catch (error) {
      if (output.state !== 'finalized') await output.cancel();
      throw error;
    }
  });
  return { durationMs: Math.round(cursorS * 1000), bytes, mimeType };
}

function outputFormat(container: ClipContainer): WebMOutputFormat | Mp4OutputFormat {
  // Fast start: the MP4's index first, so a phone plays it while downloading. The clip is held in
  // memory until written (a few tens of MB for minutes of program).
  return container === 'mp4' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat();
}

interface Probe {
  video: InputVideoTrack;
  audio: InputAudioTrack | null;
}

/** The output's tracks, from the first segment's codecs (every run shares them: clip-plan.ts). */
async function openSources(output: Output, container: ClipContainer, probe: Probe): Promise<Sources> {
  const videoCodec = await probe.video.getCodec();
  if (!videoCodec || !containerHolds(container, videoCodec)) throw new Error(`a ${container} clip cannot hold the recording's video (${videoCodec ?? 'unknown codec'})`);
  const video = new EncodedVideoPacketSource(videoCodec satisfies VideoCodec);
  output.addVideoTrack(video);
  const audioCodec = probe.audio ? await probe.audio.getCodec() : null;
  let audio: EncodedAudioPacketSource | null = null;
  if (audioCodec) {
    audio = new EncodedAudioPacketSource(audioCodec satisfies AudioCodec);
    output.addAudioTrack(audio);
  }
  await output.start();
  return { video, audio, videoConfigured: false, audioConfigured: false };
}

/** Copies one run starting at `atS` in the clip; returns how long it lasts (seconds). */
async function copyRun(run: PlanRun, atS: number, sourcesFor: (probe: Probe) => Promise<Sources>): Promise<number> {
  let runStartS: number | null = null;
  let runEndS = 0;
  // A sliver of a segment before the next one's key frame would pull in a key interval: the run starts at that key frame.
  const [head, ...rest] = run.pieces;
  const pieces = head && rest.length > 0 && head.toMs - head.fromMs <= KEY_SNAP_S * 1000 ? rest : run.pieces;
  for (const piece of pieces) {
    const input = new Input({ source: new FilePathSource(piece.path), formats: MEDIA_FORMATS });
    try {
      const video = await input.getPrimaryVideoTrack();
      if (!video) throw new Error(`segment ${piece.segmentId} has no video track`);
      const audio = await input.getPrimaryAudioTrack();
      const sources = await sourcesFor({ video, audio });
      const first = piece === pieces[0];
      const { packets, startS, endS } = await piecePackets(piece, video, sources.audio ? audio : null, first);
      runStartS ??= startS;
      runEndS = Math.max(runEndS, endS);
      await addPackets(packets, runStartS, atS, sources, { video, audio });
    } finally {
      input.dispose();
    }
  }
  return runStartS === null ? 0 : runEndS - runStartS;
}

/**
 * The piece's packets, video and audio interleaved by time. The first piece of a run starts at the
 * key frame at or before its start. (Each packet's `type` is checked while iterating rather than
 * asking mediabunny's getKeyPacket, which answered wrongly for these WebM files in 1.61.0.)
 */
async function piecePackets(piece: PlanPiece, video: InputVideoTrack, audio: InputAudioTrack | null, first: boolean) {
  const fromS = piece.fromMs / 1000;
  const toS = piece.toMs / 1000;
  const all: EncodedPacket[] = [];
  for await (const packet of new EncodedPacketSink(video).packets()) {
    if (packet.timestamp >= toS) break;
    all.push(packet);
  }
  const startIndex = keyIndexAtOrBefore(all, first ? fromS + KEY_SNAP_S : -Infinity);
  if (startIndex < 0) throw new Error(`segment ${piece.segmentId} has no key frame to start at`);
  // A later piece starts at its segment's start, which is a key Cluster.
  const videoPackets = all.slice(startIndex);
  const startS = videoPackets[0]?.timestamp ?? fromS;
  const audioPackets: EncodedPacket[] = [];
  if (audio) {
    for await (const packet of new EncodedPacketSink(audio).packets()) {
      if (packet.timestamp >= toS) break;
      if (packet.timestamp >= startS) audioPackets.push(packet);
    }
  }
  const lastVideo = videoPackets.at(-1);
  const lastAudio = audioPackets.at(-1);
  const endS = Math.max(
    lastVideo ? lastVideo.timestamp + (lastVideo.duration > 0 ? lastVideo.duration : frameGap(videoPackets)) : startS,
    lastAudio ? lastAudio.timestamp + lastAudio.duration : startS,
  );
  const packets: Timed[] = [
    ...videoPackets.map((packet) => ({ packet, track: 'video' as const })),
    ...audioPackets.map((packet) => ({ packet, track: 'audio' as const })),
  ].sort((a, b) => a.packet.timestamp - b.packet.timestamp);
  return { packets, startS, endS };
}

/** The last key frame at or before `atS`; the first key frame when there is none before it. */
export function keyIndexAtOrBefore(packets: readonly Pick<EncodedPacket, 'type' | 'timestamp'>[], atS: number): number {
  let found = -1;
  for (let i = 0; i < packets.length; i++) {
    const packet = packets[i] as Pick<EncodedPacket, 'type' | 'timestamp'>;
    if (packet.type !== 'key') continue;
    if (packet.timestamp <= atS + 1e-6 || found < 0) found = i;
    if (packet.timestamp > atS) break;
  }
  return found;
}

function frameGap(packets: readonly EncodedPacket[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < packets.length; i++) gaps.push((packets[i]?.timestamp ?? 0) - (packets[i - 1]?.timestamp ?? 0));
  gaps.sort((a, b) => a - b);
  const median = gaps[Math.floor(gaps.length / 2)];
  return median !== undefined && median > 0 ? median : FALLBACK_FRAME_S;
}

async function addPackets(packets: readonly Timed[], runStartS: number, atS: number, sources: Sources, tracks: Probe): Promise<void> {
  for (const { packet, track } of packets) {
    const moved = packet.clone({ timestamp: Math.max(0, packet.timestamp - runStartS + atS) });
    if (track === 'video') {
      const meta = sources.videoConfigured ? undefined : { decoderConfig: await decoderConfigOf(tracks.video) };
      sources.videoConfigured = true;
      await sources.video.add(moved, meta);
    } else if (sources.audio && tracks.audio) {
      const meta = sources.audioConfigured ? undefined : { decoderConfig: await audioDecoderConfigOf(tracks.audio) };
      sources.audioConfigured = true;
      await sources.audio.add(moved, meta);
    }
  }
}

async function decoderConfigOf(track: InputVideoTrack): Promise<VideoDecoderConfig> {
  const config = await track.getDecoderConfig();
  if (!config) throw new Error('the recording does not say how to decode its video');
  return config;
}

async function audioDecoderConfigOf(track: InputAudioTrack): Promise<AudioDecoderConfig> {
  const config = await track.getDecoderConfig();
  if (!config) throw new Error('the recording does not say how to decode its audio');
  return config;
}
