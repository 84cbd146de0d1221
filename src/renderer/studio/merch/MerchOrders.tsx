import { Notice } from '../../components/Notice';
import { useStudio } from '../../hooks/use-studio';
import { formatDateTime, formatMoney } from '../../lib/format';
import { merchOrders } from '../../lib/studio-selectors';
import { Panel } from '../common/Panel';
import { RefundButton } from '../common/RefundButton';
import { StatusChip } from '../common/StatusChip';
import { ShippingAddressBlock } from './ShippingAddressBlock';

/** Paid merch of every show with everything needed to pack and ship it. */
export function MerchOrders() {
  const { snapshot } = useStudio();
  const orders = merchOrders(snapshot);
  const showTitle = (showId: string) => snapshot.shows.find((show) => show.id === showId)?.title ?? '';
  return (
    <Panel title="Merch orders" count={orders.length}>
      {orders.length === 0 ? (
        <Notice kind="empty" title="No merch orders yet">
          Paid orders appear here with the buyer’s shipping address.
        </Notice>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Ordered</th>
                <th scope="col">Item</th>
                <th scope="col">Buyer</th>
                <th scope="col">Ship to</th>
                <th scope="col">Amount</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {orders.map((order) => (
                <tr key={order.id}>
                  <td>
                    <time dateTime={order.paidAt ?? order.createdAt}>{formatDateTime(order.paidAt ?? order.createdAt)}</time>
                    <div className="cell-sub">{showTitle(order.showId)}</div>
                  </td>
                  <td>
                    <div className="cell-strong">{order.offerTitle}</div>
                    <div className="cell-sub">
                      {order.variantLabel ?? order.variantId ?? 'No variant'}
                      {order.quantity > 1 ? ` × ${order.quantity}` : ''}
                    </div>
                  </td>
                  <td>
                    <div className="cell-strong">{order.buyerName}</div>
                    {order.buyerEmail ? (
                      <a className="cell-sub" href={`mailto:${order.buyerEmail}`}>
                        {order.buyerEmail}
                      </a>
                    ) : (
                      <div className="cell-sub">No email</div>
                    )}
                  </td>
                  <td>{order.shipping ? <ShippingAddressBlock address={order.shipping} /> : <span className="cell-sub">No address</span>}</td>
                  <td className="money">{formatMoney(order.amount, order.currency)}</td>
                  <td>
                    <StatusChip purchase={order} />
                  </td>
                  <td>
                    <RefundButton purchase={order} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
