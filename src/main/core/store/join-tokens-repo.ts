import type BetterSqlite3 from 'better-sqlite3';

/** A guest's join link as stored: its sha256 only, the seat it opens and how long it is good for. */
export interface JoinTokenRecord {
  tokenHash: string;
  seatId: string;
  generation: number;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

interface Row {
  token_hash: string;
  seat_id: string;
  generation: number;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

const toRecord = (row: Row): JoinTokenRecord => ({
  tokenHash: row.token_hash,
  seatId: row.seat_id,
  generation: row.generation,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  revokedAt: row.revoked_at,
});

export interface JoinTokensRepo {
  /** Records a token; recording the same one again changes nothing. */
  insert(token: Omit<JoinTokenRecord, 'revokedAt'>): void;
  find(tokenHash: string): JoinTokenRecord | null;
  /** Revokes every live token of a seat; returns how many. */
  revokeAll(seatId: string, at: string): number;
}

export function createJoinTokensRepo(db: BetterSqlite3.Database): JoinTokensRepo {
  const insert = db.prepare<[Omit<Row, 'revoked_at'>]>(
    `INSERT INTO join_tokens (token_hash, seat_id, generation, created_at, expires_at)
     VALUES (@token_hash, @seat_id, @generation, @created_at, @expires_at) ON CONFLICT (token_hash) DO NOTHING`,
  );
  const find = db.prepare<[string], Row>('SELECT * FROM join_tokens WHERE token_hash = ?');
  const revoke = db.prepare<[string, string]>('UPDATE join_tokens SET revoked_at = ? WHERE seat_id = ? AND revoked_at IS NULL');
  return {
    insert: (t) =>
      void insert.run({ token_hash: t.tokenHash, seat_id: t.seatId, generation: t.generation, created_at: t.createdAt, expires_at: t.expiresAt }),
    find: (hash) => {
      const row = find.get(hash);
      return row ? toRecord(row) : null;
    },
    revokeAll: (seatId, at) => revoke.run(at, seatId).changes,
  };
}
