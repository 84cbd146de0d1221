import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OBSWebSocket } from 'obs-websocket-js/json';
import { layoutTiles } from '../../../src/renderer/compositor/layout-geometry';
import { cameraSizeFor } from '../../../src/renderer/lib/host-camera-size';
import { sizeToAsk } from '../../../src/renderer/lib/picture-size';
import { launchChromium } from '../../e2e/support/browser';
import { obsAvailable, startObsProcess, type ObsProcess } from '../../e2e/support/obs-process';
import { connectHost } from '../../support/studio-harness';
import { waitFor } from '../../support/wait-for';
import type { BenchSuite } from '../lib/bench';
import {
  hotseatVsObsFigures,
  measureHotseatPhase,
  prepareClip,
  processCpuSeconds,
  TILE_NAMES,
  type HotseatPhase,
  type ObsPhase,
} from '../figures/compositor-frame-time';
import { BENCH_SCENE, IDLE_SCENE, obsFrameStats, setUpObsScene } from '../support/obs-scene';
import { startStudioChild } from '../support/studio-child';

/**
 * Figure 1: the studio page's compositor and a real OBS composing the same four-camera scene at
 * 1920x1080, in alternating phases. The studio is the built headless one (`npm run serve`), its
 * program set to 1080p30 through the host's own command.
 */
const FRAMES_PER_PHASE = 300;
const CAMERA = { width: 1280, height: 720 };
const PROGRAM = { width: 1920, height: 1080 };

export const compositorSuite: BenchSuite = {
  title: 'compositor frame time at 1080p30, side by side with OBS (1)',
  figureIds: [
    { id: '1a', name: 'Compositor frame time, 1080p30 (draw + raster)', unit: 'ms' },
    { id: '1b', name: "Compositor's own readout", unit: 'ms' },
    { id: '1c', name: 'OBS averageFrameRenderTime, same scene', unit: 'ms' },
    { id: '1d', name: 'Hotseat / OBS frame time', unit: 'x' },
    { id: '1e', name: 'Studio page CPU per frame', unit: 'ms' },
    { id: '1f', name: 'OBS CPU per frame', unit: 'ms' },
    { id: '1g', name: 'Hotseat / OBS CPU per frame', unit: 'x' },
  ],
  async run({ quick, log }) {
    const phases = quick ? 2 : 4;
    const work = mkdtempSync(join(tmpdir(), 'hotseat-bench-compositor-'));
    const studio = await startStudioChild({ args: ['out/main/serve.js', '--port', '0', '--data', join(work, 'data')], tsx: false });
    const browser = await launchChromium();
    let obs: ObsProcess | null = null;
    let obsClient: OBSWebSocket | null = null;
    try {
      const host = await connectHost(studio.baseUrl, studio.hostToken);
      await host.command('program.update', { resolution: '1080p', fps: 30, showCountdown: true, wordFilter: [] });
      host.client.stop();
      // The benchmark plays its own clips into the page (blob: URLs its CSP would refuse to a stranger).
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(studio.studioUrl);
      await page.waitForFunction(() => Boolean((globalThis as { hotseatProgram?: unknown }).hotseatProgram), undefined, { timeout: 30_000 });
      const cdp = await browser.newBrowserCDPSession();
      const clipPath = join(work, 'camera.webm');
      const tiles = layoutTiles('grid', TILE_NAMES, PROGRAM);
      // What each 720p camera sends for its grid tile: the studio's own sizing (lib/picture-size.ts).
      const sent = cameraSizeFor(CAMERA, sizeToAsk(tiles.map((t) => ({ width: t.rect.w, height: t.rect.h }))));
      const clip = await prepareClip(page, clipPath, sent);
      log(`  clip: ${clip.duration.toFixed(1)} s of ${sent.width}x${sent.height} VP8 (what a ${CAMERA.width}x${CAMERA.height} camera sends for a ${Math.round(tiles[0]?.rect.w ?? 0)}x${Math.round(tiles[0]?.rect.h ?? 0)} tile; ${Math.round(clip.bytes / 1024)} KB), looped by 4 players`);

      const available = obsAvailable();
      if (available.ok) {
        obs = await startObsProcess();
        obsClient = await obs.connect();
        await setUpObsScene(obsClient, clipPath, tiles.map((t, i) => ({ label: TILE_NAMES[i] ?? t.id, rect: t.rect })));
      } else {
        log(`  OBS peer skipped: ${available.reason}`);
      }

      const hotseat: HotseatPhase[] = [];
      const obsPhases: ObsPhase[] = [];
      for (let phase = 0; phase < phases; phase += 1) {
        // OBS idles meanwhile (an empty scene, still rendered at 30 fps): its CPU is the machine's, not the page's.
        const obsPid = obs?.pid() ?? null;
        const obsIdleBefore = obsPid === null ? 0 : processCpuSeconds(obsPid);
        const h = await measureHotseatPhase(page, cdp, FRAMES_PER_PHASE);
        const obsIdle = obsPid === null ? 0 : ((processCpuSeconds(obsPid) - obsIdleBefore) * 1000) / h.drawn.length;
        hotseat.push(h);
        const sorted = [...h.rastered].sort((a, b) => a - b);
        const byType = Object.entries(h.cpuPerFrameByType).filter(([, ms]) => ms >= 0.5).map(([type, ms]) => `${type} ${ms.toFixed(1)}`).join(', ');
        log(`  phase ${phase + 1}/${phases} hotseat: p50 ${pct(sorted, 50)} ms, p99 ${pct(sorted, 99)} ms, CPU ${h.cpuPerFrameMs.toFixed(1)} ms/frame (${byType}), ${h.lateFrames} late; idle OBS meanwhile ${obsIdle.toFixed(1)} ms/frame`);
        if (obs && obsClient) {
          const o = await measureObsPhase(obs, obsClient, Math.round(FRAMES_PER_PHASE / 30));
          obsPhases.push(o);
          log(`  phase ${phase + 1}/${phases} OBS: averageFrameRenderTime ${o.frameTimes.map((t) => t.toFixed(1)).join(' ')} ms, CPU ${o.cpuPerFrameMs.toFixed(1)} ms/frame`);
        }
      }
      return hotseatVsObsFigures(hotseat, obs ? obsPhases : { skipped: available.ok ? 'OBS did not start' : available.reason });
    } finally {
      await obsClient?.disconnect().catch(() => undefined);
      await obs?.stop();
      await browser.close();
      await studio.stop();
      rmSync(work, { recursive: true, force: true });
    }
  },
};

