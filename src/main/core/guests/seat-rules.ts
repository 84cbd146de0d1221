import type { PurchaseStatus, PaymentState } from '../../../shared/purchases';
import type { SeatOutcome, SeatStage } from '../../../shared/guests';
import { errorWith, type AppErrorShape, type ErrorMessageId } from '../../../shared/result';

/**
 * The seat lifecycle as pure rules: which host command moves a seat where, when its airtime
 * clock runs, and how an ending seat is settled (served or not, and what that means for the
 * money). The seat service applies them inside transactions.
 */
export type SeatCommand = 'call' | 'backstage' | 'greenroom' | 'live' | 'end';

export type SeatAnswer = { ok: true; stage: SeatStage } | { ok: false; error: AppErrorShape };

export interface SeatFacts {
  stage: SeatStage;
  /** The guest is connected and has entered the green room. */
  present: boolean;
  guestName: string;
}

/** A refusal about the guest, as a conflict: the command does not fit the seat's stage. */
const refuse = (id: ErrorMessageId, guestName: string) => ({ ok: false as const, error: errorWith('conflict', id, { guest: guestName }) });

export function seatCommand(seat: SeatFacts, command: SeatCommand): SeatAnswer {
  if (seat.stage === 'ended') return refuse('error.seat.over', seat.guestName);
  const notHere = refuse('error.seat.notHere', seat.guestName);
  switch (command) {
    case 'call':
      if (seat.stage === 'called') return refuse('error.seat.alreadyCalled', seat.guestName);
      if (seat.stage !== 'waiting') return refuse('error.seat.alreadyWithYou', seat.guestName);
      return { ok: true, stage: 'called' };
    case 'backstage':
      if (seat.stage === 'backstage') return refuse('error.seat.alreadyBackstage', seat.guestName);
      if (!seat.present) return notHere;
      return { ok: true, stage: 'backstage' };
    case 'greenroom':
      // Screening over: back in line (not "called", so no no-show clock runs while they wait).
      if (seat.stage !== 'backstage') return refuse('error.seat.notBackstage', seat.guestName);
      return { ok: true, stage: 'waiting' };
    case 'live':
      if (seat.stage === 'live') return refuse('error.seat.alreadyOnAir', seat.guestName);
      if (!seat.present) return notHere;
      return { ok: true, stage: 'live' };
    case 'end':
      return { ok: true, stage: 'ended' };
  }
}

/** The paid clock runs only while the guest is on the program and their media reaches the studio. */
export function clockShouldRun(stage: SeatStage, present: boolean, mediaOk: boolean): boolean {
  return stage === 'live' && present && mediaOk;
}

/** Whether the guest has had the airtime the capture policy asks for (threshold 0: at go-live). */
export function airtimeReached(hasAired: boolean, airedMs: number, thresholdMs: number): boolean {
  return hasAired && airedMs >= thresholdMs;
}

export type EndingPurchaseEvent = 'end_served' | 'end_unserved' | null;

/**
 * How an ending seat settles. `reached`: the capture policy's airtime was reached. A paid seat on
 * air is served (charged) when reached, otherwise released; one that never went on air is released
 * (dropped before air). A purchase already closed elsewhere needs nothing.
 */
export function settleEnding(
  source: 'purchase' | 'invite',
  purchase: { status: PurchaseStatus; payment: PaymentState } | null,
  reached: boolean,
  hasAired: boolean,
): { event: EndingPurchaseEvent; outcome: SeatOutcome } {
  if (source === 'invite' || purchase === null) return { event: null, outcome: hasAired ? 'served' : 'dropped' };
  switch (purchase.status) {
    case 'on_air':
      if (reached) return { event: 'end_served', outcome: 'served' };
      return { event: 'end_unserved', outcome: purchase.payment === 'captured' ? 'served' : 'dropped' };
    case 'accepted':
      return { event: 'end_unserved', outcome: 'dropped' };
    case 'completed':
      return { event: null, outcome: 'served' };
    case 'no_show':
      return { event: null, outcome: 'no_show' };
    default:
      return { event: null, outcome: 'cancelled' };
  }
}
