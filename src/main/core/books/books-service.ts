import type { BooksExport, BooksExportKind, BooksRange, BooksSummary } from '../../../shared/books';
import type { Show } from '../../../shared/offers';
import { failWith, ok, type Result } from '../../../shared/result';
import type { Database } from '../store/db';
import type { PurchaseRecord } from '../store/purchases-repo';
import { repositories } from '../store/repositories';
import { exportCsv } from './books-export';
import { booksSummary } from './books-summary';

/**
 * The host's books after (or during) a show: the summary and the CSV files, read from the local
 * database only (what Stripe reported was recorded as it arrived), so they open instantly and work
 * offline. The host alone may read them (auth/policy.ts): they name buyers and their emails.
 */
export interface BooksService {
  summary(range: BooksRange): Result<BooksSummary>;
  export(range: BooksRange, kind: BooksExportKind): Result<BooksExport>;
}

interface Scope {
  shows: Show[];
  purchases: PurchaseRecord[];
}

export function createBooksService(db: Database): BooksService {
  const repos = repositories(db);

  const scopeOf = (range: BooksRange): Result<Scope> => {
    if (range.scope === 'show') {
      const show = repos.shows.get(range.showId);
      if (!show) return failWith('not_found', 'error.books.showNotFound');
      return ok({ shows: [show], purchases: repos.purchases.listForShow(show.id) });
    }
    const from = new Date(range.from).toISOString();
    const to = new Date(range.to).toISOString();
    const purchases = repos.purchases.listCreatedBetween(from, to);
    const showIds = new Set(purchases.map((p) => p.purchase.showId));
    return ok({ shows: repos.shows.list().filter((s) => showIds.has(s.id)), purchases });
  };

  const linesOf = (purchases: readonly PurchaseRecord[]) => repos.balanceLines.forPurchases(purchases.map((p) => p.purchase.id));

  return {
    summary(range) {
      const scope = scopeOf(range);
      if (!scope.ok) return scope;
      const { shows, purchases } = scope.value;
      return ok(booksSummary({ range, shows, purchases, lines: linesOf(purchases) }));
    },

    export(range, kind) {
      const scope = scopeOf(range);
      if (!scope.ok) return scope;
      const { shows, purchases } = scope.value;
      const { csv, rows } = exportCsv(kind, { shows, purchases, lines: linesOf(purchases) });
      return ok({ fileName: fileNameOf(range, shows, kind), csv, rows });
    },
  };
}

/** `hotseat-purchases-friday-q-a-2026-12-07.csv`: what it is, whose, and when, safe on every file system. */
function fileNameOf(range: BooksRange, shows: readonly Show[], kind: BooksExportKind): string {
  const what = kind === 'purchases' ? 'purchases' : 'packing-list';
  const slug = (text: string) =>
    text.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().toLowerCase().replace(/[\s_-]+/g, '-').slice(0, 40) || 'show';
  if (range.scope === 'show') {
    const show = shows[0];
    const day = (show?.startedAt ?? show?.createdAt ?? '').slice(0, 10);
    return `hotseat-${what}-${slug(show?.title ?? 'show')}${day ? `-${day}` : ''}.csv`;
  }
  return `hotseat-${what}-${range.from.slice(0, 10)}-to-${lastDayOf(range.to)}.csv`;
}

/** The range ends before `to`: name the last day it covers, in the creator's own calendar (the date as written). */
function lastDayOf(to: string): string {
  const [y = 0, m = 1, d = 1] = to.slice(0, 10).split('-').map(Number);
  const midnight = /T00:00(:00(\.0+)?)?/.test(to);
  return midnight ? new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10) : to.slice(0, 10);
}
