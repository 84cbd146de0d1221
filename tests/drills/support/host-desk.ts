import WebSocket from 'ws';
import type { CommandInput, CommandName, CommandOutput } from '../../../src/shared/commands';
import { StudioClient } from '../../../src/renderer/lib/studio-client';
import { webSocketUrl } from '../../../src/renderer/lib/socket';
import { waitFor } from '../../support/wait-for';
import type { Rng } from './rng';
import type { DrillOffers } from './drill-show';
import { readStudioDb } from './studio-db';

/**
 * The host at the studio, over the real WebSocket with the client the studio page uses. It
 * survives studio restarts (the client reconnects by itself) and decides hot seats and refunds
 * with seeded randomness per purchase, so a decision does not depend on timing.
 */
export interface HostDesk {
  client: StudioClient;
  command<N extends CommandName>(name: N, input: CommandInput<N>): Promise<CommandOutput<N>>;
  /**
   * One pass over the show: decide every seat waiting for review, refund some paid orders. What
   * stands where is read from the database (read-only); every decision goes over the WebSocket.
   */
  decidePass(offers: DrillOffers, studioDbPath: string): Promise<DeskPass>;
  tally: DeskTally;
  stop(): void;
}

export interface DeskPass {
  purchases: PurchaseRow[];
}

export interface PurchaseRow {
  id: string;
  kind: string;
  status: string;
  payment: string;
  version: number;
  offerId: string;
  variantId: string | null;
  quantity: number;
}

export interface DeskTally {
  accepted: number;
  rejected: number;
  refunds: number;
  /** Commands that got no answer (the studio died) or a stale-version conflict; retried later. */
  retried: number;
  /** Limits seen broken in a snapshot (more seats or units held than the offer allows). */
  capacityViolations: string[];
}

export async function openHostDesk(baseUrl: string, token: string, rng: Rng): Promise<HostDesk> {
  const client = new StudioClient({
    url: webSocketUrl(baseUrl),
    token,
    WebSocket,
    requestTimeoutMs: 8_000,
    backoff: { baseMs: 100, maxMs: 600 },
    onInvalidMessage: (problem) => console.error(`[drill host] invalid message: ${problem}`),
  });
  client.start();
  await waitFor('host connection', () => client.state.get().status === 'online', { timeoutMs: 30_000 });
  const tally: DeskTally = { accepted: 0, rejected: 0, refunds: 0, retried: 0, capacityViolations: [] };
  const refundRequested = new Set<string>();

  const command = async <N extends CommandName>(name: N, input: CommandInput<N>): Promise<CommandOutput<N>> => {
    const result = await client.command(name, input);
    if (!result.ok) throw Object.assign(new Error(`${name} refused: ${result.error.code} ${result.error.message}`), { code: result.error.code });
    return result.value;
  };

  const tryCommand = async <N extends CommandName>(name: N, input: CommandInput<N>): Promise<boolean> => {
    const result = await client.command(name, input);
    if (result.ok) return true;
    tally.retried += 1;
    return false;
  };

  const decidePass = async (offers: DrillOffers, studioDbPath: string): Promise<DeskPass> => {
    const purchases = readStudioDb(studioDbPath, (db) =>
      db
        .prepare(
          `SELECT id, kind, status, payment, version, offer_id AS offerId, variant_id AS variantId, quantity
             FROM purchases WHERE show_id = ? ORDER BY created_at`,
        )
        .all(offers.showId),
    ) as PurchaseRow[];
    checkCapacity(purchases, offers, tally);
    for (const purchase of purchases) {
      if (client.state.get().status !== 'online') break;
      const mine = rng.fork(purchase.id);
      if (purchase.kind === 'hotseat' && purchase.status === 'pending_review') {
        const accept = mine.chance(0.5);
        const ref = { purchaseId: purchase.id, expectedVersion: purchase.version };
        if (await tryCommand(accept ? 'queue.accept' : 'queue.reject', ref)) tally[accept ? 'accepted' : 'rejected'] += 1;
      } else if ((purchase.kind === 'tip' || purchase.kind === 'merch') && purchase.status === 'paid' && purchase.payment === 'captured') {
        if (refundRequested.has(purchase.id) || !mine.chance(0.1)) continue;
        if (await tryCommand('purchase.refund', { purchaseId: purchase.id, expectedVersion: purchase.version })) {
          refundRequested.add(purchase.id);
          tally.refunds += 1;
        }
      }
    }
    return { purchases };
  };

  return { client, command, decidePass, tally, stop: () => client.stop() };
}

/** Seats and units held at one moment never exceed what the host put on sale. */
function checkCapacity(purchases: PurchaseRow[], offers: DrillOffers, tally: DeskTally): void {
  const holding = new Set(['pending_payment', 'pending_review', 'accepted', 'paid']);
  for (const seat of offers.seats) {
    const held = purchases.filter((p) => p.offerId === seat.id && holding.has(p.status)).length;
    if (held > seat.perShow) tally.capacityViolations.push(`offer ${seat.id}: ${held} seats held, ${seat.perShow} on sale`);
  }
  for (const variant of offers.merch.variants) {
    const held = purchases
      .filter((p) => p.offerId === offers.merch.id && p.variantId === variant.id && holding.has(p.status))
      .reduce((sum, p) => sum + p.quantity, 0);
    if (held > variant.stock) tally.capacityViolations.push(`variant ${variant.id}: ${held} held, stock ${variant.stock}`);
  }
}
