import { errorWith, type AppErrorShape } from '../../../shared/result';
import type { Repositories } from '../store/repositories';
import { deriveBuyerJoinToken, hashJoinToken, JOIN_TOKEN_LIFETIME_MS, joinTokenMatches, looksLikeJoinToken } from './join-token';

/**
 * Guests' join links: only the token's hash is stored, with the seat's link generation (replacing a
 * link bumps it, so every older link stops working) and an expiry. A buyer's token is derived from
 * their receipt token, so the receipt always shows a working link without storing one.
 */
export interface GuestAuth {
  seatId: string;
  name: string;
}

export function storeJoinToken(repos: Repositories, token: string, seatId: string, generation: number, now: string): void {
  const expiresAt = new Date(Date.parse(now) + JOIN_TOKEN_LIFETIME_MS).toISOString();
  repos.joinTokens.insert({ tokenHash: hashJoinToken(token), seatId, generation, createdAt: now, expiresAt });
}

/** The buyer's join token for their receipt, stored; null when the seat does not exist (yet) or is over. */
export function receiptJoinToken(repos: Repositories, purchaseId: string, receiptToken: string, now: string): string | null {
  const seat = repos.seats.byPurchase(purchaseId);
  if (!seat || seat.stage === 'ended') return null;
  const token = deriveBuyerJoinToken(receiptToken, seat.id, seat.linkGeneration);
  storeJoinToken(repos, token, seat.id, seat.linkGeneration, now);
  return token;
}

/** The seat a join token opens, a refusal saying why (replaced, expired), or null for no such token. */
export function authenticateJoinToken(repos: Repositories, token: string, nowMs: number): GuestAuth | { refused: AppErrorShape } | null {
  if (!looksLikeJoinToken(token)) return null;
  const stored = repos.joinTokens.find(hashJoinToken(token));
  if (!stored || !joinTokenMatches(token, stored.tokenHash)) return null;
  const seat = repos.seats.get(stored.seatId);
  if (!seat) return null;
  // The guest of a seat that is over still sees how it ended (thank-you screen).
  if (seat.stage !== 'ended') {
    if (stored.revokedAt !== null || stored.generation !== seat.linkGeneration) {
      return { refused: errorWith('unauthorized', 'error.guest.linkReplaced') };
    }
    if (Date.parse(stored.expiresAt) <= nowMs) return { refused: errorWith('unauthorized', 'error.guest.linkExpired') };
  }
  return { seatId: seat.id, name: seat.guestName };
}
