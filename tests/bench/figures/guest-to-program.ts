import type { Page } from 'playwright-core';
import type { OBSWebSocket } from 'obs-websocket-js/json';
import type { Rect } from '../../../src/renderer/compositor/layout-geometry';
import { measured, type Figure } from '../lib/figure';
import { epochNow } from '../lib/clock';
import { readPpmTimeCode, timeCodeKit, type TimeCodeKit } from '../support/time-code';

/**
 * Figure 2, guest → program latency, and program → OBS on each output path.
 *
 * The guest's camera is a canvas drawing the wall-clock millisecond as a code (support/time-code.ts),
 * sent over WebRTC like any camera. In the studio page a compositor frame listener reads the guest's
 * tile right after each frame is drawn: (drawn − code) is 2a. The program page (Chromium, the path
 * for OBS builds with a browser source) reads the same tile at each presented video frame
 * (requestVideoFrameCallback), first on its WebRTC feed (2e: presented − code, end to end; 2f:
 * presented − drawn in the studio), then on the WebM stream (2b: presented − drawn). A real OBS
 * playing the live stream in a media source is polled with GetSourceScreenshot: a code first seen in
 * a screenshot appeared in OBS after the previous screenshot was asked for and before this one came
 * back, so 2c is (answer − drawn) with that window as its resolution (reported as 2d).
 */
export type CodeSightings = [code: number, atMs: number][];

