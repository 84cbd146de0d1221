import type { LivePresence } from './seat-view';

/**
 * Who is in the green room, in memory only (a restart forgets it; guests' pages reconnect): per
 * seat the one connection holding it and whether its media reaches the studio, every open
 * connection of the seat (a second tab may be open without having entered), and the called seats
 * whose guest has been in since the call (they are never no-shows).
 */
export interface GuestPresence {
  connectionId: string;
  mediaOk: boolean;
}

export interface SeatPresence {
  get(seatId: string): GuestPresence | undefined;
  has(seatId: string): boolean;
  live(seatId: string): LivePresence;
  set(seatId: string, presence: GuestPresence): void;
  delete(seatId: string): void;
  /** Called now: the guest counts as seen only if already in the green room. */
  called(seatId: string): void;
  /** The guest of a called seat came in. */
  seen(seatId: string): void;
  seenSinceCall(seatId: string): boolean;
  connectionOpened(seatId: string, connectionId: string): void;
  connectionClosed(seatId: string, connectionId: string): void;
  /** Hub subjects of every open connection of a seat. */
  connectionsOf(seatId: string): string[];
}

export function createSeatPresence(): SeatPresence {
  const inRoom = new Map<string, GuestPresence>();
  const seenSinceCall = new Set<string>();
  const connections = new Map<string, Set<string>>();
  return {
    get: (seatId) => inRoom.get(seatId),
    has: (seatId) => inRoom.has(seatId),
    live(seatId) {
      const p = inRoom.get(seatId);
      return { present: p !== undefined, mediaOk: p?.mediaOk ?? false, key: p?.connectionId ?? null };
    },
    set: (seatId, presence) => void inRoom.set(seatId, presence),
    delete: (seatId) => void inRoom.delete(seatId),
    called(seatId) {
      if (inRoom.has(seatId)) seenSinceCall.add(seatId);
      else seenSinceCall.delete(seatId);
    },
    seen: (seatId) => void seenSinceCall.add(seatId),
    seenSinceCall: (seatId) => seenSinceCall.has(seatId),
    connectionOpened(seatId, connectionId) {
      const open = connections.get(seatId) ?? new Set<string>();
      open.add(connectionId);
      connections.set(seatId, open);
    },
    connectionClosed(seatId, connectionId) {
      const open = connections.get(seatId);
      open?.delete(connectionId);
      if (open?.size === 0) connections.delete(seatId);
    },
    connectionsOf: (seatId) => [...(connections.get(seatId) ?? [])].map((id) => `${seatId}:${id}`),
  };
}
