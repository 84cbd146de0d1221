import type { Purchase } from '../../../src/shared/purchases';
import { measured, type Figure } from '../lib/figure';
import { epochNow } from '../lib/clock';
import type { LiveStudio } from '../support/live-studio';

/**
 * Figure 5, accept/reject round trip: the host's command leaves the studio page's client → the
 * core decides (one transaction, with the money action in its outbox) → for a reject, the money
 * worker cancels the authorization at Stripe → every watcher has seen the outcome. Accept moves no
 * money (the card stays authorized until the guest has been on air), so it stops at the decision.
 *
 * Watchers are whoever must see the outcome: today the host's WebSocket. Issue 5 adds moderators:
 * push three moderator pages (each waiting for the same purchase state) onto `watchers` and the
 * figure becomes "every open moderator page updated" without other changes.
 */
export interface DecisionWatcher {
  name: string;
  /** Arrival time (epoch ms) of the first update of `purchaseId` matching `predicate`. */
  seen(purchaseId: string, predicate: (purchase: Purchase) => boolean): Promise<number>;
}

export interface DecisionTiming {
  decision: 'accept' | 'reject';
  /** Command sent → its result came back to the host, ms. */
  commandMs: number;
  /** Command sent → the last watcher saw the final state (reject: hold cancelled at Stripe), ms. */
  roundTripMs: number;
}

export async function timeDecision(
  live: LiveStudio,
  watchers: DecisionWatcher[],
  purchaseId: string,
  decision: 'accept' | 'reject',
): Promise<DecisionTiming> {
  const done = decision === 'reject' ? (p: Purchase) => p.status === 'rejected' && p.payment === 'canceled' : (p: Purchase) => p.status === 'accepted';
  const sentAt = epochNow();
  const result = await live.host.client.command(decision === 'reject' ? 'queue.reject' : 'queue.accept', { purchaseId });
  const answeredAt = epochNow();
  if (!result.ok) throw new Error(`${decision} refused: ${result.error.message}`);
  const seen = await Promise.all(watchers.map((w) => w.seen(purchaseId, done)));
  return { decision, commandMs: answeredAt - sentAt, roundTripMs: Math.max(...seen) - sentAt };
}

export function decisionFigures(timings: DecisionTiming[], watcherNames: string[]): Figure[] {
  const target = { text: 'target p95 < 300 ms', met: (s: { p95: number }) => s.p95 < 300 };
  const who = watcherNames.join(' + ');
  const of = (decision: 'accept' | 'reject') => timings.filter((t) => t.decision === decision);
  return [
    measured({
      id: '5a',
      name: 'Reject round trip: command → Stripe cancel → host',
      unit: 'ms',
      samples: of('reject').map((t) => t.roundTripMs),
      comparedTo: `seen by: ${who} (moderator pages come with issue 5)`,
      target,
    }),
    measured({
      id: '5b',
      name: 'Accept round trip: command → host (no Stripe call)',
      unit: 'ms',
      samples: of('accept').map((t) => t.roundTripMs),
      comparedTo: `seen by: ${who}`,
      target,
    }),
    measured({
      id: '5c',
      name: 'Decision command answered (reject and accept)',
      unit: 'ms',
      samples: timings.map((t) => t.commandMs),
      comparedTo: 'the part of 5a/5b before any Stripe call',
    }),
  ];
}
