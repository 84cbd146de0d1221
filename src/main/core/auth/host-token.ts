import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The host's access token: 32 random bytes, prefixed so it is recognisable (and redacted by the
 * logger). It survives restarts so an open studio page reconnects after the core comes back.
 */
export const HOST_TOKEN_PREFIX = 'hsh_';

export function newHostToken(): string {
  return HOST_TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function tokensEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
