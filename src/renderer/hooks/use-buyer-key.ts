import { useState } from 'react';
import { getBuyerKey } from '../lib/buyer-key';

/** This browser's buyer key (see lib/buyer-key.ts), created on first use. */
export function useBuyerKey(): string {
  const [key] = useState(() => getBuyerKey(localStorageOrNull(), (length) => crypto.getRandomValues(new Uint8Array(length))));
  return key;
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
