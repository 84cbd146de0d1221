import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ASKED_PICTURES } from '../../../src/main/core/guests/seat-pictures';
import { createModerationService } from '../../../src/main/core/moderation/moderation-service';
import { readGuestSettings } from '../../../src/main/core/settings/guest-settings';
import { repositories } from '../../../src/main/core/store/repositories';
import type { Seat } from '../../../src/shared/guests';
import { HOST, MAYA, value } from '../queue/services-fixture';
import { seatStudio, type SeatStudio } from './seat-fixture';

/**
 * The picture rule inside the seat service (real SQLite): what the host's pages and each guest are
 * told, and that a seat whose picture moves because *another* seat moved is published again.
 */
let s: SeatStudio;
beforeEach(() => {
  s = seatStudio();
  s.settings({ livePictures: 2 });
});
afterEach(() => s.cleanup());

const invited = (name: string) => value(s.seats.invite({ name, minutes: 5 }, HOST)).seat.id;
const joined = (name: string) => {
  const seatId = invited(name);
  value(s.seats.enter(seatId, `conn-${name}`, null));
  return seatId;
};
const seatIn = (seatId: string) => s.seats.list().find((seat) => seat.id === seatId) as Seat;
const lastPublished = (seatId: string) => {
  for (const event of [...s.events].reverse()) if (event.type === 'seat.upserted' && event.seat.id === seatId) return event.seat.picture;
  return undefined;
};
const lastGuestView = (seatId: string) => {
  for (const event of [...s.events].reverse()) if (event.type === 'guest.view' && event.seatId === seatId) return event.view;
  return undefined;
};

