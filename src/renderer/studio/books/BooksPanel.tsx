import { useId, useMemo, useState } from 'react';
import { Notice } from '../../components/Notice';
import { useStudio } from '../../hooks/use-studio';
import { formatDateTime } from '../../lib/format';
import { activeShow } from '../../lib/studio-selectors';
import { Panel } from '../common/Panel';
import { toBooksRange, today, type RangeChoice } from './books-range';
import { BooksCounts, CurrencyTotalsCard, TopSupporters } from './BooksTotals';
import { ExportButtons } from './ExportButtons';
import { RevenueChart } from './RevenueChart';
import { useBooksSummary } from './use-books-summary';
import './books.css';

/**
 * After the show: what it made, per currency, with Stripe's fees, refunds and disputes taken off,
 * how the hot seats went, who supported most, the money over time, and the files to export. For one
 * show, or every show between two days.
 */
export function BooksPanel() {
  const { snapshot } = useStudio();
  const shows = useMemo(() => [...snapshot.shows].sort((a, b) => (b.startedAt ?? b.createdAt).localeCompare(a.startedAt ?? a.createdAt)), [snapshot.shows]);
  const initialShow = activeShow(snapshot) ?? shows.find((s) => s.startedAt !== null) ?? shows[0] ?? null;
  const [choice, setChoice] = useState<RangeChoice | null>(initialShow ? { scope: 'show', showId: initialShow.id } : null);
  const [days, setDays] = useState({ fromDay: today().slice(0, 8) + '01', toDay: today() });
  const ids = { show: useId(), from: useId(), to: useId() };
  const range = choice ? toBooksRange(choice) : null;
  const valid = range && !('error' in range) ? range : null;
  const summary = useBooksSummary(valid);

  if (shows.length === 0) {
    return (
      <Panel title="Books">
        <Notice kind="empty" title="No shows yet">
          The books of each show appear here once it has sold something.
        </Notice>
      </Panel>
    );
  }

  return (
    <Panel title="Books" actions={valid ? <ExportButtons range={valid} /> : null}>
      <form className="books-range" onSubmit={(event) => event.preventDefault()} aria-label="Which books">
        <label htmlFor={ids.show}>Show</label>
        <select
          id={ids.show}
          value={choice?.scope === 'show' ? choice.showId : 'dates'}
          onChange={(event) => setChoice(event.target.value === 'dates' ? { scope: 'dates', ...days } : { scope: 'show', showId: event.target.value })}
        >
          {shows.map((show) => (
            <option key={show.id} value={show.id}>
              {show.title}
              {show.startedAt ? ` · ${formatDateTime(show.startedAt)}` : ' · not started'}
            </option>
          ))}
          <option value="dates">All shows between two days…</option>
        </select>
        {choice?.scope === 'dates' ? (
          <>
            <label htmlFor={ids.from}>From</label>
            <input id={ids.from} type="date" value={days.fromDay} max={days.toDay} onChange={(event) => pickDays({ ...days, fromDay: event.target.value })} />
            <label htmlFor={ids.to}>To</label>
            <input id={ids.to} type="date" value={days.toDay} min={days.fromDay} onChange={(event) => pickDays({ ...days, toDay: event.target.value })} />
          </>
        ) : null}
      </form>
      {range && 'error' in range ? (
        <p className="inline-error" role="alert">
          {range.error}
        </p>
      ) : null}
      <BooksBody summary={summary} />
    </Panel>
  );

  function pickDays(next: { fromDay: string; toDay: string }) {
    setDays(next);
    setChoice({ scope: 'dates', ...next });
  }
}

function BooksBody({ summary }: { summary: ReturnType<typeof useBooksSummary> }) {
  const { online } = useStudio();
  if (!summary) return null;
  if (!summary.summary) {
    if (summary.state === 'error') return <Notice kind="error" title="The books could not be read">{summary.error.message}</Notice>;
    if (!online) return <Notice kind="offline" title="Offline">The books load once the studio is connected again.</Notice>;
    return <Notice kind="loading" title="Adding up…" />;
  }
  const s = summary.summary;
  return (
    <div className="books" data-testid="books-summary">
      {summary.state === 'error' ? <Notice kind="error" title="Could not refresh the books: showing the last figures">{summary.error.message}</Notice> : null}
      {s.currencies.length === 0 ? (
        <Notice kind="empty" title="No money moved yet">
          Payments appear here as Stripe confirms them; hot seats count once they are charged after air.
        </Notice>
      ) : (
        s.currencies.map((totals) => (
          <div key={totals.currency} className="books-currency">
            <h3>{totals.currency.toUpperCase()}</h3>
            <CurrencyTotalsCard totals={totals} />
            <RevenueChart timeline={s.timeline} currency={totals.currency} />
          </div>
        ))
      )}
      <div className="books-side">
        <section aria-labelledby="books-counts-title">
          <h3 id="books-counts-title">How it went</h3>
          <BooksCounts summary={s} />
        </section>
        <section aria-labelledby="books-supporters-title">
          <h3 id="books-supporters-title">Top supporters</h3>
          <TopSupporters supporters={s.topSupporters} />
        </section>
        {s.shows.length > 1 ? <p className="cell-sub">{s.shows.length} shows in this range.</p> : null}
      </div>
    </div>
  );
}
