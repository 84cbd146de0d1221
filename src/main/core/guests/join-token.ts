import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Join links. A token opens exactly one seat; only its sha256 is stored, so a copied database
 * cannot be turned into working links, and the logger redacts the `hsj_` prefix.
 *
 * A buyer's token is derived from their receipt token (HMAC over the seat and the link's
 * generation): the core never stores the receipt token either, but the receipt page holds it, so
 * the receipt can show the same join link on every visit, and a new generation (the host replaced
 * the link) gives a new one. A free invite's token is random and shown to the host once.
 */
export const JOIN_TOKEN_PREFIX = 'hsj_';
const TOKEN_PATTERN = /^hsj_[A-Za-z0-9_-]{43}$/;

export function newInviteToken(): string {
  return JOIN_TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function deriveBuyerJoinToken(receiptToken: string, seatId: string, generation: number): string {
  return JOIN_TOKEN_PREFIX + createHmac('sha256', receiptToken).update(`hotseat-join:${seatId}:${generation}`).digest('base64url');
}

export function looksLikeJoinToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

export function hashJoinToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Constant-time comparison of a presented token with a stored hash. */
export function joinTokenMatches(token: string, storedHash: string): boolean {
  const candidate = Buffer.from(hashJoinToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return candidate.length === stored.length && timingSafeEqual(candidate, stored);
}

/** How long a join link stays good. A show rarely runs longer; the host can always make a new one. */
export const JOIN_TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;
