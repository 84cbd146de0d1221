import { useIntl } from 'react-intl';
import type { BooksSummary, CurrencyTotals } from '../../../shared/books';
import type { MessageId } from '../../../shared/i18n/messages';
import { useFormat } from '../../i18n/use-format';

/** One currency's money: what came in, what Stripe and the buyers took back, what is left. */
export function CurrencyTotalsCard({ totals }: { totals: CurrencyTotals }) {
  const intl = useIntl();
  const format = useFormat();
  const money = (amount: number) => format.money(amount, totals.currency);
  const less = (amount: number) => (amount === 0 ? money(0) : intl.formatMessage({ id: 'books.totals.less' }, { amount: money(amount) }));
  const code = totals.currency.toUpperCase();
  return (
    <section className="books-card" aria-label={intl.formatMessage({ id: 'books.totals.label' }, { currency: code })}>
      <dl className="books-figures">
        <div>
          <dt>{intl.formatMessage({ id: 'books.totals.gross' })}</dt>
          <dd className="money">{money(totals.gross)}</dd>
        </div>
        <div>
          <dt>{intl.formatMessage({ id: 'books.totals.fees' })}</dt>
          <dd className="money">{less(totals.fees)}</dd>
        </div>
        <div>
          <dt>{intl.formatMessage({ id: 'books.totals.refunds' })}</dt>
          <dd className="money">{less(totals.refunds)}</dd>
        </div>
        <div>
          <dt>{intl.formatMessage({ id: 'books.totals.disputes' })}</dt>
          <dd className="money">{less(totals.disputes)}</dd>
        </div>
        <div className="books-net">
          <dt>{intl.formatMessage({ id: 'books.totals.net' })}</dt>
          <dd className="money" data-testid={`books-net-${totals.currency}`}>
            {money(totals.net)}
          </dd>
        </div>
      </dl>
      <table className="table books-kinds">
        <caption className="visually-hidden">{intl.formatMessage({ id: 'books.kinds.caption' }, { currency: code })}</caption>
        <thead>
          <tr>
            <th scope="col">{intl.formatMessage({ id: 'books.kinds.kind' })}</th>
            <th scope="col">{intl.formatMessage({ id: 'books.kinds.paid' })}</th>
            <th scope="col">{intl.formatMessage({ id: 'books.kinds.gross' })}</th>
          </tr>
        </thead>
        <tbody>
          {totals.byKind.map((k) => (
            <tr key={k.kind}>
              <th scope="row">{intl.formatMessage({ id: 'common.kind' }, { kind: k.kind })}</th>
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
  const intl = useIntl();
  const { hotSeats, counts, merch } = summary;
  const rows: [MessageId, number | string][] = [
    ['books.counts.purchases', counts.purchases],
    ['books.counts.hotSeatsSold', hotSeats.sold],
    ['books.counts.hotSeatsAired', hotSeats.aired],
    ['books.counts.hotSeatsRejected', hotSeats.rejected],
    ['books.counts.cancelled', hotSeats.cancelled + hotSeats.noShow],
    ['books.counts.refunded', counts.refunded],
    [
      'books.counts.disputed',
      counts.disputesOpen > 0 ? intl.formatMessage({ id: 'books.counts.disputedOpen' }, { disputed: counts.disputed, open: counts.disputesOpen }) : counts.disputed,
    ],
    ['books.counts.merchShipped', intl.formatMessage({ id: 'books.counts.shippedOf' }, { shipped: merch.shipped, orders: merch.orders })],
  ];
  return (
    <dl className="books-counts">
      {rows.map(([label, count]) => (
        <div key={label}>
          <dt>{intl.formatMessage({ id: label })}</dt>
          <dd>{count}</dd>
        </div>
      ))}
    </dl>
  );
}

export function TopSupporters({ supporters }: { supporters: BooksSummary['topSupporters'] }) {
  const intl = useIntl();
  const format = useFormat();
  if (supporters.length === 0) return <p className="cell-sub">{intl.formatMessage({ id: 'books.supporters.none' })}</p>;
  return (
    <ol className="books-supporters">
      {supporters.map((s) => (
        <li key={`${s.name}-${s.currency}`}>
          <span className="cell-strong">{s.name}</span>
          <span className="money">{format.money(s.total, s.currency)}</span>
          <span className="cell-sub">{intl.formatMessage({ id: 'books.supporters.purchases' }, { count: s.purchases })}</span>
        </li>
      ))}
    </ol>
  );
}
