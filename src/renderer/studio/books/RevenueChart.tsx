import { CategoryScale, Chart, Filler, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { useEffect, useMemo, useRef } from 'react';
import { useIntl } from 'react-intl';
import type { BooksSummary } from '../../../shared/books';
import { currencyExponent, formatMoney } from '../../../shared/money';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Filler, Tooltip);

const LABEL_FORMAT: Record<BooksSummary['timeline']['bucket'], Intl.DateTimeFormatOptions> = {
  minute: { hour: '2-digit', minute: '2-digit' },
  hour: { month: 'short', day: 'numeric', hour: '2-digit' },
  day: { month: 'short', day: 'numeric' },
};

const BUCKET_MS: Record<BooksSummary['timeline']['bucket'], number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };

/**
 * Money charged over the show, one currency at a time (never added across currencies): a running
 * total, so the line reads as "where the show stood by then". Chart.js draws it; the figures
 * beside it say the same in words for screen readers.
 */
export function RevenueChart({ timeline, currency }: { timeline: BooksSummary['timeline']; currency: string }) {
  const intl = useIntl();
  const { locale } = intl;
  const code = currency.toUpperCase();
  const seriesLabel = intl.formatMessage({ id: 'books.chart.series' }, { currency: code });
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const points = useMemo(() => timeline.points.filter((p) => p.currency === currency), [timeline, currency]);

  useEffect(() => {
    const element = canvas.current;
    if (!element || points.length === 0) return;
    const unit = 10 ** currencyExponent(currency);
    let running = 0;
    // The line starts from nothing one step before the first money, so even one burst reads as a rise.
    const first = points[0];
    const start = first ? [{ at: new Date(Date.parse(first.at) - BUCKET_MS[timeline.bucket]).toISOString(), gross: 0 }] : [];
    const series = [...start, ...points];
    const totals = series.map((p) => (running += p.gross) / unit);
    const labels = series.map((p) => new Date(p.at).toLocaleString(locale, LABEL_FORMAT[timeline.bucket]));
    const ink = getComputedStyle(element).color || '#e8e8ee';
    const chart = new Chart(element, {
      type: 'line',
      data: {
        labels,
        datasets: [{ label: seriesLabel, data: totals, borderColor: '#7c5cff', backgroundColor: 'rgba(124, 92, 255, 0.18)', fill: true, tension: 0.25, pointRadius: 3 }],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { ticks: { color: ink, maxRotation: 0, autoSkip: true } },
          y: { beginAtZero: true, ticks: { color: ink, callback: (value) => formatMoney(Math.round(Number(value) * unit), currency, locale) } },
        },
        plugins: { tooltip: { callbacks: { label: (item) => formatMoney(Math.round(Number(item.raw) * unit), currency, locale) } } },
      },
    });
    return () => chart.destroy();
  }, [currency, points, timeline.bucket, locale, seriesLabel]);

  if (points.length === 0) return <p className="cell-sub">{intl.formatMessage({ id: 'books.chart.nothing' }, { currency: code })}</p>;
  return (
    <div className="books-chart">
      <canvas ref={canvas} role="img" aria-label={intl.formatMessage({ id: 'books.chart.label' }, { currency: code })} />
    </div>
  );
}