interface Region {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** In the studio page: every new code in the guest's tile, when the compositor drew it (from now on). */
export async function watchStudioCodes(page: Page, rect: Rect): Promise<void> {
  await page.evaluate((tile) => {
    type Kit = { readRgba(data: ArrayLike<number>, width: number, rect: { x: number; y: number; w: number; h: number }): number | null };
    const g = globalThis as unknown as {
      __timeCode: Kit;
      __codes: [number, number][];
      __stopCodes?: () => void;
      hotseatProgram: { compositor: { onFrame(listener: (canvas: unknown) => void): () => void } };
      document: { createElement(tag: 'canvas'): { width: number; height: number; getContext(kind: '2d', options: object): CanvasLike | null } };
    };
    type CanvasLike = { drawImage(...args: unknown[]): void; getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
    const codes: [number, number][] = [];
    g.__codes = codes;
    const scratch = g.document.createElement('canvas');
    scratch.width = Math.round(tile.w / 4);
    scratch.height = Math.round(tile.h / 4);
    const ctx = scratch.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2D canvas');
    let last = -1;
    // Watching again (the next page) starts a fresh list rather than stacking listeners.
    g.__stopCodes?.();
    g.__stopCodes = g.hotseatProgram.compositor.onFrame((canvas) => {
      const at = performance.timeOrigin + performance.now();
      ctx.drawImage(canvas, tile.x, tile.y, tile.w, tile.h, 0, 0, scratch.width, scratch.height);
      const code = g.__timeCode.readRgba(ctx.getImageData(0, 0, scratch.width, scratch.height).data, scratch.width, { x: 0, y: 0, w: scratch.width, h: scratch.height });
      if (code !== null && code !== last) {
        last = code;
        codes.push([code, at]);
      }
    });
  }, rect);
}

/** In the program page: every new code in the guest's region of the playing video, when presented. */
export async function watchProgramPageCodes(page: Page, region: Region): Promise<void> {
  await page.evaluate((r) => {
    type Kit = { readRgba(data: ArrayLike<number>, width: number, rect: { x: number; y: number; w: number; h: number }): number | null };
    type CanvasLike = { drawImage(...args: unknown[]): void; getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
    type VideoLike = { videoWidth: number; videoHeight: number; requestVideoFrameCallback(cb: () => void): number };
    const g = globalThis as unknown as {
      __timeCode: Kit;
      __codes: [number, number][];
      document: {
        querySelector(selector: string): VideoLike | null;
        createElement(tag: 'canvas'): { width: number; height: number; getContext(kind: '2d', options: object): CanvasLike | null };
      };
    };
    const video = g.document.querySelector('video');
    if (!video) throw new Error('the program page has no video');
    const codes: [number, number][] = [];
    g.__codes = codes;
    const scratch = g.document.createElement('canvas');
    const ctx = scratch.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2D canvas');
    let last = -1;
    const onFrame = () => {
      const at = performance.timeOrigin + performance.now();
      const [w, h] = [video.videoWidth, video.videoHeight];
      if (w > 0) {
        const rect = { x: r.x0 * w, y: r.y0 * h, w: (r.x1 - r.x0) * w, h: (r.y1 - r.y0) * h };
        scratch.width = Math.round(rect.w / 4);
        scratch.height = Math.round(rect.h / 4);
        ctx.drawImage(video, rect.x, rect.y, rect.w, rect.h, 0, 0, scratch.width, scratch.height);
        const code = g.__timeCode.readRgba(ctx.getImageData(0, 0, scratch.width, scratch.height).data, scratch.width, { x: 0, y: 0, w: scratch.width, h: scratch.height });
        if (code !== null && code !== last) {
          last = code;
          codes.push([code, at]);
        }
      }
      video.requestVideoFrameCallback(onFrame);
    };
    video.requestVideoFrameCallback(onFrame);
  }, region);
}

export async function readCodes(page: Page): Promise<CodeSightings> {
  return page.evaluate(() => (globalThis as unknown as { __codes?: [number, number][] }).__codes ?? []);
}

export interface ObsSighting {
  code: number;
  /** The screenshot that first showed the code was asked for after `after` and answered at `by` (epoch ms). */
  after: number;
  by: number;
}

/** Polls OBS's screenshot of the program input until `count` new codes were seen or time is up. */
export async function pollObsCodes(obs: OBSWebSocket, region: Region, count: number, timeoutMs: number): Promise<ObsSighting[]> {
  const kit = timeCodeKit();
  const seen: ObsSighting[] = [];
  const deadline = epochNow() + timeoutMs;
  let previousAsk = epochNow();
  let last = -1;
  while (seen.length < count && epochNow() < deadline) {
    const asked = epochNow();
    const shot = await obs.call('GetSourceScreenshot', { sourceName: 'Hotseat program', imageFormat: 'ppm', imageWidth: 640, imageHeight: 360 });
    const answered = epochNow();
    const code = readPpmTimeCode(kit, Buffer.from(shot.imageData.replace(/^data:[^,]*,/, ''), 'base64'), region);
    if (code !== null && code !== last) {
      last = code;
      seen.push({ code, after: previousAsk, by: answered });
    }
    previousAsk = asked;
  }
  return seen;
}

/** What one program page saw: the codes it presented, and the studio's draws while it watched. */
export interface PageRun {
  studio: CodeSightings;
  page: CodeSightings;
  /** The WebM player's account of itself (window.hotseatProgramPlayer.pacing()). */
  pacing?: { targetS: number; stalls: number; jumps: number } | null;
}

export function guestToProgramFigures(input: {
  /** The program page on its default path, WebRTC from the studio page (OBS's browser source). */
  webrtc: PageRun | null;
  webrtcProblem?: string;
  /** The same page on the WebM stream (`?via=webm`: where WebRTC finds no path). */
  webm: PageRun | null;
  obs: ObsSighting[] | null;
  /** Codes drawn while OBS was polled (what 2c is matched against). */
  drawnForObs?: CodeSightings;
  obsProblem?: string;
}): Figure[] {
  const kit: TimeCodeKit = timeCodeKit();
  const drawnForObsAt = new Map((input.drawnForObs ?? []).map(([code, at]) => [code, at]));
  // 2a while the default path (WebRTC) was watched; the WebM phase also runs the studio's recorder.
  const ages = (run: PageRun | null) => (run?.studio ?? []).map(([code, at]) => kit.ageMs(code, at));
  const webmAges = ages(input.webm).sort((a, b) => a - b);
  const figures: Figure[] = [
    orFailed({
      id: '2a',
      name: 'Guest → program: guest canvas → WebRTC → studio compositor draw (program page on WebRTC)',
      unit: 'ms',
      samples: input.webrtc ? ages(input.webrtc) : webmAges,
      comparedTo: 'limit: one frame (33 ms at 30 fps) + VP8 encode/decode + jitter buffer',
      target: { text: 'target p50 ≤ 80 ms, p95 ≤ 150 ms', met: (s) => s.median <= 80 && s.p95 <= 150 },
      ...(input.webrtc && webmAges.length > 0 ? { notes: `while the WebM page played (recorder running): median ${Math.round(webmAges[Math.floor(webmAges.length / 2)] ?? 0)} ms` } : {}),
    }),
  ];
  if (input.webrtc) {
    const run = input.webrtc;
    const fromDraw = matchedToDraws(run);
    figures.push(
      orFailed({
        id: '2e',
        name: 'Guest camera → program page frame, WebRTC feed (browser source path)',
        unit: 'ms',
        samples: run.page.map(([code, at]) => kit.ageMs(code, at)),
        comparedTo: 'VDO.Ninja guest → OBS browser source ≈ 100–200 ms; = 2a + 2f',
        target: { text: 'target p50 ≤ 100 ms, p95 ≤ 150 ms', met: (s) => s.median <= 100 && s.p95 <= 150 },
        notes: `${run.page.length} codes presented in the page`,
      }),
      orFailed({
        id: '2f',
        name: 'Program → program page, WebRTC feed: compositor draw → frame presented',
        unit: 'ms',
        samples: fromDraw,
        comparedTo: 'part of 2e; limit: canvas capture + VP8 encode/decode on loopback, no jitter buffer',
        notes: `${fromDraw.length} of ${run.page.length} codes seen in the page were matched to a studio draw`,
      }),
    );
  } else if (input.webrtcProblem) {
    figures.push({ status: 'not_built', id: '2e', name: 'Guest camera → program page frame, WebRTC feed', unit: 'ms', comparedTo: '', reason: input.webrtcProblem });
  }
  if (input.webm) {
    const run = input.webm;
    const fromDraw = matchedToDraws(run);
    figures.push(
      orFailed({
        id: '2b',
        name: 'Program → program page, WebM stream (MSE, ?via=webm): compositor draw → frame presented',
        unit: 'ms',
        samples: fromDraw,
        comparedTo: "limit: recorder timeslice (100 ms) + encode + the player's distance behind the edge (0.25 s and up)",
        notes: `${fromDraw.length} of ${run.page.length} codes seen in the page were matched to a studio draw${
          run.pacing ? `; the player ended ${run.pacing.targetS} s behind the edge after ${run.pacing.stalls} underflows` : ''
        }`,
      }),
    );
  }
  if (input.obs) {
    const matched = input.obs.flatMap((s) => {
      const drawn = drawnForObsAt.get(s.code);
      return drawn === undefined ? [] : [{ latest: s.by - drawn, window: s.by - s.after }];
    });
    figures.push(
      orFailed({
        id: '2c',
        name: 'Program → OBS media source (real OBS): compositor draw → in GetSourceScreenshot',
        unit: 'ms',
        samples: matched.map((m) => m.latest),
        comparedTo: 'upper bound: the frame reached OBS within the screenshot window (2d) before this',
        notes: `${matched.length} of ${input.obs.length} codes seen in OBS were matched to a studio draw`,
      }),
      orFailed({
        id: '2d',
        name: 'Resolution of 2c: previous screenshot asked → this one answered',
        unit: 'ms',
        samples: matched.map((m) => m.window),
        comparedTo: 'GetSourceScreenshot 640×360 PPM round trips; 2c − 2d is the lower bound',
      }),
    );
  } else if (input.obsProblem) {
    figures.push({ status: 'not_built', id: '2c', name: 'Program → OBS media source (real OBS)', unit: 'ms', comparedTo: '', reason: input.obsProblem });
  }
  return figures;
}

/** Presented − drawn for every code the page showed that the studio was seen drawing. */
function matchedToDraws(run: PageRun): number[] {
  const drawnAt = new Map(run.studio.map(([code, at]) => [code, at]));
  return run.page.flatMap(([code, at]) => {
    const drawn = drawnAt.get(code);
    return drawn === undefined ? [] : [at - drawn];
  });
}

/** A row with no samples says why instead of crashing the suite. */
function orFailed(input: Parameters<typeof measured>[0]): Figure {
  if (input.samples.length > 0) return measured(input);
  return { status: 'failed', id: input.id, name: input.name, unit: input.unit, comparedTo: input.comparedTo, error: input.notes ?? 'no samples' };
}
