/**
 * A value that can be read now and watched for changes. Framework-free so the client and session
 * can be tested under plain Node; React reads it through useSyncExternalStore.
 */
export interface Readable<T> {
  // Function-valued properties, not methods: React hands them around detached from the object.
  readonly get: () => T;
  readonly subscribe: (listener: (value: T) => void) => () => void;
}

export class Observable<T> implements Readable<T> {
  private readonly listeners = new Set<(value: T) => void>();

  constructor(private value: T) {}

  get = (): T => this.value;

  subscribe = (listener: (value: T) => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(value: T): void {
    if (Object.is(value, this.value)) return;
    this.value = value;
    // Copy first: a listener may unsubscribe (or subscribe) while we notify.
    for (const listener of [...this.listeners]) listener(value);
  }
}
