import { availableParallelism, loadavg } from 'node:os';
import type { OBSWebSocket } from 'obs-websocket-js/json';
import type { Figure } from '../lib/figure';
import type { BenchSuite } from '../lib/bench';
import { guestToProgramFigures, pollObsCodes, readCodes, watchProgramPageCodes, watchStudioCodes, type ObsSighting } from '../figures/guest-to-program';
import { startProgramShow } from '../support/program-show';
import { obsAvailable, startObsProcess, type ObsProcess } from '../../e2e/support/obs-process';
import { waitFor } from '../../support/wait-for';

/**
 * Figure 2 on one show: a time-code guest on air (support/program-show.ts), watched by the studio
 * page; then by a program page in its own Chromium; then by a real OBS's media source (when installed).
 */
export const programLatencySuite: BenchSuite = {
  title: 'program latency: guest → program, program → page / OBS (2)',
  figureIds: [
    { id: '2a', name: 'Guest → program: guest canvas → WebRTC → studio compositor draw', unit: 'ms' },
    { id: '2b', name: 'Program → program page (Chromium, MSE): compositor draw → frame presented', unit: 'ms' },
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
      // Each output path is measured alone, as the driver uses one or the other: first the program
      // page (OBS builds with a browser source play it), then OBS's media source (builds without).
      // Measured together, OBS's screenshot polling (llvmpipe) starved the studio's encoder and the page.
      const { links } = await show.host.command('program.get', {});
      const programPage = await show.newBrowserPage();
      await programPage.goto(links.page);
      await programPage.locator('video').waitFor();
      await waitFor('the program playing in the program page', () => programPage.evaluate(() => {
        const video = (globalThis as unknown as { document: { querySelector(s: string): { readyState: number; paused: boolean } | null } }).document.querySelector('video');
        return !!video && video.readyState >= 2 && !video.paused;
      }), { timeoutMs: 30_000 });
      await watchStudioCodes(show.studioPage, show.guestRect);
      await watchProgramPageCodes(programPage, show.guestRegion);
      await waitFor(`${frames} codes drawn`, async () => (await readCodes(show.studioPage)).length >= frames + 10, { timeoutMs: frames * 200 + 30_000, intervalMs: 500 });
      const studio = (await readCodes(show.studioPage)).slice(10);
      const page = await readCodes(programPage);
      const pacing = await programPage.evaluate(() => (globalThis as unknown as { hotseatProgramPlayer?: { pacing(): { targetS: number; stalls: number; jumps: number } } }).hotseatProgramPlayer?.pacing() ?? null);
      await programPage.close();
      log(`  program page: ${studio.length} codes drawn in the studio, ${page.length} presented; ${pacing ? `played ${pacing.targetS} s behind the edge, ${pacing.stalls} underflows, ${pacing.jumps} jumps` : 'no pacing'}`);

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
      const figures: Figure[] = guestToProgramFigures({ studio, page, pacing, obs: obsSightings, drawnForObs, ...(obsProblem ? { obsProblem } : {}) });
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
