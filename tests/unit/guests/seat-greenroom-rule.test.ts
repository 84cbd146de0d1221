import { describe, expect, it } from 'vitest';
import { seatCommand } from '../../../src/main/core/guests/seat-rules';
import type { SeatStage } from '../../../src/shared/guests';

/** "Back to the green room" (a screening ends) from every stage, present or not. */
describe('seat command greenroom', () => {
  const stages: SeatStage[] = ['waiting', 'called', 'backstage', 'live', 'ended'];
  for (const stage of stages) {
    for (const present of [true, false]) {
      it(`from ${stage}${present ? '' : ' (guest away)'}`, () => {
        const answer = seatCommand({ stage, present, guestName: 'Gia' }, 'greenroom');
        if (stage === 'backstage') expect(answer).toEqual({ ok: true, stage: 'waiting' });
        else if (stage === 'ended') expect(answer).toEqual({ ok: false, error: { code: 'conflict', message: 'Gia’s seat is over', reason: { id: 'error.seat.over', values: { guest: 'Gia' } } } });
        else expect(answer).toEqual({ ok: false, error: { code: 'conflict', message: 'Gia is not backstage', reason: { id: 'error.seat.notBackstage', values: { guest: 'Gia' } } } });
      });
    }
  }
});
