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

/** The seats of the areas of the guests panel. */
export function seatGroups(seats: readonly Seat[], showId: string | null) {
  const mine = seats.filter((s) => showId === null || s.showId === showId);
  return {
    withHost: mine.filter((s) => s.stage === 'live' || s.stage === 'backstage'),
    greenRoom: mine.filter((s) => (s.stage === 'waiting' || s.stage === 'called') && s.present),
    notJoined: mine.filter((s) => (s.stage === 'waiting' || s.stage === 'called') && !s.present),
    ended: mine.filter((s) => s.stage === 'ended'),
  };
}
