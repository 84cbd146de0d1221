import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * The rehearsal server's whole state lives in one SQLite file (or ':memory:'), so a process killed
 * mid-show comes back with every session, payment and event it had acknowledged.
 */
const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS objects (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  created INTEGER NOT NULL,
  json TEXT NOT NULL,
  internal TEXT
);
CREATE INDEX IF NOT EXISTS objects_by_type ON objects(type, seq);
CREATE INDEX IF NOT EXISTS objects_by_payment_intent ON objects(type, json_extract(json, '$.payment_intent'));
-- Balance transactions listed by source, disputes by charge (the books of one purchase).
CREATE INDEX IF NOT EXISTS objects_by_source ON objects(type, json_extract(json, '$.source'));
CREATE INDEX IF NOT EXISTS objects_by_charge ON objects(type, json_extract(json, '$.charge'));
CREATE INDEX IF NOT EXISTS objects_by_status ON objects(type, json_extract(json, '$.status'));
-- Every request checks for due expiries: these keep that check a seek, however many objects exist.
CREATE INDEX IF NOT EXISTS objects_by_expiry ON objects(type, json_extract(json, '$.status'), json_extract(json, '$.expires_at'));
CREATE INDEX IF NOT EXISTS charges_by_hold_end ON objects(
  type, json_extract(json, '$.captured'), json_extract(json, '$.refunded'),
  json_extract(json, '$.payment_method_details.card.capture_before'));

CREATE TABLE IF NOT EXISTS events (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  created INTEGER NOT NULL,
  json TEXT NOT NULL,
  pending_webhooks INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS events_by_type ON events(type, seq);
CREATE INDEX IF NOT EXISTS events_by_created ON events(created, seq);

CREATE TABLE IF NOT EXISTS idempotency (
  key_owner TEXT NOT NULL,
  key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  status INTEGER NOT NULL,
  body TEXT NOT NULL,
  created_ms INTEGER NOT NULL,
  PRIMARY KEY (key_owner, key)
);
CREATE INDEX IF NOT EXISTS idempotency_by_age ON idempotency(created_ms);

CREATE TABLE IF NOT EXISTS webhook_outbox (
  event_seq INTEGER PRIMARY KEY REFERENCES events(seq),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_ms INTEGER NOT NULL
);
`;

export function openDatabase(path: string): Db {
  const db = new Database(path);
  db.pragma('busy_timeout = 5000');
  if (path !== ':memory:') {
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode loses nothing when the process dies, only on power loss: fine for rehearsals.
    db.pragma('synchronous = NORMAL');
  }
  const version = Number(db.pragma('user_version', { simple: true }));
  if (version > SCHEMA_VERSION) {
    db.close();
    throw new Error(`rehearsal Stripe database ${path} has schema ${version}, newer than this build understands (${SCHEMA_VERSION})`);
  }
  immediate(db, () => {
    db.exec(SCHEMA);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  });
  return db;
}

/**
 * Runs `fn` in a `BEGIN IMMEDIATE` transaction: the write lock is taken before anything is read, so
 * two processes sharing the file never both read, decide and write on stale state. Nested calls
 * become savepoints.
 */
export function immediate<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}
