import type BetterSqlite3 from 'better-sqlite3';

/** One segment file of the program archive: a WebM header followed by Clusters from a key frame on. */
export interface ArchiveSegmentRecord {
  id: string;
  showId: string;
  /** Which recording (ingest session) it belongs to: media times only line up within one. */
  recordingId: string;
  /** Its place in the recording, from 0. */
  seq: number;
  /** The file's name inside the archive's folder. */
  fileName: string;
  mimeType: string;
  /** ISO-8601 UTC. */
  wallStart: string;
  wallEnd: string;
  mediaStartMs: number;
  mediaEndMs: number;
  bytes: number;
}

interface SegmentRow {
  id: string;
  show_id: string;
  recording_id: string;
  seq: number;
  file_name: string;
  mime_type: string;
  wall_start: string;
  wall_end: string;
  media_start_ms: number;
  media_end_ms: number;
  bytes: number;
}

const toRow = (s: ArchiveSegmentRecord): SegmentRow => ({
  id: s.id,
  show_id: s.showId,
  recording_id: s.recordingId,
  seq: s.seq,
  file_name: s.fileName,
  mime_type: s.mimeType,
  wall_start: s.wallStart,
  wall_end: s.wallEnd,
  media_start_ms: s.mediaStartMs,
  media_end_ms: s.mediaEndMs,
  bytes: s.bytes,
});

const toRecord = (r: SegmentRow): ArchiveSegmentRecord => ({
  id: r.id,
  showId: r.show_id,
  recordingId: r.recording_id,
  seq: r.seq,
  fileName: r.file_name,
  mimeType: r.mime_type,
  wallStart: r.wall_start,
  wallEnd: r.wall_end,
  mediaStartMs: r.media_start_ms,
  mediaEndMs: r.media_end_ms,
  bytes: r.bytes,
});

export interface ProgramArchiveRepo {
  insert(segment: ArchiveSegmentRecord): void;
  /** Oldest first (by wall start, then place in the recording). */
  listForShow(showId: string): ArchiveSegmentRecord[];
  /** Every segment, oldest first: the byte cap drops from the front. */
  listAll(): ArchiveSegmentRecord[];
  totalBytes(): number;
  delete(id: string): boolean;
  /** Shows that still have segments (an ended show's are deleted by the archive's endShow). */
  showIds(): string[];
}

export function createProgramArchiveRepo(db: BetterSqlite3.Database): ProgramArchiveRepo {
  const insert = db.prepare<[SegmentRow]>(
    `INSERT INTO program_segments (id, show_id, recording_id, seq, file_name, mime_type, wall_start, wall_end, media_start_ms, media_end_ms, bytes)
     VALUES (@id, @show_id, @recording_id, @seq, @file_name, @mime_type, @wall_start, @wall_end, @media_start_ms, @media_end_ms, @bytes)`,
  );
  const forShow = db.prepare<[string], SegmentRow>('SELECT * FROM program_segments WHERE show_id = ? ORDER BY wall_start, recording_id, seq');
  const all = db.prepare<[], SegmentRow>('SELECT * FROM program_segments ORDER BY wall_start, recording_id, seq');
  const total = db.prepare<[], { bytes: number }>('SELECT COALESCE(SUM(bytes), 0) AS bytes FROM program_segments');
  const remove = db.prepare<[string]>('DELETE FROM program_segments WHERE id = ?');
  const shows = db.prepare<[], { show_id: string }>('SELECT DISTINCT show_id FROM program_segments ORDER BY show_id');
  return {
    insert: (segment) => void insert.run(toRow(segment)),
    listForShow: (showId) => forShow.all(showId).map(toRecord),
    listAll: () => all.all().map(toRecord),
    totalBytes: () => total.get()?.bytes ?? 0,
    delete: (id) => remove.run(id).changes === 1,
    showIds: () => shows.all().map((r) => r.show_id),
  };
}
