import type { StudioEvent } from '../../../shared/events';
import type { Principal } from './principal';

/**
 * Routing of guest events. A guest sees only their own seat's view and the studio's signaling to
 * them; nobody else receives those. `undefined`: not a guest matter, the hub's other rules decide.
 */
export function routeGuestEvent(principal: Principal, event: StudioEvent): StudioEvent | null | undefined {
  const forOneGuest = event.type === 'guest.view' || event.type === 'guest.signal';
  if (principal.role === 'guest') return forOneGuest && event.seatId === principal.seatId ? event : null;
  return forOneGuest ? null : undefined;
}
