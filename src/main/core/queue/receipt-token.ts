import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The receipt token is the buyer's only key to their receipt (and later their join link). It is
 * handed out once and never stored: the database keeps its sha256, so a copied database file
 * cannot be turned into working links.
 */
const TOKEN_BYTES = 24;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;

export function newReceiptToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

export function hashReceiptToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Cheap shape check before any lookup, so junk never reaches the database. */
export function looksLikeReceiptToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/** Compares in constant time, so response timing says nothing about how close a guess was. */
export function receiptTokenMatches(token: string, storedHash: string): boolean {
  const candidate = Buffer.from(hashReceiptToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return candidate.length === stored.length && timingSafeEqual(candidate, stored);
}
