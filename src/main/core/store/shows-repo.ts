import type BetterSqlite3 from 'better-sqlite3';
import type { Show, ShowStatus } from '../../../shared/offers';
import { DEFAULT_LOCALE, Locale } from '../../../shared/i18n/locale';

interface ShowRow {
  id: string;
  title: string;
  slug: string;
  currency: string;
  status: ShowStatus;
  created_at: string;
  started_at: string | null;
  ended_at: string | null;
  language: string;
}

const toShow = (row: ShowRow): Show => ({
  id: row.id,
  title: row.title,
  slug: row.slug,
  currency: row.currency,
  status: row.status,
  createdAt: row.created_at,
  startedAt: row.started_at,
  endedAt: row.ended_at,
  // Parsed, not trusted: a language this build does not know reads as English rather than failing the show.
  language: Locale.safeParse(row.language).data ?? DEFAULT_LOCALE,
});

export interface ShowsRepo {
  insert(show: Show): void;
  get(id: string): Show | null;
  getBySlug(slug: string): Show | null;
  /** Newest first. */
  list(): Show[];
  live(): Show | null;
  newestDraft(): Show | null;
  update(show: Show): void;
}

export function createShowsRepo(db: BetterSqlite3.Database): ShowsRepo {
  const insert = db.prepare<[ShowRow]>(
    `INSERT INTO shows (id, title, slug, currency, status, created_at, started_at, ended_at, language)
     VALUES (@id, @title, @slug, @currency, @status, @created_at, @started_at, @ended_at, @language)`,
  );
  const byId = db.prepare<[string], ShowRow>('SELECT * FROM shows WHERE id = ?');
  const bySlug = db.prepare<[string], ShowRow>('SELECT * FROM shows WHERE slug = ?');
  const all = db.prepare<[], ShowRow>('SELECT * FROM shows ORDER BY created_at DESC, id DESC');
  const live = db.prepare<[], ShowRow>(`SELECT * FROM shows WHERE status = 'live'`);
  const newestDraft = db.prepare<[], ShowRow>(
    `SELECT * FROM shows WHERE status = 'draft' ORDER BY created_at DESC, id DESC LIMIT 1`,
  );
  const update = db.prepare<[ShowRow]>(
    `UPDATE shows SET title = @title, slug = @slug, currency = @currency, status = @status,
       started_at = @started_at, ended_at = @ended_at, language = @language
     WHERE id = @id`,
  );
  const toRow = (show: Show): ShowRow => ({
    id: show.id,
    title: show.title,
    slug: show.slug,
    currency: show.currency,
    status: show.status,
    created_at: show.createdAt,
    started_at: show.startedAt,
    ended_at: show.endedAt,
    language: show.language,
  });
  const one = (row: ShowRow | undefined) => (row ? toShow(row) : null);

  return {
    insert: (show) => void insert.run(toRow(show)),
    get: (id) => one(byId.get(id)),
    getBySlug: (slug) => one(bySlug.get(slug)),
    list: () => all.all().map(toShow),
    live: () => one(live.get()),
    newestDraft: () => one(newestDraft.get()),
    update: (show) => void update.run(toRow(show)),
  };
}
