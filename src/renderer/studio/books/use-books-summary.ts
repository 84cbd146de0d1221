import { useEffect, useRef, useState } from 'react';
import type { BooksRange, BooksSummary } from '../../../shared/books';
import type { AppErrorShape } from '../../../shared/result';
import { useStudio } from '../../hooks/use-studio';

export type SummaryState =
  | { state: 'loading'; summary: BooksSummary | null }
  | { state: 'ready'; summary: BooksSummary }
  | { state: 'error'; error: AppErrorShape; summary: BooksSummary | null };

/** Re-reading at most this often while purchases keep changing (a busy show). */
const REFRESH_AFTER_MS = 1500;

interface Loaded {
  key: string;
  summary: BooksSummary;
}

/**
 * The summary of a range, read from the core, and read again a moment after any purchase changes
 * (a payment, a refund, a dispute), so the tab stays true during a show. The last good summary of
 * the same range stays on screen while a new one loads or when a reload fails.
 */
export function useBooksSummary(range: BooksRange | null): SummaryState | null {
  const { client, snapshot, online } = useStudio();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<{ key: string; error: AppErrorShape } | null>(null);
  const loadedKey = useRef<string | null>(null);
  const key = range ? JSON.stringify(range) : null;
  // Any purchase's new version (payments, refunds, disputes, shipments) changes this.
  const purchasesVersion = snapshot.purchases.reduce((sum, p) => sum + p.version, snapshot.purchases.length);

  useEffect(() => {
    if (!key || !online) return;
    const request = JSON.parse(key) as BooksRange;
    let cancelled = false;
    const timer = setTimeout(
      () => {
        void client.command('books.summary', { range: request }).then((result) => {
          if (cancelled) return;
          if (result.ok) {
            loadedKey.current = key;
            setLoaded({ key, summary: result.value });
            setFailure(null);
          } else {
            setFailure({ key, error: result.error });
          }
        });
      },
      loadedKey.current === key ? REFRESH_AFTER_MS : 0,
    );
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client, key, online, purchasesVersion]);

  if (!key) return null;
  const summary = loaded?.key === key ? loaded.summary : null;
  if (failure?.key === key) return { state: 'error', error: failure.error, summary };
  return summary ? { state: 'ready', summary } : { state: 'loading', summary: null };
}
