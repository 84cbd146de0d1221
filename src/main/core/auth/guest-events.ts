import type { StudioEvent } from '../../../shared/events';
import type { Principal } from './principal';

/**
 * Routing of guest events. A guest sees only their own seat's view and the studio's signaling to
 * them; nobody else receives those. `undefined`: not a guest matter, the hub's other rules decide.
 */
export function routeGuestEvent(principal: Principal, event: StudioEvent): StudioEvent | null | undefined {
  // A guest's answer to a moderator's peer (screening backstage) goes to that moderator only.
  if (event.type === 'studio.signal' && event.to !== undefined) {
    return principal.role === 'moderator' && principal.subject === event.to ? event : null;
  }
  const forOneGuest = event.type === 'guest.view' || event.type === 'guest.signal' || event.type === 'guest.selfie';
  if (principal.role === 'guest') return forOneGuest && event.seatId === principal.seatId ? event : null;
  return forOneGuest ? null : undefined;
}
