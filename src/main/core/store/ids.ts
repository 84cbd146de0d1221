import { randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Prefixes say what an id names when it shows up in a log or a URL. */
export type IdPrefix = 'shw' | 'off' | 'pur' | 'mact' | 'mod' | 'sfy' | 'seg';

/** A random id matching the contract's `Id` pattern: `pur_` followed by 20 letters and digits. */
export function newId(prefix: IdPrefix): string {
  const bytes = randomBytes(20);
  let body = '';
  for (const byte of bytes) body += ALPHABET[byte % ALPHABET.length];
  return `${prefix}_${body}`;
}
