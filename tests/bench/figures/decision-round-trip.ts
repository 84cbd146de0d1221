import type { Purchase } from '../../../src/shared/purchases';
import { measured, type Figure } from '../lib/figure';
import { epochNow } from '../lib/clock';
import type { EventStamps } from '../support/event-stamps';
import type { LiveStudio } from '../support/live-studio';
import type { ModeratorPage } from '../support/moderator-pages';
import type { StudioPageWatcher } from '../support/studio-page';

/**
 * Figure 5, accept/reject round trip: the host clicks Accept (or Reject, then the dialog's confirm)
 * in the studio page in Chromium → the page's client sends the command → the core decides (one
 * transaction, the money action in its outbox) → for a reject, the money worker cancels the
 * authorization at Stripe → every open moderator console (three, each in its own Chromium context)
 * shows the outcome: the card left the pending list, or it is in the accepted line. The clock
 * starts at the click, stamped in the studio page; each console stamps its own DOM change.
 *
 * Accept moves no money (the card stays authorized until the guest has been on air), so it stops
 * when the consoles show it. Moderators never see payment status, so "Stripe cancel done" is
 * watched on the host's own WebSocket.
 */
export interface DecisionTiming {
  decision: 'accept' | 'reject';
  /** Click → the slowest moderator console showed the outcome, ms. */
  moderatorsMs: number;
  /** Click → the host's socket saw the hold cancelled at Stripe (reject only), ms. */
  stripeMs: number | null;
  /** Click → everything above done, ms. */
  roundTripMs: number;
}

export async function timeClickDecision(
  studioPage: StudioPageWatcher,
  moderators: ModeratorPage[],
  host: EventStamps,
  seat: { purchaseId: string; buyerName: string },
  decision: 'accept' | 'reject',
): Promise<DecisionTiming> {
  // Every console has the card before the click, so the clock measures the decision, not the arrival.
  await Promise.all(moderators.map((m) => m.stamp(seat.buyerName, 'pending')));
  const clickedAt = await studioPage.decide(seat.buyerName, decision);
  const shown = await Promise.all(moderators.map((m) => m.stamp(seat.buyerName, decision === 'reject' ? 'left-pending' : 'accepted')));
  const moderatorsMs = Math.max(...shown) - clickedAt;
  const stripeMs =
    decision === 'reject' ? (await host.purchaseSeen(seat.purchaseId, (p) => p.status === 'rejected' && p.payment === 'canceled')) - clickedAt : null;
  return { decision, moderatorsMs, stripeMs, roundTripMs: Math.max(moderatorsMs, stripeMs ?? 0) };
}

/** Decides through the host's own socket and waits for the outcome (used to settle seats between measurements). */
export async function decideByCommand(live: LiveStudio, host: EventStamps, purchaseId: string, decision: 'accept' | 'reject'): Promise<number> {
  const done = decision === 'reject' ? (p: Purchase) => p.status === 'rejected' && p.payment === 'canceled' : (p: Purchase) => p.status === 'accepted';
  const sentAt = epochNow();
  const result = await live.host.client.command(decision === 'reject' ? 'queue.reject' : 'queue.accept', { purchaseId });
  if (!result.ok) throw new Error(`${decision} refused: ${result.error.message}`);
  return (await host.purchaseSeen(purchaseId, done)) - sentAt;
}

export function decisionFigures(timings: DecisionTiming[], moderatorCount: number): Figure[] {
  const target = { text: 'target p95 < 300 ms', met: (s: { p95: number }) => s.p95 < 300 };
  const of = (decision: 'accept' | 'reject') => timings.filter((t) => t.decision === decision);
  const consoles = `${moderatorCount} moderator consoles (Chromium)`;
  return [
    measured({
      id: '5a',
      name: `Reject round trip: click in the studio page → Stripe cancel → ${consoles} updated`,
      unit: 'ms',
      samples: of('reject').map((t) => t.roundTripMs),
      comparedTo: 'slowest of: hold cancelled at Stripe (host socket), each console',
      target,
    }),
    measured({
      id: '5b',
      name: `Accept round trip: click in the studio page → ${consoles} updated (no Stripe call)`,
      unit: 'ms',
      samples: of('accept').map((t) => t.roundTripMs),
      comparedTo: 'slowest console',
      target,
    }),
    measured({
      id: '5c',
      name: `Click → slowest of ${consoles} (reject and accept)`,
      unit: 'ms',
      samples: timings.map((t) => t.moderatorsMs),
      comparedTo: 'the fan-out part of 5a/5b',
    }),
    measured({
      id: '5d',
      name: 'Reject click → hold cancelled at Stripe, seen by the host',
      unit: 'ms',
      samples: of('reject').flatMap((t) => (t.stripeMs === null ? [] : [t.stripeMs])),
      comparedTo: 'the money part of 5a',
    }),
  ];
}
