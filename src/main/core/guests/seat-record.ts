import type { SeatRecord } from '../store/seats-repo';
import { newSeatId } from './end-seat';

/** What tells one new seat from another; everything else starts the same for every seat. */
export type NewSeat = Pick<SeatRecord, 'showId' | 'purchaseId' | 'source' | 'guestName' | 'format' | 'question' | 'allowanceSeconds' | 'lineAt'>;

/** A seat waiting in line, not yet called, with its first link generation. */
export function newSeatRecord(seat: NewSeat, now: string): SeatRecord {
  return {
    ...seat,
    id: newSeatId(),
    stage: 'waiting',
    outcome: null,
    muted: false,
    hidden: false,
    calledAt: null,
    firstLiveAt: null,
    endedAt: null,
    linkGeneration: 0,
    backstageWith: null,
    version: 0,
    createdAt: now,
    updatedAt: now,
  };
}
