import type { StudioEvent } from '../../../src/shared/events';
import type { Purchase } from '../../../src/shared/purchases';
import type { StudioClient } from '../../../src/renderer/lib/studio-client';
import { waitFor } from '../../support/wait-for';
import { epochNow } from '../lib/clock';

/**
 * Stamps every event a WebSocket client receives with its arrival time, so a benchmark can ask
 * "when did this client first see purchase X in state Y" after the fact: the wait itself may
 * poll, the answer is the arrival time.
 */
export interface EventStamps {
  /** Arrival time of the first purchase.upserted for `purchaseId` matching `predicate`. */
  purchaseSeen(purchaseId: string, predicate: (purchase: Purchase) => boolean, timeoutMs?: number): Promise<number>;
  stop(): void;
}

export function stampEvents(client: StudioClient): EventStamps {
  const seen: { at: number; event: StudioEvent }[] = [];
  const unsubscribe = client.onEvent((event) => seen.push({ at: epochNow(), event }));
  return {
    purchaseSeen: (purchaseId, predicate, timeoutMs = 30_000) =>
      waitFor(
        `purchase ${purchaseId} in the expected state`,
        () =>
          seen.find(({ event }) => event.type === 'purchase.upserted' && event.purchase.id === purchaseId && predicate(event.purchase))?.at,
        { timeoutMs, intervalMs: 5 },
      ),
    stop: unsubscribe,
  };
}