describe('live pictures in the green room', () => {
  it('pauses the guest after the first N present, in the seat and in the guest’s own view', () => {
    const [a, b, c] = [joined('Ada'), joined('Bo'), joined('Cy')];
    expect(seatIn(a).picture).toEqual({ live: true, reason: 'front_of_line', placeInLine: 1, askedBy: null });
    expect(seatIn(b).picture.live).toBe(true);
    expect(seatIn(c).picture).toEqual({ live: false, reason: 'paused', placeInLine: 3, askedBy: null });
    expect(s.seats.view(c)).toMatchObject({ pictureLive: false, placeInLine: 3 });
    expect(s.seats.view(a)).toMatchObject({ pictureLive: true });
  });

  it('a guest who has not joined is away and takes no live place', () => {
    const a = invited('Ada');
    const [b, c] = [joined('Bo'), joined('Cy')];
    expect(seatIn(a).picture).toMatchObject({ live: false, reason: 'away', placeInLine: 1 });
    expect(seatIn(b).picture.live && seatIn(c).picture.live).toBe(true);
    expect(s.seats.view(a)).toMatchObject({ pictureLive: false });
  });

  it('moving up (someone ahead goes backstage) publishes the seat that moved, live, to host and guest', () => {
    const [a, , c] = [joined('Ada'), joined('Bo'), joined('Cy')];
    s.events.length = 0;
    value(s.seats.command(a, 'backstage', HOST));
    expect(lastPublished(a)).toMatchObject({ live: true, reason: 'with_host' });
    expect(lastPublished(c)).toEqual({ live: true, reason: 'front_of_line', placeInLine: 2, askedBy: null });
    expect(lastGuestView(c)).toMatchObject({ pictureLive: true, placeInLine: 2 });
  });

  it('a newcomer joining ahead (placed by a moderator) pushes the last live guest back to paused', () => {
    const moderation = createModerationService(s.temp.db, s.bus, s.clock);
    const [a, b, c] = [s.acceptedSeat('Ada'), s.acceptedSeat('Bo'), s.acceptedSeat('Cy')];
    value(s.seats.enter(a.seatId, 'ca', null));
    value(s.seats.enter(b.seatId, 'cb', null));
    value(s.seats.enter(c.seatId, 'cc', null));
    expect(seatIn(c.seatId).picture.live).toBe(false);
    s.events.length = 0;
    value(moderation.reorder(c.purchase.id, a.purchase.id, MAYA));
    s.seats.lineChanged(s.live.show.id);
    expect(lastPublished(c.seatId)).toMatchObject({ live: true, placeInLine: 1 });
    expect(lastPublished(b.seatId)).toMatchObject({ live: false, reason: 'paused', placeInLine: 3 });
    expect(lastPublished(a.seatId)).toMatchObject({ live: true, placeInLine: 2 });
    expect(lastGuestView(b.seatId)).toMatchObject({ pictureLive: false, placeInLine: 3 });
  });

  it('sends nothing again for seats whose picture did not move', () => {
    const [a, b] = [joined('Ada'), joined('Bo')];
    joined('Cy');
    s.events.length = 0;
    value(s.seats.extend(b, 60, HOST));
    const upserted = s.events.flatMap((e) => (e.type === 'seat.upserted' ? [e.seat.id] : []));
    expect(upserted).toEqual([b]);
    expect(upserted).not.toContain(a);
  });

  it('a guest leaving the green room frees their live place for the next one', () => {
    const [a, , c] = [joined('Ada'), joined('Bo'), joined('Cy')];
    s.events.length = 0;
    s.seats.leave(a, 'conn-Ada');
    expect(lastPublished(a)).toMatchObject({ live: false, reason: 'away' });
    expect(lastPublished(c)).toMatchObject({ live: true, reason: 'front_of_line' });
  });

  it('a host or moderator asks to see a guest further back, and takes the ask back', () => {
    joined('Ada');
    joined('Bo');
    const c = joined('Cy');
    const shown = value(s.seats.askPicture(c, true, MAYA));
    expect(shown.picture).toEqual({ live: true, reason: 'asked', placeInLine: 3, askedBy: 'Maya' });
    expect(lastGuestView(c)).toMatchObject({ pictureLive: true });
    // Asking again keeps the first asker.
    expect(value(s.seats.askPicture(c, true, HOST)).picture.askedBy).toBe('Maya');
    const paused = value(s.seats.askPicture(c, false, HOST));
    expect(paused.picture).toMatchObject({ live: false, reason: 'paused', askedBy: null });
    expect(lastGuestView(c)).toMatchObject({ pictureLive: false });
  });

  it('limits standing asks per show and says why; refuses asks for ended seats and missing ones', () => {
    joined('Ada');
    joined('Bo');
    const far = Array.from({ length: MAX_ASKED_PICTURES + 1 }, (_, i) => joined(`Far ${i}`));
    for (const seatId of far.slice(0, MAX_ASKED_PICTURES)) value(s.seats.askPicture(seatId, true, HOST));
    const refusal = (result: ReturnType<SeatStudio['seats']['askPicture']>) => (result.ok ? null : `${result.error.code}: ${result.error.message}`);
    expect(refusal(s.seats.askPicture(far[MAX_ASKED_PICTURES] as string, true, HOST))).toBe(
      `conflict: Up to ${MAX_ASKED_PICTURES} extra pictures can be shown at once: pause one first`,
    );
    expect(seatIn(far[MAX_ASKED_PICTURES] as string).picture.live).toBe(false);
    // Ending an asked seat frees its ask.
    value(s.seats.command(far[0] as string, 'end', HOST));
    expect(refusal(s.seats.askPicture(far[0] as string, true, HOST))).toBe('conflict: Far 0’s seat is over');
    value(s.seats.askPicture(far[MAX_ASKED_PICTURES] as string, true, HOST));
    expect(s.seats.askPicture('seat_nope00000', true, HOST)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('changing how many pictures are live re-publishes the seats that changed', () => {
    joined('Ada');
    joined('Bo');
    const c = joined('Cy');
    s.events.length = 0;
    s.seats.updateSettings({ ...s.seats.settings(), livePictures: 3 });
    expect(lastPublished(c)).toMatchObject({ live: true, reason: 'front_of_line' });
    expect(lastGuestView(c)).toMatchObject({ pictureLive: true });
  });

  it('reads guest settings saved before the setting existed as 6 live pictures', () => {
    const repos = repositories(s.temp.db);
    repos.settings.set('guests', JSON.stringify({ capturePolicy: 'at_go_live', captureAfterSeconds: 10, noShowGraceSeconds: 60, iceServers: [] }));
    expect(readGuestSettings(repos.settings)).toMatchObject({ capturePolicy: 'at_go_live', noShowGraceSeconds: 60, livePictures: 6 });
  });
});
