import type { Actor, Role } from '../actor';

/** An authenticated connection or request: who it is and what it is scoped to. */
export interface Principal {
  role: Role;
  /** Stable id of the holder: "host", a moderator id, a purchase id for a viewer. */
  subject: string;
  name: string;
  /** For a viewer: the one purchase their receipt token opens. */
  purchaseId?: string;
  /** For a viewer: their receipt token, kept in memory to re-read their receipt on changes. */
  token?: string;
  /** For a guest: the one seat their join link opens. */
  seatId?: string;
  /** For a guest: this connection (a second tab or device takes over the seat from the first). */
  connectionId?: string;
}

export function actorOf(principal: Principal): Actor {
  return { role: principal.role, name: principal.name };
}
