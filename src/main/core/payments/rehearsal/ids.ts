import { randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Random letters and digits, like the tail of a Stripe id. */
export function randomToken(length: number): string {
  const bytes = randomBytes(length * 2);
  let out = '';
  // 248 is the largest multiple of 62 below 256: rejecting bytes above it keeps every letter equally likely.
  for (const byte of bytes) {
    if (byte >= 248) continue;
    out += ALPHABET[byte % 62];
    if (out.length === length) return out;
  }
  return out + randomToken(length - out.length);
}

export function newId(prefix: 'pi' | 'ch' | 're' | 'pm' | 'txn' | 'dp' | 'req'): string {
  return `${prefix}_${randomToken(24)}`;
}

export function newCheckoutSessionId(): string {
  return `cs_test_${randomToken(58)}`;
}

/**
 * Event ids sort in creation order (a zero-padded sequence number leads), so a consumer comparing
 * ids, and our own cursors, agree with `created` order even within one second.
 */
export function eventIdFor(sequence: number): string {
  return `evt_${String(sequence).padStart(10, '0')}${randomToken(14)}`;
}
