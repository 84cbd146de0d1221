import { availableParallelism, loadavg } from 'node:os';
import type { OBSWebSocket } from 'obs-websocket-js/json';
import type { Figure } from '../lib/figure';
import type { BenchSuite } from '../lib/bench';
import { guestToProgramFigures, pollObsCodes, readCodes, watchProgramPageCodes, watchStudioCodes, type ObsSighting, type PageRun } from '../figures/guest-to-program';
import { startProgramShow } from '../support/program-show';
import { obsAvailable, startObsProcess, type ObsProcess } from '../../e2e/support/obs-process';
import { waitFor } from '../../support/wait-for';

/**
 * Figure 2 on one show: a time-code guest on air (support/program-show.ts), watched by the studio
 * page; then by a program page in its own Chromium on its WebRTC feed, then on the WebM stream; then
 * by a real OBS's media source (when installed).
 */
export const programLatencySuite: BenchSuite = {
  title: 'program latency: guest → program, program → page / OBS (2)',
  figureIds: [
    { id: '2a', name: 'Guest → program: guest canvas → WebRTC → studio compositor draw', unit: 'ms' },
    { id: '2e', name: 'Guest camera → program page frame, WebRTC feed (browser source path)', unit: 'ms' },
    { id: '2f', name: 'Program → program page, WebRTC feed: compositor draw → frame presented', unit: 'ms' },
    { id: '2b', name: 'Program → program page, WebM stream (MSE): compositor draw → frame presented', unit: 'ms' },
    { id: '2c', name: 'Program → OBS media source (real OBS): compositor draw → in GetSourceScreenshot', unit: 'ms' },
    { id: '2d', name: 'Resolution of 2c: previous screenshot asked → this one answered', unit: 'ms' },
  ],
  async run({ quick, log }) {
    const frames = quick ? 100 : 360;
    const obsFrames = quick ? 40 : 300;
    const loadBefore = loadavg()[0] ?? 0;
    const show = await startProgramShow();
    let obsProcess: ObsProcess | null = null;
    let obs: OBSWebSocket | null = null;
    try {
      // Each output path is measured alone, as OBS plays one of them: the program page on its WebRTC
      // feed (OBS builds with a browser source), the same page on the WebM stream (where WebRTC finds
      // no path), then OBS's media source (builds without a browser source). Measured together, OBS's
      // screenshot polling (llvmpipe) starved the studio's encoder and the page.
      const { links } = await show.host.command('program.get', {});
      const watchPage = async (path: 'webrtc' | 'webm'): Promise<PageRun> => {
        const programPage = await show.newBrowserPage();
        try {
          await programPage.goto(path === 'webm' ? `${links.page}&via=webm` : links.page);
          await programPage.locator('video').waitFor();
          await waitFor(`the program playing in the program page (${path})`, () => programPage.evaluate((wanted) => {
            const g = globalThis as unknown as {
              document: { querySelector(s: string): { readyState: number; paused: boolean } | null };
              hotseatProgramPlayer?: { path(): string };
            };
            const video = g.document.querySelector('video');
            return g.hotseatProgramPlayer?.path() === wanted && !!video && video.readyState >= 2 && !video.paused;
          }, path), { timeoutMs: 30_000 });
          await watchStudioCodes(show.studioPage, show.guestRect);
          await watchProgramPageCodes(programPage, show.guestRegion);
          await waitFor(`${frames} codes drawn`, async () => (await readCodes(show.studioPage)).length >= frames + 10, { timeoutMs: frames * 200 + 30_000, intervalMs: 500 });
          const studio = (await readCodes(show.studioPage)).slice(10);
          const page = await readCodes(programPage);
          const pacing = path === 'webm'
            ? await programPage.evaluate(() => (globalThis as unknown as { hotseatProgramPlayer?: { pacing(): { targetS: number; stalls: number; jumps: number } } }).hotseatProgramPlayer?.pacing() ?? null)
            : null;
          log(`  program page (${path}): ${studio.length} codes drawn in the studio, ${page.length} presented${pacing ? `; played ${pacing.targetS} s behind the edge, ${pacing.stalls} underflows, ${pacing.jumps} jumps` : ''}`);
          return { studio, page, pacing };
        } finally {
          await programPage.close();
        }
      };
      let webrtcProblem: string | undefined;
      const webrtc = await watchPage('webrtc').catch((error: unknown) => {
        webrtcProblem = `not measured: ${error instanceof Error ? error.message : String(error)}`;
        return null;
      });
      const webm = await watchPage('webm');

      const available = obsAvailable();
      let obsProblem: string | undefined = available.ok ? undefined : `not measured: ${available.reason}`;
      let obsSightings: ObsSighting[] | null = null;
      if (available.ok) {
        obsProcess = await startObsProcess();
        await show.host.command('obs.configure', { enabled: true, address: obsProcess.address, password: obsProcess.password, programPath: 'media' });
        const host = show.host;
        await waitFor('OBS connected', async () => (await host.command('obs.status', {})).connection === 'connected', { timeoutMs: 30_000 });
        obs = await obsProcess.connect();
        log(`  OBS: waiting for the time code in its screenshots`);
        const first = await pollObsCodes(obs, show.guestRegion, 1, 60_000);
        if (first.length === 0) obsProblem = 'OBS never showed a readable time code within 60 s';
        else {
          log(`  OBS: polling ${obsFrames} codes`);
          obsSightings = await pollObsCodes(obs, show.guestRegion, obsFrames, (obsFrames / 3) * 1000 + 30_000);
        }
      }
      const drawnForObs = obsSightings ? await readCodes(show.studioPage) : [];
      log(`  ${obsSightings?.length ?? 0} codes seen in OBS`);
      // Everything here shares two CPUs with Chromium ×3, OBS and the studio: say how busy the machine was.
      const load = `1-min load average ${loadBefore.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)} on ${navigatorCpus()} CPUs`;
      const figures: Figure[] = guestToProgramFigures({
        webrtc,
        webm,
        obs: obsSightings,
        drawnForObs,
        ...(webrtcProblem ? { webrtcProblem } : {}),
        ...(obsProblem ? { obsProblem } : {}),
      });
      return figures.map((f) => (f.status === 'measured' ? { ...f, notes: f.notes ? `${f.notes}; ${load}` : load } : f));
    } finally {
      await obs?.disconnect().catch(() => undefined);
      await obsProcess?.stop();
      await show.close();
    }
  },
};

function navigatorCpus(): number {
  return availableParallelism();
}
