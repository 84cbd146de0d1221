import type { GuestSettings, Seat } from '../../shared/guests';
import type { StudioEvent } from '../../shared/events';
import type { IceFeed } from './ice-feed';
import type { SyncedStateOptions } from './synced-state';

/** The studio page's picture of the guest seats: a list from `seats.list`, then events on top. */
export interface SeatsState {
  seats: Seat[];
  settings: GuestSettings | null;
}

/**
 * The studio's seats: listed at every welcome, then `seat.upserted` and `guests.settings` on top.
 * ICE servers are fetched first, so the first calls already have STUN/TURN (one quick round trip).
 */
export function studioSeatsSync(ice: IceFeed): SyncedStateOptions<SeatsState> {
  return {
    load: async (client) => {
      await ice.refresh();
      const result = await client.command('seats.list', {});
      return result.ok ? { ok: true, value: { seats: [...result.value.seats].sort(byLine), settings: result.value.settings } } : result;
    },
    apply: applySeatEvent,
  };
}

/** A moderator's seats (`moderator.seats`, which carries this page's own ICE servers), then `seat.upserted`. */
export function moderatorSeatsSync(ice: IceFeed): SyncedStateOptions<Seat[]> {
  return {
    load: async (client) => {
      const result = await client.command('moderator.seats', {});
      if (!result.ok) return result;
      ice.offer(result.value.iceServers);
      return { ok: true, value: [...result.value.seats].sort(byLine) };
    },
    apply: (seats, event) => applySeatEvent({ seats, settings: null }, event).seats,
  };
}

export const NO_SEATS: SeatsState = { seats: [], settings: null };

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
