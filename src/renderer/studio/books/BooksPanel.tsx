import { useId, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
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
  const intl = useIntl();
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
      <Panel title={intl.formatMessage({ id: 'books.title' })}>
        <Notice kind="empty" title={intl.formatMessage({ id: 'books.noShows.title' })}>
          {intl.formatMessage({ id: 'books.noShows.body' })}
        </Notice>
      </Panel>
    );
  }

  return (
    <Panel title={intl.formatMessage({ id: 'books.title' })} actions={valid ? <ExportButtons range={valid} /> : null}>
      <form className="books-range" onSubmit={(event) => event.preventDefault()} aria-label={intl.formatMessage({ id: 'books.range.label' })}>
        <label htmlFor={ids.show}>{intl.formatMessage({ id: 'books.range.show' })}</label>
        <select
          id={ids.show}
          value={choice?.scope === 'show' ? choice.showId : 'dates'}
          onChange={(event) => setChoice(event.target.value === 'dates' ? { scope: 'dates', ...days } : { scope: 'show', showId: event.target.value })}
        >
          {shows.map((show) => (
            <option key={show.id} value={show.id}>
              {show.startedAt
                ? intl.formatMessage({ id: 'books.range.showStarted' }, { title: show.title, date: formatDateTime(show.startedAt, intl.locale) })
                : intl.formatMessage({ id: 'books.range.showNotStarted' }, { title: show.title })}
            </option>
          ))}
          <option value="dates">{intl.formatMessage({ id: 'books.range.dates' })}</option>
        </select>
        {choice?.scope === 'dates' ? (
          <>
            <label htmlFor={ids.from}>{intl.formatMessage({ id: 'books.range.from' })}</label>
            <input id={ids.from} type="date" value={days.fromDay} max={days.toDay} onChange={(event) => pickDays({ ...days, fromDay: event.target.value })} />
            <label htmlFor={ids.to}>{intl.formatMessage({ id: 'books.range.to' })}</label>
            <input id={ids.to} type="date" value={days.toDay} min={days.fromDay} onChange={(event) => pickDays({ ...days, toDay: event.target.value })} />
          </>
        ) : null}
      </form>
      {range && 'error' in range ? (
        <p className="inline-error" role="alert">
          {intl.formatMessage({ id: range.error === 'fromDay' ? 'books.range.missingFrom' : 'books.range.missingTo' })}
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
  const intl = useIntl();
  const { online } = useStudio();
  if (!summary) return null;
  if (!summary.summary) {
    if (summary.state === 'error') return <Notice kind="error" title={intl.formatMessage({ id: 'books.loadFailed' })}>{summary.error.message}</Notice>;
    if (!online) {
      return (
        <Notice kind="offline" title={intl.formatMessage({ id: 'books.offline.title' })}>
          {intl.formatMessage({ id: 'books.offline.body' })}
        </Notice>
      );
    }
    return <Notice kind="loading" title={intl.formatMessage({ id: 'books.loading' })} />;
  }
  const s = summary.summary;
  return (
    <div className="books" data-testid="books-summary">
      {summary.state === 'error' ? <Notice kind="error" title={intl.formatMessage({ id: 'books.refreshFailed' })}>{summary.error.message}</Notice> : null}
      {s.currencies.length === 0 ? (
        <Notice kind="empty" title={intl.formatMessage({ id: 'books.noMoney.title' })}>
          {intl.formatMessage({ id: 'books.noMoney.body' })}
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
          <h3 id="books-counts-title">{intl.formatMessage({ id: 'books.counts.title' })}</h3>
          <BooksCounts summary={s} />
        </section>
        <section aria-labelledby="books-supporters-title">
          <h3 id="books-supporters-title">{intl.formatMessage({ id: 'books.supporters.title' })}</h3>
          <TopSupporters supporters={s.topSupporters} />
        </section>
        {s.shows.length > 1 ? <p className="cell-sub">{intl.formatMessage({ id: 'books.showsInRange' }, { count: s.shows.length })}</p> : null}
      </div>
    </div>
  );
}
