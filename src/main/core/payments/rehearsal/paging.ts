import type { Db } from './db';
import { invalidRequest, resourceMissing } from './errors';
import type { ParamReader } from './params';

/**
 * Stripe's list pagination: newest first; `starting_after` walks to older items, `ending_before`
 * to newer ones (the page right before the cursor, still newest first); `has_more` says whether
 * more items lie further in the direction of travel.
 */
export interface CreatedRange {
  eq?: number;
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
}

export interface PageRequest {
  limit: number;
  startingAfter?: string;
  endingBefore?: string;
  created?: CreatedRange;
}

export interface Page<T> {
  data: T[];
  hasMore: boolean;
}

export interface ListQuery {
  table: 'objects' | 'events';
  where: string[];
  args: (string | number)[];
  /** What a cursor id must be, for the "No such ..." error. */
  cursorKind: string;
}

export function readPageRequest(params: ParamReader): PageRequest {
  const limit = params.int('limit', { min: 1, max: 100 }) ?? 10;
  const startingAfter = params.string('starting_after');
  const endingBefore = params.string('ending_before');
  if (startingAfter && endingBefore) {
    throw invalidRequest('You may only specify one of these parameters: ending_before, starting_after.', { param: 'ending_before' });
  }
  const request: PageRequest = { limit };
  if (startingAfter) request.startingAfter = startingAfter;
  if (endingBefore) request.endingBefore = endingBefore;
  const created = readCreated(params);
  if (created) request.created = created;
  return request;
}

/** `created=123` or `created[gte]=123&created[lt]=456`. */
function readCreated(params: ParamReader): CreatedRange | undefined {
  if (!params.isHash('created')) {
    const exact = params.int('created');
    return exact === undefined ? undefined : { eq: exact };
  }
  const range = params.requiredObject('created');
  const result: CreatedRange = {};
  for (const op of ['gt', 'gte', 'lt', 'lte'] as const) {
    const value = range.int(op);
    if (value !== undefined) result[op] = value;
  }
  return result;
}

export function pageOf<T>(db: Db, query: ListQuery, page: PageRequest, decode: (json: string) => T): Page<T> {
  const where = [...query.where];
  const args = [...query.args];
  const ops: Record<keyof CreatedRange, string> = { eq: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' };
  for (const [op, value] of Object.entries(page.created ?? {}) as [keyof CreatedRange, number][]) {
    where.push(`created ${ops[op]} ?`);
    args.push(value);
  }
  const cursorId = page.startingAfter ?? page.endingBefore;
  const forward = page.endingBefore === undefined;
  if (cursorId !== undefined) {
    where.push(forward ? 'seq < ?' : 'seq > ?');
    args.push(cursorSeq(db, query, cursorId, forward ? 'starting_after' : 'ending_before'));
  }
  const sql = `SELECT json FROM ${query.table} WHERE ${where.join(' AND ')} ORDER BY seq ${forward ? 'DESC' : 'ASC'} LIMIT ?`;
  const rows = db.prepare(sql).all(...args, page.limit + 1) as { json: string }[];
  const hasMore = rows.length > page.limit;
  const kept = rows.slice(0, page.limit).map((row) => decode(row.json));
  return { data: forward ? kept : kept.reverse(), hasMore };
}

function cursorSeq(db: Db, query: ListQuery, id: string, param: string): number {
  const sql = query.table === 'objects' ? 'SELECT seq FROM objects WHERE id = ? AND type = ?' : 'SELECT seq FROM events WHERE id = ?';
  const args = query.table === 'objects' ? [id, query.cursorKind] : [id];
  const row = db.prepare(sql).get(...args) as { seq: number } | undefined;
  if (!row) throw resourceMissing(query.cursorKind, id, param);
  return row.seq;
}
