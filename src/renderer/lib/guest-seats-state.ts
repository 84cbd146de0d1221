import type { GuestSettings, Seat } from '../../shared/guests';
import type { StudioEvent } from '../../shared/events';

/** The studio page's picture of the guest seats: a list from `seats.list`, then events on top. */
export interface SeatsState {
  seats: Seat[];
  settings: GuestSettings | null;
}

export function applySeatEvent(state: SeatsState, event: StudioEvent): SeatsState {
  switch (event.type) {
    case 'seat.upserted': {
      const current = state.seats.find((s) => s.id === event.seat.id);
      // An older version never undoes a newer one (events can overtake the list).
      if (current && current.version > event.seat.version) return state;
      return { ...state, seats: [...state.seats.filter((s) => s.id !== event.seat.id), event.seat].sort(byLine) };
    }
    case 'guests.settings':
      return { ...state, settings: event.settings };
    default:
      return state;
  }
}

export function byLine(a: Seat, b: Seat): number {
  return a.lineAt < b.lineAt ? -1 : a.lineAt > b.lineAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The line as the core decided it (called first, then hand-placed, then by payment): first first. */
export function byPlaceInLine(a: Seat, b: Seat): number {
  const [pa, pb] = [a.picture.placeInLine ?? Infinity, b.picture.placeInLine ?? Infinity];
  return pa !== pb ? (pa < pb ? -1 : 1) : byLine(a, b);
}

/** The seats of the areas of the guests panel; the green room and those not joined in line order. */
export function seatGroups(seats: readonly Seat[], showId: string | null) {
  const mine = seats.filter((s) => showId === null || s.showId === showId);
  const inLine = mine.filter((s) => s.stage === 'waiting' || s.stage === 'called').sort(byPlaceInLine);
  return {
    withHost: mine.filter((s) => s.stage === 'live' || s.stage === 'backstage'),
    greenRoom: inLine.filter((s) => s.present),
    notJoined: inLine.filter((s) => !s.present),
    ended: mine.filter((s) => s.stage === 'ended'),
  };
}
