import type { BooksSummary, CurrencyTotals } from '../../../shared/books';
import { formatMoney, kindLabels } from '../../lib/format';

/** One currency's money: what came in, what Stripe and the buyers took back, what is left. */
export function CurrencyTotalsCard({ totals }: { totals: CurrencyTotals }) {
  const money = (amount: number) => formatMoney(amount, totals.currency);
  const less = (amount: number) => (amount === 0 ? money(0) : `− ${money(amount)}`);
  return (
    <section className="books-card" aria-label={`Totals in ${totals.currency.toUpperCase()}`}>
      <dl className="books-figures">
        <div>
          <dt>Gross</dt>
          <dd className="money">{money(totals.gross)}</dd>
        </div>
        <div>
          <dt>Stripe fees</dt>
          <dd className="money">{less(totals.fees)}</dd>
        </div>
        <div>
          <dt>Refunds</dt>
          <dd className="money">{less(totals.refunds)}</dd>
        </div>
        <div>
          <dt>Disputes</dt>
          <dd className="money">{less(totals.disputes)}</dd>
        </div>
        <div className="books-net">
          <dt>Net</dt>
          <dd className="money" data-testid={`books-net-${totals.currency}`}>
            {money(totals.net)}
          </dd>
        </div>
      </dl>
      <table className="table books-kinds">
        <caption className="visually-hidden">Gross by kind in {totals.currency.toUpperCase()}</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Paid</th>
            <th scope="col">Gross</th>
          </tr>
        </thead>
        <tbody>
          {totals.byKind.map((k) => (
            <tr key={k.kind}>
              <th scope="row">{kindLabels[k.kind]}</th>
              <td>{k.count}</td>
              <td className="money">{money(k.gross)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The counts a creator checks after a show: hot seats, refunds, disputes, merch to ship. */
export function BooksCounts({ summary }: { summary: BooksSummary }) {
  const { hotSeats, counts, merch } = summary;
  const rows: [string, number | string][] = [
    ['Purchases', counts.purchases],
    ['Hot seats sold', hotSeats.sold],
    ['Hot seats aired', hotSeats.aired],
    ['Hot seats rejected', hotSeats.rejected],
    ['Cancelled or no-show', hotSeats.cancelled + hotSeats.noShow],
    ['Refunded', counts.refunded],
    ['Disputed', counts.disputesOpen > 0 ? `${counts.disputed} (${counts.disputesOpen} to answer)` : counts.disputed],
    ['Merch shipped', `${merch.shipped} of ${merch.orders}`],
  ];
  return (
    <dl className="books-counts">
      {rows.map(([label, count]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{count}</dd>
        </div>
      ))}
    </dl>
  );
}

export function TopSupporters({ supporters }: { supporters: BooksSummary['topSupporters'] }) {
  if (supporters.length === 0) return <p className="cell-sub">No supporters yet.</p>;
  return (
    <ol className="books-supporters">
      {supporters.map((s) => (
        <li key={`${s.name}-${s.currency}`}>
          <span className="cell-strong">{s.name}</span>
          <span className="money">{formatMoney(s.total, s.currency)}</span>
          <span className="cell-sub">{s.purchases === 1 ? '1 purchase' : `${s.purchases} purchases`}</span>
        </li>
      ))}
    </ol>
  );
}
