import { airClockRunning, airedMs, remainingMs } from '../../../shared/air-time';
import type { GuestSettings, GuestView, IceServer, Seat, SeatPicture } from '../../../shared/guests';
import type { SeatRecord } from '../store/seats-repo';
import type { Repositories } from '../store/repositories';

/** What the core knows of a guest right now, besides the database. */
export interface LivePresence {
  present: boolean;
  mediaOk: boolean;
  /** The connection in the green room, if any. */
  key: string | null;
}

export function seatOf(record: SeatRecord, repos: Repositories, presence: LivePresence, picture: SeatPicture): Seat {
  return {
    id: record.id,
    showId: record.showId,
    purchaseId: record.purchaseId,
    source: record.source,
    guestName: record.guestName,
    format: record.format,
    question: record.question,
    stage: record.stage,
    outcome: record.outcome,
    allowanceSeconds: record.allowanceSeconds,
    intervals: repos.seats.intervals(record.id),
    present: presence.present,
    mediaOk: presence.mediaOk,
    presenceKey: presence.key,
    muted: record.muted,
    hidden: record.hidden,
    calledAt: record.calledAt,
    firstLiveAt: record.firstLiveAt,
    endedAt: record.endedAt,
    lineAt: record.lineAt,
    backstageWith: record.stage === 'backstage' ? record.backstageWith : null,
    picture,
    version: record.version,
  };
}

/**
 * Seats still waiting for their turn, in line order (those already with the host are not in line).
 * `placed`: purchase ids the host or a moderator placed by hand (moderation/queue_ranks), first in
 * line first; they go before seats nobody placed, as in the queue's line (shared/line-order.ts).
 */
export function lineOf(seats: readonly SeatRecord[], placed: readonly string[] = []): SeatRecord[] {
  const rank = new Map(placed.map((id, index) => [id, index]));
  const placedRank = (seat: SeatRecord) => (seat.purchaseId !== null ? (rank.get(seat.purchaseId) ?? Infinity) : Infinity);
  const byRank = (a: SeatRecord, b: SeatRecord) => {
    const [ra, rb] = [placedRank(a), placedRank(b)];
    return ra === rb ? 0 : ra < rb ? -1 : 1;
  };
  return seats
    .filter((s) => s.stage === 'waiting' || s.stage === 'called')
    .sort((a, b) => order(a) - order(b) || byRank(a, b) || cmp(a.lineAt, b.lineAt) || cmp(a.id, b.id));
}

// Called guests go first: the host asked for them.
const order = (seat: SeatRecord) => (seat.stage === 'called' ? 0 : 1);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function guestViewOf(
  record: SeatRecord,
  repos: Repositories,
  presence: LivePresence,
  settings: GuestSettings,
  nowMs: number,
  pictureLive: boolean,
  iceServers: IceServer[],
): GuestView {
  const intervals = repos.seats.intervals(record.id);
  const showSeats = repos.seats.listForShow(record.showId);
  const line = lineOf(showSeats, repos.moderation.rankedSeats(record.showId));
  const index = line.findIndex((s) => s.id === record.id);
  let waitMs: number | null = null;
  if (index >= 0) {
    // The airtime still owed to everyone on air, backstage or ahead in line.
    const ahead = [...showSeats.filter((s) => s.stage === 'live' || s.stage === 'backstage'), ...line.slice(0, index)];
    waitMs = ahead.reduce((sum, s) => sum + remainingMs(s.allowanceSeconds, repos.seats.intervals(s.id), nowMs), 0);
  }
  const purchase = record.purchaseId ? repos.purchases.get(record.purchaseId)?.purchase : null;
  const noShowAt =
    record.stage === 'called' && record.calledAt && !presence.present
      ? new Date(Date.parse(record.calledAt) + settings.noShowGraceSeconds * 1000).toISOString()
      : null;
  return {
    seatId: record.id,
    showTitle: repos.shows.get(record.showId)?.title ?? '',
    guestName: record.guestName,
    stage: record.stage,
    outcome: record.outcome,
    backstageWith: record.stage === 'backstage' ? record.backstageWith : null,
    placeInLine: index >= 0 ? index + 1 : null,
    waitEstimateSeconds: waitMs === null ? null : Math.round(waitMs / 1000),
    allowanceSeconds: record.allowanceSeconds,
    airedMs: Math.round(airedMs(intervals, nowMs)),
    remainingMs: Math.round(remainingMs(record.allowanceSeconds, intervals, nowMs)),
    running: airClockRunning(intervals),
    asOf: nowMs,
    muted: record.muted,
    hidden: record.hidden,
    present: presence.present,
    pictureLive: presence.present && pictureLive,
    calledAt: record.calledAt,
    noShowAt,
    charged: purchase?.payment === 'captured',
    paid: record.source === 'purchase',
    iceServers,
  };
}
