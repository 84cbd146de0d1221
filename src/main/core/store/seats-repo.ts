import type BetterSqlite3 from 'better-sqlite3';
import type { AirInterval } from '../../../shared/air-time';
import type { HotSeatFormat } from '../../../shared/offers';
import type { SeatOutcome, SeatStage } from '../../../shared/guests';

/** A guest seat as stored; presence (who is connected now) lives in memory, not here. */
export interface SeatRecord {
  id: string;
  showId: string;
  purchaseId: string | null;
  source: 'purchase' | 'invite';
  guestName: string;
  format: HotSeatFormat | null;
  question: string | null;
  stage: SeatStage;
  outcome: SeatOutcome | null;
  allowanceSeconds: number;
  muted: boolean;
  hidden: boolean;
  calledAt: string | null;
  firstLiveAt: string | null;
  endedAt: string | null;
  lineAt: string;
  linkGeneration: number;
  /** The moderator who brought the guest backstage (display name); null: the host, or not backstage. */
  backstageWith: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

interface SeatRow {
  id: string;
  show_id: string;
  purchase_id: string | null;
  source: 'purchase' | 'invite';
  guest_name: string;
  format: HotSeatFormat | null;
  question: string | null;
  stage: SeatStage;
  outcome: SeatOutcome | null;
  allowance_seconds: number;
  muted: 0 | 1;
  hidden: 0 | 1;
  called_at: string | null;
  first_live_at: string | null;
  ended_at: string | null;
  line_at: string;
  link_generation: number;
  backstage_with: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

const toRecord = (row: SeatRow): SeatRecord => ({
  id: row.id,
  showId: row.show_id,
  purchaseId: row.purchase_id,
  source: row.source,
  guestName: row.guest_name,
  format: row.format,
  question: row.question,
  stage: row.stage,
  outcome: row.outcome,
  allowanceSeconds: row.allowance_seconds,
  muted: row.muted === 1,
  hidden: row.hidden === 1,
  calledAt: row.called_at,
  firstLiveAt: row.first_live_at,
  endedAt: row.ended_at,
  lineAt: row.line_at,
  linkGeneration: row.link_generation,
  backstageWith: row.backstage_with,
  version: row.version,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toRow = (seat: SeatRecord): SeatRow => ({
  id: seat.id,
  show_id: seat.showId,
  purchase_id: seat.purchaseId,
  source: seat.source,
  guest_name: seat.guestName,
  format: seat.format,
  question: seat.question,
  stage: seat.stage,
  outcome: seat.outcome,
  allowance_seconds: seat.allowanceSeconds,
  muted: seat.muted ? 1 : 0,
  hidden: seat.hidden ? 1 : 0,
  called_at: seat.calledAt,
  first_live_at: seat.firstLiveAt,
  ended_at: seat.endedAt,
  line_at: seat.lineAt,
  link_generation: seat.linkGeneration,
  backstage_with: seat.backstageWith,
  version: seat.version,
  created_at: seat.createdAt,
  updated_at: seat.updatedAt,
});

export interface SeatsRepo {
  insert(seat: SeatRecord): void;
  get(id: string): SeatRecord | null;
  byPurchase(purchaseId: string): SeatRecord | null;
  /** Line order: stage aside, earliest line time first. */
  listForShow(showId: string): SeatRecord[];
  /** Every seat not ended yet, across shows. */
  listOpen(): SeatRecord[];
  /** Writes every mutable field and bumps the version; a version mismatch is a bug and throws. */
  update(seat: SeatRecord): SeatRecord;
  intervals(seatId: string): AirInterval[];
  /** Starts the clock; a no-op when it already runs. */
  openInterval(seatId: string, at: string): boolean;
  /** Stops the clock; a no-op when it is not running. */
  closeInterval(seatId: string, at: string): boolean;
  /** Records that every running clock still ran at `at` (see the migration). */
  checkpointOpen(at: string): void;
  /** After a crash: stops every clock at its last checkpoint. Returns how many were running. */
  closeOpenAtCheckpoint(): number;
}

export function createSeatsRepo(db: BetterSqlite3.Database): SeatsRepo {
  const insert = db.prepare<[SeatRow]>(
    `INSERT INTO seats (id, show_id, purchase_id, source, guest_name, format, question, stage, outcome, allowance_seconds,
       muted, hidden, called_at, first_live_at, ended_at, line_at, link_generation, backstage_with, version, created_at, updated_at)
     VALUES (@id, @show_id, @purchase_id, @source, @guest_name, @format, @question, @stage, @outcome, @allowance_seconds,
       @muted, @hidden, @called_at, @first_live_at, @ended_at, @line_at, @link_generation, @backstage_with, @version, @created_at, @updated_at)`,
  );
  const update = db.prepare<[SeatRow]>(
    `UPDATE seats SET guest_name = @guest_name, stage = @stage, outcome = @outcome, allowance_seconds = @allowance_seconds,
       muted = @muted, hidden = @hidden, called_at = @called_at, first_live_at = @first_live_at, ended_at = @ended_at,
       link_generation = @link_generation, backstage_with = @backstage_with, version = version + 1, updated_at = @updated_at
     WHERE id = @id AND version = @version`,
  );
  const byId = db.prepare<[string], SeatRow>('SELECT * FROM seats WHERE id = ?');
  const byPurchase = db.prepare<[string], SeatRow>('SELECT * FROM seats WHERE purchase_id = ?');
  const forShow = db.prepare<[string], SeatRow>('SELECT * FROM seats WHERE show_id = ? ORDER BY line_at, id');
  const open = db.prepare<[], SeatRow>(`SELECT * FROM seats WHERE stage <> 'ended' ORDER BY line_at, id`);
  const intervals = db.prepare<[string], { started_at: string; ended_at: string | null }>(
    'SELECT started_at, ended_at FROM seat_air_intervals WHERE seat_id = ? ORDER BY id',
  );
  const openInterval = db.prepare<[string, string, string]>(
    `INSERT INTO seat_air_intervals (seat_id, started_at, checkpoint_at) VALUES (?, ?, ?)
     ON CONFLICT DO NOTHING`,
  );
  const closeInterval = db.prepare<[string, string, string]>(
    `UPDATE seat_air_intervals SET ended_at = MAX(started_at, ?), checkpoint_at = ? WHERE seat_id = ? AND ended_at IS NULL`,
  );
  const checkpoint = db.prepare<[string]>('UPDATE seat_air_intervals SET checkpoint_at = ? WHERE ended_at IS NULL');
  const closeAtCheckpoint = db.prepare('UPDATE seat_air_intervals SET ended_at = checkpoint_at WHERE ended_at IS NULL');

  return {
    insert: (seat) => void insert.run(toRow(seat)),
    get: (id) => {
      const row = byId.get(id);
      return row ? toRecord(row) : null;
    },
    byPurchase: (purchaseId) => {
      const row = byPurchase.get(purchaseId);
      return row ? toRecord(row) : null;
    },
    listForShow: (showId) => forShow.all(showId).map(toRecord),
    listOpen: () => open.all().map(toRecord),
    update: (seat) => {
      if (update.run(toRow(seat)).changes !== 1) throw new Error(`Seat ${seat.id} changed underneath version ${seat.version}`);
      return { ...seat, version: seat.version + 1 };
    },
    intervals: (seatId) => intervals.all(seatId).map((r) => ({ startedAt: r.started_at, endedAt: r.ended_at })),
    openInterval: (seatId, at) => openInterval.run(seatId, at, at).changes === 1,
    closeInterval: (seatId, at) => closeInterval.run(at, at, seatId).changes === 1,
    checkpointOpen: (at) => void checkpoint.run(at),
    closeOpenAtCheckpoint: () => closeAtCheckpoint.run().changes,
  };
}
