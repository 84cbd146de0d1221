import type BetterSqlite3 from 'better-sqlite3';
import type { BlockedBuyer, SeatNote } from '../../../shared/moderation';

/**
 * The shared queue console's records: notes on seats, buyers blocked per show, the hand-placed
 * line order, and the revision counter that orders changes to all three.
 */
interface NoteRow {
  id: number;
  purchase_id: string;
  show_id: string;
  author: string;
  text: string;
  at: string;
}

interface BlockRow {
  id: number;
  show_id: string;
  buyer_key: string;
  buyer_name: string;
  purchase_id: string;
  blocked_by: string;
  reason: string | null;
  at: string;
}

const toNote = (row: NoteRow): SeatNote => ({ id: row.id, purchaseId: row.purchase_id, author: row.author, text: row.text, at: row.at });
const toBlock = (row: BlockRow): BlockedBuyer => ({
  id: row.id,
  showId: row.show_id,
  buyerName: row.buyer_name,
  purchaseId: row.purchase_id,
  blockedBy: row.blocked_by,
  reason: row.reason,
  at: row.at,
});

export interface NewBlock {
  showId: string;
  buyerKey: string;
  buyerName: string;
  purchaseId: string;
  blockedBy: string;
  reason: string | null;
  at: string;
}

export interface ModerationRepo {
  addNote(note: Omit<SeatNote, 'id'> & { showId: string }): SeatNote;
  notesForShow(showId: string): SeatNote[];
  /** Null when this buyer is already blocked for the show. */
  block(block: NewBlock): BlockedBuyer | null;
  getBlock(id: number): BlockedBuyer | null;
  unblock(id: number): boolean;
  blockedForShow(showId: string): BlockedBuyer[];
  isBlocked(showId: string, buyerKey: string): boolean;
  /** Seat ids with a hand-placed rank, lowest rank (first in line) first. */
  rankedSeats(showId: string): string[];
  /** Replaces the show's line order with `purchaseIds`, first in line first. */
  setLine(showId: string, purchaseIds: readonly string[]): void;
  revision(): number;
  /** Bumps and returns the revision; call inside the transaction that changed something. */
  bumpRevision(): number;
}

export function createModerationRepo(db: BetterSqlite3.Database): ModerationRepo {
  const insertNote = db.prepare<[Omit<NoteRow, 'id'>]>(
    'INSERT INTO seat_notes (purchase_id, show_id, author, text, at) VALUES (@purchase_id, @show_id, @author, @text, @at)',
  );
  const notes = db.prepare<[string], NoteRow>('SELECT * FROM seat_notes WHERE show_id = ? ORDER BY id');
  const insertBlock = db.prepare<[Omit<BlockRow, 'id'>]>(
    `INSERT INTO blocked_buyers (show_id, buyer_key, buyer_name, purchase_id, blocked_by, reason, at)
     VALUES (@show_id, @buyer_key, @buyer_name, @purchase_id, @blocked_by, @reason, @at)
     ON CONFLICT (show_id, buyer_key) DO NOTHING`,
  );
  const blockById = db.prepare<[number], BlockRow>('SELECT * FROM blocked_buyers WHERE id = ?');
  const deleteBlock = db.prepare<[number]>('DELETE FROM blocked_buyers WHERE id = ?');
  const blocks = db.prepare<[string], BlockRow>('SELECT * FROM blocked_buyers WHERE show_id = ? ORDER BY id');
  const isBlocked = db
    .prepare<[string, string], number>('SELECT EXISTS (SELECT 1 FROM blocked_buyers WHERE show_id = ? AND buyer_key = ?)')
    .pluck();
  const ranked = db
    .prepare<[string], string>('SELECT purchase_id FROM queue_ranks WHERE show_id = ? ORDER BY rank, purchase_id')
    .pluck();
  const clearRanks = db.prepare<[string]>('DELETE FROM queue_ranks WHERE show_id = ?');
  const insertRank = db.prepare<[string, string, number]>('INSERT INTO queue_ranks (purchase_id, show_id, rank) VALUES (?, ?, ?)');
  const revision = db.prepare<[], number>('SELECT revision FROM moderation_revision WHERE id = 1').pluck();
  const bump = db.prepare('UPDATE moderation_revision SET revision = revision + 1 WHERE id = 1');

  return {
    addNote: (note) => {
      const row = { purchase_id: note.purchaseId, show_id: note.showId, author: note.author, text: note.text, at: note.at };
      const { lastInsertRowid } = insertNote.run(row);
      return { id: Number(lastInsertRowid), purchaseId: note.purchaseId, author: note.author, text: note.text, at: note.at };
    },
    notesForShow: (showId) => notes.all(showId).map(toNote),
    block: (b) => {
      const result = insertBlock.run({
        show_id: b.showId,
        buyer_key: b.buyerKey,
        buyer_name: b.buyerName,
        purchase_id: b.purchaseId,
        blocked_by: b.blockedBy,
        reason: b.reason,
        at: b.at,
      });
      if (result.changes !== 1) return null;
      const row = blockById.get(Number(result.lastInsertRowid));
      return row ? toBlock(row) : null;
    },
    getBlock: (id) => {
      const row = blockById.get(id);
      return row ? toBlock(row) : null;
    },
    unblock: (id) => deleteBlock.run(id).changes === 1,
    blockedForShow: (showId) => blocks.all(showId).map(toBlock),
    isBlocked: (showId, buyerKey) => isBlocked.get(showId, buyerKey) === 1,
    rankedSeats: (showId) => ranked.all(showId),
    setLine: (showId, purchaseIds) => {
      clearRanks.run(showId);
      purchaseIds.forEach((id, index) => insertRank.run(id, showId, index + 1));
    },
    revision: () => revision.get() ?? 0,
    bumpRevision: () => {
      bump.run();
      return revision.get() ?? 0;
    },
  };
}
