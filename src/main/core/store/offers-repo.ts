import type BetterSqlite3 from 'better-sqlite3';
import { Offer } from '../../../shared/offers';

interface OfferRow {
  id: string;
  show_id: string;
  kind: Offer['kind'];
  title: string;
  active: 0 | 1;
  sort_order: number;
  config: string;
  created_at: string;
  updated_at: string;
}

/** Common fields live in columns; everything kind-specific (prices, limits, variants) in `config`. */
function toRow(offer: Offer, createdAt: string, updatedAt: string): OfferRow {
  const { id, showId, kind, title, active, sortOrder, ...config } = offer;
  return {
    id,
    show_id: showId,
    kind,
    title,
    active: active ? 1 : 0,
    sort_order: sortOrder,
    config: JSON.stringify(config),
    created_at: createdAt,
    updated_at: updatedAt,
  };
}

function toOffer(row: OfferRow): Offer {
  const config: unknown = JSON.parse(row.config);
  // Parsing (not casting) means a hand-edited or corrupt row fails loudly here, not at checkout.
  return Offer.parse({
    ...(typeof config === 'object' ? config : {}),
    id: row.id,
    showId: row.show_id,
    kind: row.kind,
    title: row.title,
    active: row.active === 1,
    sortOrder: row.sort_order,
  });
}

export interface OffersRepo {
  insert(offer: Offer, now: string): void;
  get(id: string): Offer | null;
  /** In display order. */
  listForShow(showId: string): Offer[];
  update(offer: Offer, now: string): void;
  nextSortOrder(showId: string): number;
}

export function createOffersRepo(db: BetterSqlite3.Database): OffersRepo {
  const insert = db.prepare<[OfferRow]>(
    `INSERT INTO offers (id, show_id, kind, title, active, sort_order, config, created_at, updated_at)
     VALUES (@id, @show_id, @kind, @title, @active, @sort_order, @config, @created_at, @updated_at)`,
  );
  const byId = db.prepare<[string], OfferRow>('SELECT * FROM offers WHERE id = ?');
  const forShow = db.prepare<[string], OfferRow>(
    'SELECT * FROM offers WHERE show_id = ? ORDER BY sort_order, created_at, id',
  );
  const update = db.prepare<[OfferRow]>(
    `UPDATE offers SET title = @title, active = @active, sort_order = @sort_order, config = @config,
       updated_at = @updated_at
     WHERE id = @id`,
  );
  const maxSort = db
    .prepare<[string], number | null>('SELECT MAX(sort_order) FROM offers WHERE show_id = ?')
    .pluck();

  return {
    insert: (offer, now) => void insert.run(toRow(offer, now, now)),
    get: (id) => {
      const row = byId.get(id);
      return row ? toOffer(row) : null;
    },
    listForShow: (showId) => forShow.all(showId).map(toOffer),
    update: (offer, now) => void update.run(toRow(offer, now, now)),
    nextSortOrder: (showId) => (maxSort.get(showId) ?? -1) + 1,
  };
}
