import { ok, type Result } from '../../../shared/result';
import type { Actor } from '../actor';
import type { PurchaseContext } from '../queue/purchase-context';
import type { SeatRecord } from '../store/seats-repo';
import { seatPurchaseEvent, type SeatPurchaseEvent } from './end-seat';

/**
 * One unit of work of the seat service: a purchase context that also notes whether money actions
 * were recorded, so the money worker is woken after this unit commits. Each unit has its own, so a
 * unit started by a listener while another publishes cannot mix their notes up.
 */
export interface SeatContext extends PurchaseContext {
  moneyMoved: boolean;
}

/** Moves the seat's purchase along (none for a free invite), noting money actions. */
export function moveSeatPurchase(ctx: SeatContext, seat: SeatRecord, type: SeatPurchaseEvent, actor: Actor): Result<void> {
  const done = seatPurchaseEvent(ctx, seat, type, actor);
  if (!done.ok) return done;
  if (done.value) ctx.moneyMoved = true;
  return ok(undefined);
}

/** Who acts when nobody does: the seat timer (time up, no-show, charge) and seats following their purchase. */
export const SEAT_TIMER: Actor = { role: 'system', name: 'Seat timer' };
