import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../e2e/support/browser';
import { connectHost } from '../../support/studio-harness';
import type { BenchSuite } from '../lib/bench';
import { browserCpuSeconds, processCpuSeconds } from '../figures/compositor-frame-time';
import { greenRoomFigures, type StudioLoad } from '../figures/green-room-scale';
import { writeFakeCameraY4m } from '../support/fake-camera';
import { guestContexts, joinGuest, showPictureOnce, STAMP_STUDIO_CARDS, type GuestJoin } from '../support/green-room-pages';
import { startGuestCrowd } from '../support/guest-crowd';
import { startStudioChild } from '../support/studio-child';

/**
 * Figure 7 on the built headless studio: GUESTS guest pages (quick: 8; `BENCH_GUESTS=50` for the
 * issue's count) join the green room one after another (the first live pictures, the rest paused),
 * the host asks to see a few paused guests at the back, four go on air, and something reads the
 * program stream as OBS does (so the studio composes and encodes it).
 */
const GUESTS_PER_BROWSER = 10;
/** Guests timed with their own page at the back of the line (the rest beyond the live pictures are the crowd). */
const TIMED_AT_THE_BACK = 2;
const GUESTS_PER_CROWD_PAGE = 10;

export const greenRoomSuite: BenchSuite = {
  title: 'green room scale (7)',
  figureIds: [
    { id: '7a', name: 'Green room: join → first frame in the studio page', unit: 'ms' },
    { id: '7b', name: 'Studio core process CPU', unit: '%' },
    { id: '7c', name: 'Studio page CPU', unit: '%' },
    { id: '7d', name: 'Program compositor frame time p95 with 4 on air', unit: 'ms' },
    { id: '7e', name: 'Green room: join → "Picture paused" card in the studio page', unit: 'ms' },
    { id: '7f', name: 'Green room: Show picture → first frame in the studio page', unit: 'ms' },
    { id: '7g', name: 'All guest pages CPU', unit: '%' },
  ],
  async run({ quick, log }) {
    const guests = Number(process.env.BENCH_GUESTS ?? (quick ? 8 : 20));
    const seconds = quick ? 10 : 20;
    const work = mkdtempSync(join(tmpdir(), 'hotseat-bench-greenroom-'));
    const camera = join(work, 'camera.y4m');
    writeFakeCameraY4m(camera);
    const studio = await startStudioChild({ args: ['out/main/serve.js', '--port', '0', '--data', join(work, 'data')], tsx: false });
    const studioBrowser = await launchChromium();
    const guestBrowsers: Browser[] = [];
    const reader = new AbortController();
    let closeCrowd: () => Promise<void> = () => Promise.resolve();
    try {
      const host = await connectHost(studio.baseUrl, studio.hostToken);
      const show = (await host.command('show.create', { title: 'Green room night', slug: 'green-room-night', currency: 'usd' })) as { id: string };
      await host.command('show.setStatus', { showId: show.id, status: 'live' });
      const studioPage: Page = await (await studioBrowser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
      await studioPage.goto(studio.studioUrl);
      await studioPage.getByRole('tab', { name: /Guests/ }).click();
      await studioPage.evaluate(STAMP_STUDIO_CARDS);
      // BENCH_LIVE_PICTURES: the host's "live pictures" setting (default 6), e.g. 24 to see the cost of showing everyone.
      const { settings: defaults } = await host.command('seats.list', {});
      const settings = process.env.BENCH_LIVE_PICTURES
        ? await host.command('settings.guests.update', { ...defaults, livePictures: Number(process.env.BENCH_LIVE_PICTURES) })
        : defaults;

      // Timed guests open real guest pages: the first ones in line (live pictures) and the last two
      // (joining with everyone else already waiting). The others join from shared crowd pages.
      const timed = (i: number) => i < settings.livePictures || i >= guests - TIMED_AT_THE_BACK;
      const realCount = Array.from({ length: guests }, (_, i) => i).filter(timed).length;
      const crowdCount = guests - realCount;
      const crowdPages = Math.ceil(crowdCount / GUESTS_PER_CROWD_PAGE);
      for (let b = 0; b < Math.max(1, Math.ceil((realCount + crowdPages) / GUESTS_PER_BROWSER)); b += 1) {
        guestBrowsers.push(await launchChromium([`--use-file-for-fake-video-capture=${camera}`]));
      }
      const contexts = await guestContexts(guestBrowsers, realCount);
      const crowd = await startGuestCrowd(guestBrowsers, studio.baseUrl, GUESTS_PER_CROWD_PAGE);
      closeCrowd = () => crowd.close();
      const joins: GuestJoin[] = [];
      const seatIds: string[] = [];
      const names: string[] = [];
      for (let i = 0; i < guests; i += 1) {
        const name = `Guest ${String(i + 1).padStart(2, '0')}`;
        const invited = await host.command('guests.invite', { name, minutes: 30 });
        seatIds.push(invited.seat.id);
        names.push(name);
        if (timed(i)) {
          const context = contexts[joins.length];
          if (!context) throw new Error('no guest context');
          const { join: joined } = await joinGuest(context, studioPage, invited.joinUrl, name, i);
          joins.push(joined);
          log(`  ${i + 1}/${guests} waiting; ${name} (own page): join → ${joined.picture === 'live' ? 'first frame' : 'paused card'} ${Math.round(joined.ms)} ms`);
        } else {
          await crowd.join(new URL(invited.joinUrl).hash.slice('#t='.length), name);
          if ((i + 1) % 10 === 0) log(`  ${i + 1}/${guests} waiting (crowd pages: ${crowd.pages})`);
        }
      }

      // The host looks at a few guests at the back before their turn (each paused again after).
      const { seats: waiting } = await host.command('seats.list', {});
      const pausedNames = new Set(waiting.filter((seat) => !seat.picture.live).map((seat) => seat.guestName));
      const atTheBack = names.filter((name) => pausedNames.has(name)).slice(-(quick ? 2 : 5));
      const showPicture: number[] = [];
      for (const name of atTheBack) showPicture.push(await showPictureOnce(studioPage, name));
      if (atTheBack.length > 0) log(`  Show picture → first frame: ${showPicture.map((ms) => Math.round(ms)).join(', ')} ms`);

      // A reader of the program stream, as OBS's media source is: the studio page records the program.
      const program = (await host.command('program.get', {})) as { links: { stream: string } };
      void fetch(program.links.stream, { signal: reader.signal })
        .then(async (response) => {
          for await (const _chunk of response.body ?? []) if (reader.signal.aborted) break;
        })
        .catch(() => undefined);
      for (const seatId of seatIds.slice(0, 4)) {
        await host.command('seat.backstage', { seatId });
        await host.command('seat.live', { seatId });
      }
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const { seats } = await host.command('seats.list', {});
      const liveWhileSampled = seats.filter((seat) => seat.present && seat.picture.live).length;

      const cdp = await studioBrowser.newBrowserCDPSession();
      const guestCdps = await Promise.all(guestBrowsers.map((browser) => browser.newBrowserCDPSession()));
      const guestCpuSeconds = async () => (await Promise.all(guestCdps.map((session) => browserCpuSeconds(session)))).reduce((a, b) => a + b, 0);
      const loads: StudioLoad[] = [];
      let core = processCpuSeconds(studio.pid);
      let page = await browserCpuSeconds(cdp);
      let guestPages = await guestCpuSeconds();
      let at = performance.now();
      for (let s = 0; s < seconds; s += 1) {
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        const now = performance.now();
        const coreNow = processCpuSeconds(studio.pid);
        const pageNow = await browserCpuSeconds(cdp);
        const guestPagesNow = await guestCpuSeconds();
        const timing = await studioPage.evaluate<{ drawMsP95: number } | null>('window.hotseatProgram ? window.hotseatProgram.timing() : null');
        const wall = (now - at) / 1000;
        loads.push({
          corePercent: ((coreNow - core) / wall) * 100,
          pagePercent: ((pageNow - page) / wall) * 100,
          guestPagesPercent: ((guestPagesNow - guestPages) / wall) * 100,
          compositorP95: timing?.drawMsP95 ?? Number.NaN,
        });
        core = coreNow;
        page = pageNow;
        guestPages = guestPagesNow;
        at = now;
      }
      host.client.stop();
      log(
        `  with ${guests} connected, 4 on air, ${liveWhileSampled} live pictures: core ${Math.round(median(loads.map((l) => l.corePercent)))} %, studio page ${Math.round(median(loads.map((l) => l.pagePercent)))} %, all guest pages ${Math.round(median(loads.map((l) => l.guestPagesPercent)))} % of a core`,
      );
      return greenRoomFigures({ guests, joins, showPicture, loads, liveWhileSampled, livePictures: settings.livePictures, crowd: { guests: crowdCount, pages: crowd.pages } });
    } finally {
      reader.abort();
      await closeCrowd();
      for (const browser of guestBrowsers) await browser.close();
      await studioBrowser.close();
      await studio.stop();
      rmSync(work, { recursive: true, force: true });
    }
  },
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