/** OBS shows the bench scene for `seconds` (after its media opened); one GetStats a second. */
async function measureObsPhase(obs: ObsProcess, client: OBSWebSocket, seconds: number): Promise<ObsPhase> {
  const pid = obs.pid();
  if (pid === null) throw new Error('OBS is not running');
  await client.call('SetCurrentProgramScene', { sceneName: BENCH_SCENE });
  await waitFor(
    'OBS media sources playing',
    async () => {
      const states = await Promise.all([1, 2, 3, 4].map((n) => client.call('GetMediaInputStatus', { inputName: `camera ${n}` })));
      return states.every((s) => s.mediaState === 'OBS_MEDIA_STATE_PLAYING');
    },
    { timeoutMs: 15_000, intervalMs: 100 },
  );
  // The first second's average still holds the idle scene's frames.
  await new Promise((resolve) => setTimeout(resolve, 1_100));
  const before = await obsFrameStats(client);
  const cpuBefore = processCpuSeconds(pid);
  const frameTimes: number[] = [];
  for (let i = 0; i < seconds; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    frameTimes.push((await obsFrameStats(client)).averageFrameRenderTime);
  }
  const after = await obsFrameStats(client);
  const cpuAfter = processCpuSeconds(pid);
  await client.call('SetCurrentProgramScene', { sceneName: IDLE_SCENE });
  const frames = Math.max(1, after.renderTotalFrames - before.renderTotalFrames);
  return { frameTimes, cpuPerFrameMs: ((cpuAfter - cpuBefore) * 1000) / frames, skippedFrames: after.renderSkippedFrames - before.renderSkippedFrames };
}

function pct(sorted: number[], p: number): string {
  return (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0).toFixed(1);
}
