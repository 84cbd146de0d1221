import type { Actor } from '../actor';

interface Holder {
  /** Stable id of the holder: "host", a moderator id, a purchase id for a viewer. */
  subject: string;
  name: string;
}

/** An authenticated connection or request: who it is and, by role, what it is scoped to. */
export type Principal =
  | (Holder & { role: 'host' | 'moderator' | 'overlay' })
  | (Holder & {
      role: 'viewer';
      /** The one purchase their receipt token opens. */
      purchaseId: string;
      /** Their receipt token, kept in memory to re-read their receipt on changes. */
      token: string;
    })
  | (Holder & {
      role: 'guest';
      /** The one seat their join link opens. */
      seatId: string;
      /** This connection (a second tab or device takes over the seat from the first). */
      connectionId: string;
    });

export function actorOf(principal: Principal): Actor {
  return { role: principal.role, name: principal.name };
}
