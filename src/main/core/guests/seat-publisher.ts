import type { GuestSettings, GuestView, IceServer, Seat, SeatPicture } from '../../../shared/guests';
import type { Repositories } from '../store/repositories';
import type { SeatRecord } from '../store/seats-repo';
import type { Emit } from '../store/unit-of-work';
import { seatPictures } from './seat-pictures';
import type { SeatPresence } from './seat-presence';
import { guestViewOf, lineOf, seatOf } from './seat-view';

/**
 * What the host and each guest are told of seats: the host's `seat.upserted` and every guest's
 * `guest.view`, with the pictures rule (seat-pictures.ts) applied to the line, presence and the
 * asks to see a waiting guest. A seat's picture changes when *others* move (someone ahead goes
 * backstage, joins, leaves), so the picture each seat was last published with is kept, and only
 * seats whose picture moved are sent again.
 */
export interface SeatPublisherDeps {
  repos: Repositories;
  presence: SeatPresence;
  settings(): GuestSettings;
  /** ICE servers for one guest's page (fresh TURN credentials in every view). */
  iceServers: (seatId: string, current: GuestSettings) => IceServer[];
}

export interface SeatPublisher {
  seat(record: SeatRecord): Seat;
  seats(showSeats: readonly SeatRecord[]): Seat[];
  view(record: SeatRecord, nowMs: number): GuestView;
  /** The seat to the host (and any other seat whose picture moved with it), and every guest of the show their view. */
  publish(ctx: { now: string; emit: Emit }, seatId: string): void;
  /** The line moved without a seat changing (reorder, settings): new places and pictures go out. */
  lineChanged(emit: Emit, showId: string, nowMs: number): void;
  /** Before a unit of work that may fail: the function that forgets what it would have published. */
  checkpoint(): () => void;
  /** Who asked to see a waiting guest's picture (display name), in memory like presence. */
  readonly asks: Map<string, string>;
}

/** Only for a seat missing from its own show's list (cannot happen): never live by accident. */
const NO_PICTURE: SeatPicture = { live: false, reason: 'away', placeInLine: null, askedBy: null };

export function createSeatPublisher(deps: SeatPublisherDeps): SeatPublisher {
  const { repos, presence } = deps;
  const asks = new Map<string, string>();
  let published = new Map<string, string>();

  const picturesOf = (showSeats: readonly SeatRecord[]): Map<string, SeatPicture> => {
    const showId = showSeats[0]?.showId;
    if (showId === undefined) return new Map();
    const line = lineOf(showSeats, repos.moderation.rankedSeats(showId)).map((seat) => seat.id);
    const facts = showSeats.map((seat) => ({ id: seat.id, stage: seat.stage, present: presence.has(seat.id), askedBy: asks.get(seat.id) ?? null }));
    return seatPictures(facts, line, deps.settings().livePictures);
  };
  const seatWith = (record: SeatRecord, pictures: ReadonlyMap<string, SeatPicture>): Seat =>
    seatOf(record, repos, presence.live(record.id), pictures.get(record.id) ?? NO_PICTURE);
  const viewWith = (record: SeatRecord, pictures: ReadonlyMap<string, SeatPicture>, current: GuestSettings, nowMs: number): GuestView =>
    guestViewOf(
      record,
      repos,
      presence.live(record.id),
      current,
      nowMs,
      pictures.get(record.id)?.live ?? false,
      deps.iceServers(record.id, current),
    );

  const announce = (emit: Emit, record: SeatRecord, pictures: ReadonlyMap<string, SeatPicture>) => {
    const seat = seatWith(record, pictures);
    published.set(seat.id, JSON.stringify(seat.picture));
    emit({ type: 'seat.upserted', seat });
  };
  const announcePictureChanges = (emit: Emit, showSeats: readonly SeatRecord[], pictures: ReadonlyMap<string, SeatPicture>, except: string | null) => {
    for (const record of showSeats) {
      if (record.id === except || record.stage === 'ended') continue;
      if (published.get(record.id) !== JSON.stringify(pictures.get(record.id) ?? NO_PICTURE)) announce(emit, record, pictures);
    }
  };

  return {
    asks,
    seat: (record) => seatWith(record, picturesOf(repos.seats.listForShow(record.showId))),
    seats(showSeats) {
      const pictures = picturesOf(showSeats);
      return showSeats.map((record) => seatWith(record, pictures));
    },
    view: (record, nowMs) => viewWith(record, picturesOf(repos.seats.listForShow(record.showId)), deps.settings(), nowMs),

    publish(ctx, seatId) {
      const record = repos.seats.get(seatId);
      if (!record) return;
      const showSeats = repos.seats.listForShow(record.showId);
      const pictures = picturesOf(showSeats);
      announce(ctx.emit, record, pictures);
      announcePictureChanges(ctx.emit, showSeats, pictures, seatId);
      const nowMs = Date.parse(ctx.now);
      const current = deps.settings();
      for (const seat of showSeats) {
        if (seat.id !== seatId && seat.stage === 'ended') continue;
        ctx.emit({ type: 'guest.view', seatId: seat.id, view: viewWith(seat, pictures, current, nowMs) });
      }
    },

    lineChanged(emit, showId, nowMs) {
      const current = deps.settings();
      const showSeats = repos.seats.listForShow(showId);
      const pictures = picturesOf(showSeats);
      announcePictureChanges(emit, showSeats, pictures, null);
      for (const seat of showSeats) {
        if (seat.stage !== 'waiting' && seat.stage !== 'called') continue;
        emit({ type: 'guest.view', seatId: seat.id, view: viewWith(seat, pictures, current, nowMs) });
      }
    },

    checkpoint() {
      const before = new Map(published);
      return () => {
        published = before;
      };
    },
  };
}
