import { useState } from 'react';
import type { Purchase } from '../../../shared/purchases';
import { Notice } from '../../components/Notice';
import { useStudio } from '../../hooks/use-studio';
import { formatDateTime, formatMoney } from '../../lib/format';
import { merchOrders } from '../../lib/studio-selectors';
import { Panel } from '../common/Panel';
import { RefundButton } from '../common/RefundButton';
import { StatusChip } from '../common/StatusChip';
import { ShippingAddressBlock } from './ShippingAddressBlock';
import { ShipOrdersButton } from './ShipOrdersButton';

const canShip = (order: Purchase) => order.status === 'paid';

/** Paid merch of every show with everything needed to pack and ship it. */
export function MerchOrders() {
  const { snapshot } = useStudio();
  const orders = merchOrders(snapshot);
  const showTitle = (showId: string) => snapshot.shows.find((show) => show.id === showId)?.title ?? '';
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  // An order refunded meanwhile drops out of the choice by itself.
  const chosenIds = orders.filter((o) => chosen.has(o.id) && canShip(o)).map((o) => o.id);
  const toShip = orders.filter((o) => canShip(o) && o.shipment === null);
  const toggle = (id: string, on: boolean) => setChosen((prev) => {
    const next = new Set(prev);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  });
  const actions = (
    <>
      <button type="button" className="button button-small button-quiet" disabled={toShip.length === 0} onClick={() => setChosen(new Set(toShip.map((o) => o.id)))}>
        Choose all to ship ({toShip.length})
      </button>
      <ShipOrdersButton purchaseIds={chosenIds} onShipped={() => setChosen(new Set())} />
    </>
  );
  return (
    <Panel title="Merch orders" count={orders.length} actions={orders.length > 0 ? actions : undefined}>
      {orders.length === 0 ? (
        <Notice kind="empty" title="No merch orders yet">
          Paid orders appear here with the buyer’s shipping address.
        </Notice>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">Choose</span>
                </th>
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
                    {canShip(order) ? (
                      <input
                        type="checkbox"
                        aria-label={`Choose ${order.offerTitle} for ${order.buyerName}`}
                        checked={chosen.has(order.id)}
                        onChange={(event) => toggle(order.id, event.target.checked)}
                      />
                    ) : null}
                  </td>
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
                    {order.shipment ? (
                      <div className="cell-sub" data-testid="shipped-note">
                        Shipped {formatDateTime(order.shipment.shippedAt)}
                        {order.shipment.trackingNumber ? ` · ${order.shipment.trackingNumber}` : ''}
                      </div>
                    ) : null}
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
