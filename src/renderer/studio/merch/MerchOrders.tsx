import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { Purchase } from '../../../shared/purchases';
import { Notice } from '../../components/Notice';
import { useStudio } from '../../hooks/use-studio';
import { useFormat } from '../../i18n/use-format';
import { formatDateTime } from '../../lib/format';
import { merchOrders } from '../../lib/studio-selectors';
import { Panel } from '../common/Panel';
import { RefundButton } from '../common/RefundButton';
import { StatusChip } from '../common/StatusChip';
import { ShippingAddressBlock } from './ShippingAddressBlock';
import { ShipOrdersButton } from './ShipOrdersButton';

const canShip = (order: Purchase) => order.status === 'paid';

/** Paid merch of every show with everything needed to pack and ship it. */
export function MerchOrders() {
  const intl = useIntl();
  const { money } = useFormat();
  const { snapshot } = useStudio();
  const when = (iso: string) => formatDateTime(iso, intl.locale);
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
        {intl.formatMessage({ id: 'merch.chooseAll' }, { count: toShip.length })}
      </button>
      <ShipOrdersButton purchaseIds={chosenIds} onShipped={() => setChosen(new Set())} />
    </>
  );
  const variantLine = (order: Purchase) => {
    const variant = order.variantLabel ?? order.variantId ?? intl.formatMessage({ id: 'merch.noVariant' });
    return order.quantity > 1 ? intl.formatMessage({ id: 'merch.quantity' }, { variant, quantity: order.quantity }) : variant;
  };
  return (
    <Panel title={intl.formatMessage({ id: 'merch.title' })} count={orders.length} actions={orders.length > 0 ? actions : undefined}>
      {orders.length === 0 ? (
        <Notice kind="empty" title={intl.formatMessage({ id: 'merch.empty.title' })}>
          {intl.formatMessage({ id: 'merch.empty.body' })}
        </Notice>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">{intl.formatMessage({ id: 'merch.column.choose' })}</span>
                </th>
                <th scope="col">{intl.formatMessage({ id: 'merch.column.ordered' })}</th>
                <th scope="col">{intl.formatMessage({ id: 'merch.column.item' })}</th>
                <th scope="col">{intl.formatMessage({ id: 'merch.column.buyer' })}</th>
                <th scope="col">{intl.formatMessage({ id: 'merch.column.shipTo' })}</th>
                <th scope="col">{intl.formatMessage({ id: 'merch.column.amount' })}</th>
                <th scope="col">{intl.formatMessage({ id: 'merch.column.status' })}</th>
                <th scope="col">
                  <span className="visually-hidden">{intl.formatMessage({ id: 'merch.column.actions' })}</span>
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
                        aria-label={intl.formatMessage({ id: 'merch.choose' }, { item: order.offerTitle, buyer: order.buyerName })}
                        checked={chosen.has(order.id)}
                        onChange={(event) => toggle(order.id, event.target.checked)}
                      />
                    ) : null}
                  </td>
                  <td>
                    <time dateTime={order.paidAt ?? order.createdAt}>{when(order.paidAt ?? order.createdAt)}</time>
                    <div className="cell-sub">{showTitle(order.showId)}</div>
                  </td>
                  <td>
                    <div className="cell-strong">{order.offerTitle}</div>
                    <div className="cell-sub">{variantLine(order)}</div>
                  </td>
                  <td>
                    <div className="cell-strong">{order.buyerName}</div>
                    {order.buyerEmail ? (
                      <a className="cell-sub" href={`mailto:${order.buyerEmail}`}>
                        {order.buyerEmail}
                      </a>
                    ) : (
                      <div className="cell-sub">{intl.formatMessage({ id: 'merch.noEmail' })}</div>
                    )}
                  </td>
                  <td>{order.shipping ? <ShippingAddressBlock address={order.shipping} /> : <span className="cell-sub">{intl.formatMessage({ id: 'merch.noAddress' })}</span>}</td>
                  <td className="money">{money(order.amount, order.currency)}</td>
                  <td>
                    <StatusChip purchase={order} />
                    {order.shipment ? (
                      <div className="cell-sub" data-testid="shipped-note">
                        {order.shipment.trackingNumber
                          ? intl.formatMessage({ id: 'merch.shippedTracking' }, { date: when(order.shipment.shippedAt), tracking: order.shipment.trackingNumber })
                          : intl.formatMessage({ id: 'merch.shipped' }, { date: when(order.shipment.shippedAt) })}
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
