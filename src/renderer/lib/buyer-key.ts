/**
 * A random id per browser, kept in localStorage and sent with every order, so per-buyer limits
 * (e.g. one hot seat each) hold without accounts. It identifies a browser, not a person.
 */
export const BUYER_KEY_STORAGE = 'hotseat.buyerKey';
const VALID = /^[A-Za-z0-9_-]{16,64}$/;

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function getBuyerKey(storage: KeyValueStorage | null, randomBytes: (length: number) => Uint8Array): string {
  const stored = safely(() => storage?.getItem(BUYER_KEY_STORAGE) ?? null);
  if (stored && VALID.test(stored)) return stored;
  const key = toBase64Url(randomBytes(24));
  // Private modes may refuse storage: the key then lasts for this page only, which is still valid.
  safely(() => storage?.setItem(BUYER_KEY_STORAGE, key));
  return key;
}

function toBase64Url(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let out = '';
  for (const byte of bytes) out += alphabet[byte & 63];
  return out;
}

function safely<T>(action: () => T): T | null {
  try {
    return action();
  } catch {
    return null;
  }
}
