import type BetterSqlite3 from 'better-sqlite3';

/** A moderator invite as stored: the token only as its hash. */
export interface InviteRecord {
  id: string;
  name: string;
  tokenHash: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

interface InviteRow {
  id: string;
  name: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

const toRecord = (row: InviteRow): InviteRecord => ({
  id: row.id,
  name: row.name,
  tokenHash: row.token_hash,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  revokedAt: row.revoked_at,
});

export interface ModeratorInvitesRepo {
  insert(record: InviteRecord): void;
  get(id: string): InviteRecord | null;
  findByTokenHash(hash: string): InviteRecord | null;
  /** Newest first. */
  list(): InviteRecord[];
  /** Sets revoked_at once; returns false when it was already revoked (or does not exist). */
  revoke(id: string, at: string): boolean;
}

export function createModeratorInvitesRepo(db: BetterSqlite3.Database): ModeratorInvitesRepo {
  const insert = db.prepare<[InviteRow]>(
    `INSERT INTO moderator_invites (id, name, token_hash, created_at, expires_at, revoked_at)
     VALUES (@id, @name, @token_hash, @created_at, @expires_at, @revoked_at)`,
  );
  const byId = db.prepare<[string], InviteRow>('SELECT * FROM moderator_invites WHERE id = ?');
  const byHash = db.prepare<[string], InviteRow>('SELECT * FROM moderator_invites WHERE token_hash = ?');
  const all = db.prepare<[], InviteRow>('SELECT * FROM moderator_invites ORDER BY created_at DESC, id DESC');
  const revoke = db.prepare<[string, string]>('UPDATE moderator_invites SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL');
  return {
    insert: (r) =>
      void insert.run({
        id: r.id,
        name: r.name,
        token_hash: r.tokenHash,
        created_at: r.createdAt,
        expires_at: r.expiresAt,
        revoked_at: r.revokedAt,
      }),
    get: (id) => {
      const row = byId.get(id);
      return row ? toRecord(row) : null;
    },
    findByTokenHash: (hash) => {
      const row = byHash.get(hash);
      return row ? toRecord(row) : null;
    },
    list: () => all.all().map(toRecord),
    revoke: (id, at) => revoke.run(at, id).changes === 1,
  };
}
