import { createHash, randomBytes } from 'node:crypto';

/**
 * A moderator's access token: 32 random bytes behind a prefix the logger recognises and redacts.
 * Only its sha256 is stored, so a copied database cannot be turned into working links.
 */
export const MODERATOR_TOKEN_PREFIX = 'hsm_';
const TOKEN_PATTERN = /^hsm_[A-Za-z0-9_-]{43}$/;

export function newModeratorToken(): string {
  return MODERATOR_TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function hashModeratorToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Cheap shape check before any lookup, so junk never reaches the database. */
export function looksLikeModeratorToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}
