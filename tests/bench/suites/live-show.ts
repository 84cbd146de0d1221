import type { Figure } from '../lib/figure';
import type { BenchSuite } from '../lib/bench';
import { decideByCommand, decisionFigures, timeClickDecision, type DecisionTiming } from '../figures/decision-round-trip';
import { buySeatAndWait, purchaseToQueueFigures, type SeatArrival } from '../figures/purchase-to-queue';
import { stampEvents } from '../support/event-stamps';
import { startLiveStudio, STRIPE_POLL_INTERVAL_MS, type LiveStudio } from '../support/live-studio';
import { openModeratorPages } from '../support/moderator-pages';
import { openStudioPage, type StudioPageWatcher } from '../support/studio-page';

/**
 * Figures 3 and 5 on one live show: viewers buy hot seats one after another (figure 3), and the
 * host decides each one as it arrives with a click in the studio page, alternating reject and
 * accept, while three moderators have their consoles open (figure 5). A second studio without
 * webhooks gives figure 3 by polling only.
 */
const WARMUP = 3;
const MODERATORS = ['Maya', 'Leo', 'Sam'];

async function withStudio<T>(webhooks: boolean, body: (live: LiveStudio, page: StudioPageWatcher) => Promise<T>): Promise<T> {
  const live = await startLiveStudio({ webhooks });
  try {
    const page = await openStudioPage(live.studio.studioUrl);
    try {
      return await body(live, page);
    } finally {
      await page.close();
    }
  } finally {
    await live.close();
  }
}

export const liveShowSuite: BenchSuite = {
  title: 'live show: purchase to queue (3), accept/reject round trip (5)',
  figureIds: [
    { id: '3a', name: 'Purchase → queue, webhook: host WebSocket', unit: 'ms' },
    { id: '3b', name: 'Purchase → queue, webhook: studio page (Chromium)', unit: 'ms' },
    { id: '3c', name: 'Purchase → queue, polling only: host WebSocket', unit: 'ms' },
    { id: '3d', name: 'Purchase → queue, polling only: studio page (Chromium)', unit: 'ms' },
    { id: '5a', name: 'Reject round trip: click → Stripe cancel → 3 moderator consoles', unit: 'ms' },
    { id: '5b', name: 'Accept round trip: click → 3 moderator consoles', unit: 'ms' },
    { id: '5c', name: 'Click → slowest moderator console', unit: 'ms' },
    { id: '5d', name: 'Reject click → Stripe cancel seen by the host', unit: 'ms' },
  ],
  async run({ quick, log }) {
    const webhookRuns = quick ? 20 : 60;
    const pollingRuns = quick ? 8 : 30;
    const figures: Figure[] = [];

    await withStudio(true, async (live, page) => {
      const stamps = stampEvents(live.host.client);
      const moderators = await openModeratorPages(live.host, MODERATORS);
      try {
        const arrivals: SeatArrival[] = [];
        const decisions: DecisionTiming[] = [];
        for (let run = 0; run < WARMUP + webhookRuns; run += 1) {
          const arrival = await buySeatAndWait(live, stamps, page);
          const decision = await timeClickDecision(page, moderators.pages, stamps, arrival, run % 2 === 0 ? 'reject' : 'accept');
          if (run < WARMUP) continue;
          arrivals.push(arrival);
          decisions.push(decision);
          if ((run - WARMUP + 1) % 10 === 0) log(`  webhooks: ${run - WARMUP + 1}/${webhookRuns} seats`);
        }
        figures.push(...purchaseToQueueFigures(arrivals, { webhooks: true, pollIntervalMs: STRIPE_POLL_INTERVAL_MS }));
        figures.push(...decisionFigures(decisions, moderators.pages.length));
      } finally {
        stamps.stop();
        await moderators.close();
      }
    });

    await withStudio(false, async (live, page) => {
      const stamps = stampEvents(live.host.client);
      const arrivals: SeatArrival[] = [];
      for (let run = 0; run < 1 + pollingRuns; run += 1) {
        const arrival = await buySeatAndWait(live, stamps, page, Math.random() * STRIPE_POLL_INTERVAL_MS);
        // Settle before the next purchase so a cancel in flight never shares a poll with it.
        await decideByCommand(live, stamps, arrival.purchaseId, 'reject');
        if (run === 0) continue;
        arrivals.push(arrival);
        if (run % 5 === 0) log(`  polling only: ${run}/${pollingRuns} seats`);
      }
      stamps.stop();
      figures.push(...purchaseToQueueFigures(arrivals, { webhooks: false, pollIntervalMs: STRIPE_POLL_INTERVAL_MS }));
    });
    return figures;
  },
};
