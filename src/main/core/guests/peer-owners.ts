/**
 * Who owns each studio-side peer of a seat (signaling): the host's studio page or one moderator
 * screening the guest backstage. The first `seat.signal` with a peer id claims it; the guest's
 * answers for that peer are then routed to the owner only, and nobody can borrow another's peer
 * id. In memory: after a restart every page calls again with fresh peer ids.
 */
export interface PeerOwners {
  /** Claims `peerId` of the seat for `owner`; false if someone else already holds it. */
  claim(seatId: string, peerId: string, owner: string): boolean;
  ownerOf(seatId: string, peerId: string): string | null;
  release(seatId: string, peerId: string): void;
}

export function createPeerOwners(limit = 5_000): PeerOwners {
  const owners = new Map<string, string>();
  const key = (seatId: string, peerId: string) => `${seatId}\u0000${peerId}`;
  return {
    claim(seatId, peerId, owner) {
      const k = key(seatId, peerId);
      const held = owners.get(k);
      if (held !== undefined) return held === owner;
      // Oldest first out: peers are short-lived and a page calls again with a fresh id anyway.
      if (owners.size >= limit) {
        const oldest = owners.keys().next();
        if (!oldest.done) owners.delete(oldest.value);
      }
      owners.set(k, owner);
      return true;
    },
    ownerOf: (seatId, peerId) => owners.get(key(seatId, peerId)) ?? null,
    release(seatId, peerId) {
      owners.delete(key(seatId, peerId));
    },
  };
}
