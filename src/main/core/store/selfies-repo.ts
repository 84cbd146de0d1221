import type BetterSqlite3 from 'better-sqlite3';
import type { Selfie, SelfieContentType, SelfieSource } from '../../../shared/selfies';

/** A stored selfie: the contract's fields plus where its file is and who took it. */
export interface SelfieRecord {
  selfie: Selfie;
  fileName: string;
  takenBy: string;
}

interface SelfieRow {
  id: string;
  purchase_id: string;
  seat_id: string;
  show_id: string;
  guest_name: string;
  file_name: string;
  content_type: SelfieContentType;
  bytes: number;
  width: number;
  height: number;
  source: SelfieSource;
  taken_by: string;
  taken_at: string;
}

const toRecord = (row: SelfieRow): SelfieRecord => ({
  selfie: {
    id: row.id,
    purchaseId: row.purchase_id,
    seatId: row.seat_id,
    showId: row.show_id,
    guestName: row.guest_name,
    contentType: row.content_type,
    bytes: row.bytes,
    width: row.width,
    height: row.height,
    source: row.source,
    takenAt: row.taken_at,
  },
  fileName: row.file_name,
  takenBy: row.taken_by,
});

export interface SelfiesRepo {
  insert(record: SelfieRecord): void;
  get(id: string): SelfieRecord | null;
  /** Oldest first. */
  listForPurchase(purchaseId: string): SelfieRecord[];
  listForShow(showId: string): SelfieRecord[];
  countForSeat(seatId: string): number;
  delete(id: string): boolean;
  /** Every file name a row points to (the startup sweep removes the others). */
  fileNames(): Set<string>;
}

export function createSelfiesRepo(db: BetterSqlite3.Database): SelfiesRepo {
  const insert = db.prepare<[SelfieRow]>(
    `INSERT INTO selfies (id, purchase_id, seat_id, show_id, guest_name, file_name, content_type, bytes, width, height, source, taken_by, taken_at)
     VALUES (@id, @purchase_id, @seat_id, @show_id, @guest_name, @file_name, @content_type, @bytes, @width, @height, @source, @taken_by, @taken_at)`,
  );
  const byId = db.prepare<[string], SelfieRow>('SELECT * FROM selfies WHERE id = ?');
  const byPurchase = db.prepare<[string], SelfieRow>('SELECT * FROM selfies WHERE purchase_id = ? ORDER BY taken_at, id');
  const byShow = db.prepare<[string], SelfieRow>('SELECT * FROM selfies WHERE show_id = ? ORDER BY taken_at, id');
  const countForSeat = db.prepare<[string], number>('SELECT COUNT(*) FROM selfies WHERE seat_id = ?').pluck();
  const remove = db.prepare<[string]>('DELETE FROM selfies WHERE id = ?');
  const files = db.prepare<[], string>('SELECT file_name FROM selfies').pluck();
  return {
    insert: ({ selfie: s, fileName, takenBy }) =>
      void insert.run({
        id: s.id,
        purchase_id: s.purchaseId,
        seat_id: s.seatId,
        show_id: s.showId,
        guest_name: s.guestName,
        file_name: fileName,
        content_type: s.contentType,
        bytes: s.bytes,
        width: s.width,
        height: s.height,
        source: s.source,
        taken_by: takenBy,
        taken_at: s.takenAt,
      }),
    get: (id) => {
      const row = byId.get(id);
      return row ? toRecord(row) : null;
    },
    listForPurchase: (purchaseId) => byPurchase.all(purchaseId).map(toRecord),
    listForShow: (showId) => byShow.all(showId).map(toRecord),
    countForSeat: (seatId) => countForSeat.get(seatId) ?? 0,
    delete: (id) => remove.run(id).changes === 1,
    fileNames: () => new Set(files.all()),
  };
}
