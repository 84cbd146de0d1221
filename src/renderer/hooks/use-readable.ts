import { useSyncExternalStore } from 'react';
import type { Readable } from '../lib/observable';

/** Renders with the current value of a framework-free observable and re-renders on change. */
export function useReadable<T>(readable: Readable<T>): T {
  return useSyncExternalStore(readable.subscribe, readable.get, readable.get);
}
