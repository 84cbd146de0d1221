import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * A page that plays the studio's part for the clip engine: it draws a program picture in colour
 * phases and records it with Chromium's MediaRecorder as the studio's program recorder does
 * (canvas.captureStream(30) + an audio track, key frame every second, 100 ms timeslice), handing
 * each piece to Node as it comes. The host's half (left) is always blue with a moving bar; the
 * guest's half (right) shows the fake camera while the guest is on air, grey otherwise. The page
 * says the wall time (Date.now, the same clock as Node's) of the first frame drawn in each phase.
 *
 * It also decodes a file with mediabunny's browser build (WebCodecs) and reports the mean colour
 * of the two halves of every frame, for the checks on archive segments and clips.
 */
export const PAGE_ORIGIN = 'http://127.0.0.1:9';
export const PROGRAM_SIZE = { width: 320, height: 180 };

export interface Phase {
  ms: number;
  onAir: boolean;
}

export interface Recorded {
  mimeType: string;
  /** Wall time of the first frame drawn in each phase. */
  phaseWalls: number[];
}

export interface FrameColours {
  timestampS: number;
  host: [number, number, number];
  guest: [number, number, number];
}

const require = createRequire(import.meta.url);

const PAGE_HTML = `<!doctype html><html><body>
<video id="camera" muted playsinline></video><canvas id="program" width="${PROGRAM_SIZE.width}" height="${PROGRAM_SIZE.height}"></canvas>
<script type="module">
import * as mb from '/mediabunny.mjs';
const camera = document.getElementById('camera');
const canvas = document.getElementById('program');
const context = canvas.getContext('2d', { alpha: false });
const toBase64 = (bytes) => { let s = ''; for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000)); return btoa(s); };
window.recordPhases = async ({ mimeType, videoBitsPerSecond, phases }) => {
  camera.srcObject = await navigator.mediaDevices.getUserMedia({ video: { width: 320, height: 240 } });
  await camera.play();
  const audio = new AudioContext();
  const tone = audio.createOscillator();
  const sink = audio.createMediaStreamDestination();
  tone.connect(sink);
  tone.start();
  const stream = canvas.captureStream(30);
  stream.addTrack(sink.stream.getAudioTracks()[0]);
  const recorder = new MediaRecorder(stream, { mimeType, videoBitsPerSecond, audioBitsPerSecond: 64000, videoKeyFrameIntervalDuration: 1000 });
  let sent = Promise.resolve();
  recorder.ondataavailable = (event) => { sent = sent.then(async () => window.hotseatChunk(toBase64(new Uint8Array(await event.data.arrayBuffer())))); };
  const stopped = new Promise((resolve) => { recorder.onstop = resolve; });
  const ends = []; let total = 0; for (const phase of phases) ends.push(total += phase.ms);
  const phaseWalls = [];
  const draw = (phase, elapsed) => {
    context.fillStyle = 'rgb(30, 80, 200)';
    context.fillRect(0, 0, canvas.width / 2, canvas.height);
    context.fillStyle = 'white';
    context.fillRect(((elapsed / 10) % (canvas.width / 2 - 20)), 10, 20, 10);
    if (phase.onAir) context.drawImage(camera, canvas.width / 2, 0, canvas.width / 2, canvas.height);
    else { context.fillStyle = 'rgb(128, 128, 128)'; context.fillRect(canvas.width / 2, 0, canvas.width / 2, canvas.height); }
  };
  draw(phases[0], 0);
  recorder.start(100);
  const started = performance.now();
  await new Promise((resolve) => {
    const frame = () => {
      const elapsed = performance.now() - started;
      const index = ends.findIndex((end) => elapsed < end);
      if (index < 0) return resolve();
      draw(phases[index], elapsed);
      if (phaseWalls.length <= index) phaseWalls.push(Date.now());
      requestAnimationFrame(frame);
    };
    frame();
  });
  recorder.stop();
  await stopped;
  await sent;
  tone.stop();
  for (const track of camera.srcObject.getTracks()) track.stop();
  return { mimeType: recorder.mimeType, phaseWalls };
};
window.frameColours = async (url) => {
  const input = new mb.Input({ source: new mb.UrlSource(url), formats: mb.ALL_FORMATS });
  const track = await input.getPrimaryVideoTrack();
  const frames = [];
  const mean = (data) => { let r = 0, g = 0, b = 0; const n = data.length / 4; for (let i = 0; i < data.length; i += 4) { r += data[i]; g += data[i + 1]; b += data[i + 2]; } return [Math.round(r / n), Math.round(g / n), Math.round(b / n)]; };
  for await (const { canvas: frame, timestamp } of new mb.CanvasSink(track, { poolSize: 0 }).canvases()) {
    const c = frame.getContext('2d');
    const [w, h] = [frame.width, frame.height];
    // Away from the edges: the moving bar (top) and the seam between the halves.
    const host = mean(c.getImageData(Math.floor(w * 0.05), Math.floor(h * 0.3), Math.floor(w * 0.4), Math.floor(h * 0.6)).data);
    const guest = mean(c.getImageData(Math.floor(w * 0.6), Math.floor(h * 0.3), Math.floor(w * 0.35), Math.floor(h * 0.6)).data);
    frames.push({ timestampS: timestamp, host, guest });
  }
  input.dispose();
  return frames;
};
window.pageReady = true;
</script></body></html>`;

/** Serves the page, mediabunny's browser build and any files asked for (`files`: URL path → file). */
export async function openColourPhasesPage(page: Page, files: Map<string, string> = new Map()): Promise<void> {
  const mediabunny = readFileSync(join(dirname(require.resolve('mediabunny')), 'mediabunny.mjs'));
  await page.route(`${PAGE_ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ body: PAGE_HTML, contentType: 'text/html' });
    if (path === '/mediabunny.mjs') return route.fulfill({ body: mediabunny, contentType: 'text/javascript' });
    const file = files.get(path);
    if (file) return route.fulfill({ body: readFileSync(file), contentType: 'application/octet-stream' });
    return route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`${PAGE_ORIGIN}/`);
  await page.waitForFunction(() => (globalThis as unknown as { pageReady?: boolean }).pageReady === true);
}

/** Records the phases; `onChunk` gets each piece as Node receives it. */
export async function recordPhases(
  page: Page,
  options: { mimeType: string; videoBitsPerSecond: number; phases: Phase[] },
  onChunk: (bytes: Buffer) => void,
): Promise<Recorded> {
  await page.exposeFunction('hotseatChunk', (base64: string) => onChunk(Buffer.from(base64, 'base64')));
  return page.evaluate(
    (o) => (globalThis as unknown as { recordPhases(o: unknown): Promise<Recorded> }).recordPhases(o),
    options,
  );
}

/** Every frame of the file at `path` (served by the page's routes), decoded in the page. */
export async function frameColours(page: Page, path: string): Promise<FrameColours[]> {
  return page.evaluate((url) => (globalThis as unknown as { frameColours(url: string): Promise<FrameColours[]> }).frameColours(url), path);
}

/** The fake camera is magenta (fake-camera.ts); grey is the guest's place while off air. */
export const isGrey = ([r, g, b]: readonly number[]) => [r, g, b].every((c) => (c ?? 0) > 100 && (c ?? 0) < 160) && Math.abs((r ?? 0) - (b ?? 0)) < 20;
export const isHostBlue = ([r, g, b]: readonly number[]) => (b ?? 0) > 150 && (r ?? 255) < 80 && (g ?? 255) < 130;
