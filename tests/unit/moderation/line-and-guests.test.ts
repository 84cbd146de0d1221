import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createModerationService, type ModerationService } from '../../../src/main/core/moderation/moderation-service';
import { seatStudio, type SeatStudio } from '../guests/seat-fixture';
import { MAYA, value } from '../queue/services-fixture';

/** The line a moderator arranges is the line guests are told about (place in line, wait estimate). */
let s: SeatStudio;
let moderation: ModerationService;
beforeEach(() => {
  s = seatStudio();
  moderation = createModerationService(s.temp.db, s.bus, s.clock);
});
afterEach(() => s.cleanup());

describe('line order and guests', () => {
  it('tells a guest moved to the front by a moderator that they are first in line', () => {
    const a = s.acceptedSeat('Ada');
    const b = s.acceptedSeat('Bo');
    const c = s.acceptedSeat('Cy');
    expect(s.seats.view(c.seatId)).toMatchObject({ placeInLine: 3 });
    value(moderation.reorder(c.purchase.id, a.purchase.id, MAYA));
    expect(s.seats.view(c.seatId)).toMatchObject({ placeInLine: 1 });
    expect(s.seats.view(a.seatId)).toMatchObject({ placeInLine: 2 });
    expect(s.seats.view(b.seatId)).toMatchObject({ placeInLine: 3 });
    expect(moderation.line(s.live.show.id)).toEqual([c.purchase.id, a.purchase.id, b.purchase.id]);
  });

  it('pushes each waiting guest their new place when the line is rearranged', () => {
    const a = s.acceptedSeat('Ada');
    const b = s.acceptedSeat('Bo');
    s.events.length = 0;
    value(moderation.reorder(b.purchase.id, a.purchase.id, MAYA));
    s.seats.lineChanged(s.live.show.id);
    const views = s.events.flatMap((e) => (e.type === 'guest.view' ? [[e.seatId, e.view.placeInLine]] : []));
    expect(views).toEqual(expect.arrayContaining([[b.seatId, 1], [a.seatId, 2]]));
  });
});
