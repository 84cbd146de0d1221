import type { StudioEvent } from '../../shared/events';

/**
 * In-process fan-out of studio events. Services publish after their transaction commits; the
 * WebSocket hub subscribes and forwards each event to the clients whose role may see it.
 */
export type EventListener = (event: StudioEvent) => void;

export interface EventBus {
  publish(event: StudioEvent): void;
  subscribe(listener: EventListener): () => void;
}

export function createEventBus(onListenerError: (error: unknown) => void = () => {}): EventBus {
  const listeners = new Set<EventListener>();
  return {
    publish(event) {
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
