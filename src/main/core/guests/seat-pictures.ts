import type { SeatPicture, SeatStage } from '../../../shared/guests';
import { errorWith, type AppErrorShape } from '../../../shared/result';

/**
 * Whose camera picture the studio receives, as pure rules. A host with fifty guests waiting cannot
 * watch fifty videos, and every live picture costs a video encode in that guest's browser and a
 * decode in the studio page, all the time. So the picture is live only for guests the host can act
 * on soon: those backstage or on air, the first `frontCount` present in line, and anyone a host or
 * moderator asked to see. Everyone else in the green room stays connected (sound, and they join at
 * once when called) but their page pauses its video (guest page: lib/guest-peers.ts).
 */
export interface PictureFacts {
  id: string;
  stage: SeatStage;
  /** The guest is in the green room (or with the host) now. */
  present: boolean;
  /** Who asked to see this guest's picture; null when nobody did. */
  askedBy: string | null;
}

/** At most this many asks stand at once per show: the host's laptop decodes every one of them. */
export const MAX_ASKED_PICTURES = 6;

/**
 * Every seat's picture. `line`: the ids of the seats waiting in line, first first (seat-view.ts
 * lineOf: called seats, then hand-placed, then by payment), which also gives the place in line the
 * guest is told. The first `frontCount` guests *present* in line are live: people who have not
 * joined yet do not hold a place at the front of the green room.
 */
export function seatPictures(seats: readonly PictureFacts[], line: readonly string[], frontCount: number): Map<string, SeatPicture> {
  const byId = new Map(seats.map((seat) => [seat.id, seat]));
  const pictures = new Map<string, SeatPicture>();
  let presentAhead = 0;
  line.forEach((id, index) => {
    const seat = byId.get(id);
    if (!seat || (seat.stage !== 'waiting' && seat.stage !== 'called')) return;
    const placeInLine = index + 1;
    const askedBy = seat.askedBy;
    if (!seat.present) {
      pictures.set(id, { live: false, reason: 'away', placeInLine, askedBy });
      return;
    }
    const atFront = presentAhead < frontCount;
    presentAhead += 1;
    if (atFront) pictures.set(id, { live: true, reason: 'front_of_line', placeInLine, askedBy });
    else if (askedBy !== null) pictures.set(id, { live: true, reason: 'asked', placeInLine, askedBy });
    else pictures.set(id, { live: false, reason: 'paused', placeInLine, askedBy });
  });
  for (const seat of seats) {
    if (pictures.has(seat.id)) continue;
    if (seat.stage === 'backstage' || seat.stage === 'live') pictures.set(seat.id, { live: true, reason: 'with_host', placeInLine: null, askedBy: seat.askedBy });
    else if (seat.stage === 'ended') pictures.set(seat.id, { live: false, reason: 'ended', placeInLine: null, askedBy: null });
    // In line by stage but missing from `line` (a caller's mistake): never live by accident.
    else pictures.set(seat.id, { live: false, reason: seat.present ? 'paused' : 'away', placeInLine: null, askedBy: seat.askedBy });
  }
  return pictures;
}

export type AskAnswer = { ok: true } | { ok: false; error: AppErrorShape };

/**
 * Whether a host or moderator may ask to see (`show`) a guest's picture, or take the ask back.
 * `askedInShow`: asks standing for other seats of the same show.
 */
export function askPicture(seat: { stage: SeatStage; guestName: string; askedBy: string | null }, show: boolean, askedInShow: number): AskAnswer {
  if (seat.stage === 'ended') return { ok: false, error: errorWith('conflict', 'error.seat.over', { guest: seat.guestName }) };
  if (!show) return { ok: true };
  if (seat.stage === 'backstage' || seat.stage === 'live') return { ok: false, error: errorWith('conflict', 'error.seat.withHost', { guest: seat.guestName }) };
  if (seat.askedBy === null && askedInShow >= MAX_ASKED_PICTURES) {
    return { ok: false, error: errorWith('conflict', 'error.seat.tooManyPictures', { limit: MAX_ASKED_PICTURES }) };
  }
  return { ok: true };
}
