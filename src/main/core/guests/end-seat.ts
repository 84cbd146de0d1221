import { randomBytes } from 'node:crypto';
import { airedMs } from '../../../shared/air-time';
import { failWith, ok, type ErrorReason, type Result } from '../../../shared/result';
import { activity, guestSubject, said } from '../activity/activity-said';
import type { Actor } from '../actor';
import { transitionPurchase } from '../queue/purchase-transition';
import type { PurchaseContext } from '../queue/purchase-context';
import { captureThresholdMs, readGuestSettings } from '../settings/guest-settings';
import type { SeatRecord } from '../store/seats-repo';
import { airtimeReached, settleEnding } from './seat-rules';

/**
 * Ending a seat and moving its purchase along, inside the caller's transaction. Shared by the seat
 * service (host, timer) and the end of a show, so a seat on air when the show ends is settled by
 * its airtime (charged if the policy was met) before the purchases are closed.
 */
export type SeatPurchaseEvent = 'go_live' | 'airtime_reached' | 'end_served' | 'end_unserved' | 'no_show';

/** Applies a seat event to the seat's purchase (none for a free invite). `true` when money actions were recorded. */
export function seatPurchaseEvent(ctx: PurchaseContext, seat: SeatRecord, type: SeatPurchaseEvent, actor: Actor): Result<boolean> {
  if (!seat.purchaseId) return ok(false);
  const record = ctx.repos.purchases.get(seat.purchaseId);
  if (!record) return failWith('not_found', 'error.seat.purchaseMissing');
  const applied = transitionPurchase(ctx, record, { type }, actor);
  if (!applied.ok) return applied;
  return ok(applied.value.effects.length > 0);
}

export function endSeat(
  ctx: PurchaseContext,
  seat: SeatRecord,
  actor: Actor,
  why: ErrorReason,
  options: { noShow?: boolean } = {},
): Result<{ seat: SeatRecord; moneyMoved: boolean }> {
  const { repos } = ctx;
  repos.seats.closeInterval(seat.id, ctx.now);
  const intervals = repos.seats.intervals(seat.id);
  const aired = airedMs(intervals, Date.parse(ctx.now));
  const purchase = seat.purchaseId ? (repos.purchases.get(seat.purchaseId)?.purchase ?? null) : null;
  let outcome: SeatRecord['outcome'];
  let moneyMoved = false;
  if (options.noShow) {
    const done = seatPurchaseEvent(ctx, seat, 'no_show', actor);
    if (!done.ok) return done;
    moneyMoved = done.value;
    outcome = 'no_show';
  } else {
    const reached = airtimeReached(intervals.length > 0, aired, captureThresholdMs(readGuestSettings(repos.settings)));
    const settled = settleEnding(seat.source, purchase, reached, intervals.length > 0 && aired > 0);
    if (settled.event) {
      const done = seatPurchaseEvent(ctx, seat, settled.event, actor);
      if (!done.ok) return done;
      moneyMoved = done.value;
    }
    outcome = settled.outcome;
  }
  const ended = repos.seats.update({ ...seat, stage: 'ended', outcome, endedAt: ctx.now, updatedAt: ctx.now });
  repos.joinTokens.revokeAll(seat.id, ctx.now);
  const detail = activity(guestSubject(seat.guestName), why, said('activity.said.seatAired', { seconds: Math.round(aired / 1000), outcome: outcome ?? 'none' }));
  const entry = repos.audit.append({ at: ctx.now, actor: actor.name, action: 'seat.ended', purchaseId: seat.purchaseId, said: detail });
  ctx.emit({ type: 'audit.appended', entry });
  return ok({ seat: ended, moneyMoved });
}

/** Ends every open seat of a show that is ending. */
export function endShowSeats(ctx: PurchaseContext, showId: string, actor: Actor): SeatRecord[] {
  const ended: SeatRecord[] = [];
  for (const seat of ctx.repos.seats.listForShow(showId)) {
    if (seat.stage === 'ended') continue;
    const done = endSeat(ctx, seat, actor, said('activity.said.seatEndedShow'));
    // Ending never needs a refused transition; a refusal here is a bug worth rolling back for.
    if (!done.ok) throw new Error(`seat ${seat.id} could not end with the show: ${done.error.message}`);
    ended.push(done.value.seat);
  }
  return ended;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `seat_` and 20 letters and digits, matching the contract's Id. */
export function newSeatId(): string {
  let body = '';
  for (const byte of randomBytes(20)) body += ALPHABET[byte % ALPHABET.length];
  return `seat_${body}`;
}
