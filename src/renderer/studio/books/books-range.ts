import type { BooksRange } from '../../../shared/books';

/** What the host picked in the Books tab: a show, or calendar days in their own time zone. */
export type RangeChoice = { scope: 'show'; showId: string } | { scope: 'dates'; fromDay: string; toDay: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Local midnight of a calendar day as an ISO instant with its offset ("2026-12-01T00:00:00+01:00"). */
export function localMidnight(day: string): string | null {
  if (!DAY.test(day)) return null;
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  const date = new Date(y, m - 1, d);
  if (date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d) return null;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const mm = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${day}T00:00:00${sign}${hh}:${mm}`;
}

/** The next calendar day ("2026-12-31" → "2027-01-01"). */
export function nextDay(day: string): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return next.toISOString().slice(0, 10);
}

/** Today as a calendar day in the person's own time zone. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The range the core takes: both days included, so it ends at the midnight after the last one. The
 * core says what is wrong with it; here only a missing day, named by its field (the panel words it).
 */
export function toBooksRange(choice: RangeChoice): BooksRange | { error: 'fromDay' | 'toDay' } {
  if (choice.scope === 'show') return choice;
  const from = localMidnight(choice.fromDay);
  if (!from) return { error: 'fromDay' };
  const to = DAY.test(choice.toDay) ? localMidnight(nextDay(choice.toDay)) : null;
  if (!to) return { error: 'toDay' };
  return { scope: 'dates', from, to };
}
