import { measured, type Figure } from '../lib/figure';
import { epochNow } from '../lib/clock';
import type { EventStamps } from '../support/event-stamps';
import type { LiveStudio } from '../support/live-studio';
import type { StudioPageWatcher } from '../support/studio-page';

/**
 * Figure 3, purchase to queue: a viewer's payment completes at the Stripe-compatible server (the
 * hosted checkout page's form is submitted), and we time until the seat is visible to the host:
 * the host's WebSocket receives it as `pending_review`, and the studio page in Chromium renders it.
 * The clock starts when the viewer submits the payment, so it includes the payment itself, the
 * webhook (or the poller finding the event), the re-read of the session from Stripe, the SQLite
 * commit and the push to the host.
 */
export interface SeatArrival {
  purchaseId: string;
  buyerName: string;
  /** Payment submitted → host WebSocket event, ms. */
  socketMs: number;
  /** Payment submitted → seat rendered in the studio page, ms (null when no page is watched). */
  pageMs: number | null;
}

let seats = 0;

/**
 * One viewer buys one seat. `payAfterMs` delays the payment after the checkout opened: with polling
 * only, a random delay puts the payment at a random point of the poll cycle, as real viewers are
 * (back-to-back runs would otherwise all pay just after a poll and always wait a full interval).
 */
export async function buySeatAndWait(
  live: LiveStudio,
  stamps: EventStamps,
  page: StudioPageWatcher | null,
  payAfterMs = 0,
): Promise<SeatArrival> {
  seats += 1;
  const buyerName = `Bench buyer ${seats}`;
  const order = await live.checkout(live.seatOffer('queue').id, buyerName);
  if (payAfterMs > 0) await new Promise((resolve) => setTimeout(resolve, payAfterMs));
  const paidAt = epochNow();
  await live.pay(order.checkoutUrl);
  const seenAt = await stamps.purchaseSeen(order.purchaseId, (p) => p.status === 'pending_review');
  const shownAt = page ? await page.seatShownAt(buyerName) : null;
  return { purchaseId: order.purchaseId, buyerName, socketMs: seenAt - paidAt, pageMs: shownAt === null ? null : shownAt - paidAt };
}

export function purchaseToQueueFigures(arrivals: SeatArrival[], mode: { webhooks: boolean; pollIntervalMs: number }): Figure[] {
  const socket = arrivals.map((a) => a.socketMs);
  const page = arrivals.flatMap((a) => (a.pageMs === null ? [] : [a.pageMs]));
  const limitMs = mode.webhooks ? 500 : mode.pollIntervalMs + 500;
  const target = {
    text: mode.webhooks ? 'target p95 < 500 ms' : `target p95 < poll interval ${mode.pollIntervalMs} ms + 500 ms`,
    met: (s: { p95: number }) => s.p95 < limitMs,
  };
  const how = mode.webhooks ? 'webhook' : 'polling only';
  const figures: Figure[] = [
    measured({
      id: mode.webhooks ? '3a' : '3c',
      name: `Purchase → queue, ${how}: host WebSocket`,
      unit: 'ms',
      samples: socket,
      comparedTo: mode.webhooks ? 'limit: one webhook + one Stripe re-read' : `limit: poll interval ${mode.pollIntervalMs} ms (payments at random phase: p50 ≈ half of it)`,
      target,
    }),
  ];
  if (page.length > 0) {
    figures.push(
      measured({
        id: mode.webhooks ? '3b' : '3d',
        name: `Purchase → queue, ${how}: studio page (Chromium)`,
        unit: 'ms',
        samples: page,
        comparedTo: `the WebSocket figure above + render`,
        target,
      }),
    );
  }
  return figures;
}
