import { airedMs, remainingMs, type AirInterval } from '../../../shared/air-time';
import type { GuestSettings } from '../../../shared/guests';
import { ok, type Result } from '../../../shared/result';
import { captureThresholdMs } from '../settings/guest-settings';
import type { Repositories } from '../store/repositories';
import type { SeatRecord } from '../store/seats-repo';
import { moveSeatPurchase, SEAT_TIMER, type SeatContext } from './seat-context';
import type { SeatPresence } from './seat-presence';
import { airtimeReached, clockShouldRun } from './seat-rules';

/**
 * The on-air clock: stored as intervals, running exactly while the guest is on air with media
 * flowing (seat-rules.ts clockShouldRun); the purchase is charged once the capture policy is met.
 * `due` says what the seat timer must do now (time up, no-show, charge); `checkpoint` notes
 * running clocks so a crash stops them there, in the guest's favour.
 */
export type DueKind = 'time_up' | 'no_show' | 'charge';

export interface SeatClock {
  /** Starts or stops the clock to match stage and presence, then charges if the policy is met. */
  reconcile(ctx: SeatContext, seatId: string): Result<void>;
  chargeIfDue(ctx: SeatContext, seat: SeatRecord): Result<void>;
  due(nowMs: number, current: GuestSettings): { seat: SeatRecord; kind: DueKind }[];
  checkpoint(nowMs: number): void;
}

const CHECKPOINT_EVERY_MS = 5_000;

export function createSeatClock(deps: { repos: Repositories; presence: SeatPresence; settings(): GuestSettings; startedAtMs: number }): SeatClock {
  const { repos, presence } = deps;
  let lastCheckpoint = 0;

  // A crash left clocks running: they stopped at their last checkpoint, in the guest's favour.
  repos.seats.closeOpenAtCheckpoint();

  /** A cheap read before taking the write lock: most ticks have nothing to charge. */
  const chargeLooksDue = (purchaseId: string, intervals: AirInterval[], nowMs: number, current: GuestSettings) => {
    const purchase = repos.purchases.get(purchaseId)?.purchase;
    if (purchase?.status !== 'on_air' || purchase.payment !== 'authorized' || purchase.paymentActionPending) return false;
    return airtimeReached(intervals.length > 0, airedMs(intervals, nowMs), captureThresholdMs(current));
  };

  const chargeIfDue: SeatClock['chargeIfDue'] = (ctx, seat) => {
    if (!seat.purchaseId || seat.stage === 'ended') return ok(undefined);
    const intervals = repos.seats.intervals(seat.id);
    if (!chargeLooksDue(seat.purchaseId, intervals, Date.parse(ctx.now), deps.settings())) return ok(undefined);
    return moveSeatPurchase(ctx, seat, 'airtime_reached', SEAT_TIMER);
  };

  return {
    reconcile(ctx, seatId) {
      const seat = repos.seats.get(seatId);
      if (!seat) return ok(undefined);
      const { present, mediaOk } = presence.live(seatId);
      if (clockShouldRun(seat.stage, present, mediaOk)) repos.seats.openInterval(seatId, ctx.now);
      else repos.seats.closeInterval(seatId, ctx.now);
      return chargeIfDue(ctx, seat);
    },
    chargeIfDue,
    due(nowMs, current) {
      const due: { seat: SeatRecord; kind: DueKind }[] = [];
      for (const seat of repos.seats.listOpen()) {
        if (seat.stage === 'live') {
          const intervals = repos.seats.intervals(seat.id);
          if (intervals.some((i) => i.endedAt === null) && remainingMs(seat.allowanceSeconds, intervals, nowMs) <= 0) due.push({ seat, kind: 'time_up' });
          else if (seat.purchaseId && chargeLooksDue(seat.purchaseId, intervals, nowMs, current)) due.push({ seat, kind: 'charge' });
        } else if (seat.stage === 'called' && seat.calledAt && !presence.has(seat.id) && !presence.seenSinceCall(seat.id)) {
          // Called before this start: the grace counts from the start, not from a call the guest could not answer.
          const from = Math.max(Date.parse(seat.calledAt), deps.startedAtMs);
          if (nowMs >= from + current.noShowGraceSeconds * 1000) due.push({ seat, kind: 'no_show' });
        }
      }
      return due;
    },
    checkpoint(nowMs) {
      if (nowMs - lastCheckpoint < CHECKPOINT_EVERY_MS) return;
      lastCheckpoint = nowMs;
      repos.seats.checkpointOpen(new Date(nowMs).toISOString());
    },
  };
}
