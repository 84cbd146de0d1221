import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buyerKey, HOST, liveShow, studio, value, type LiveShow, type Studio } from './services-fixture';

let s: Studio;
let live: LiveShow;
beforeEach(() => {
  s = studio();
  live = liveShow(s);
});
afterEach(() => s.cleanup());

function paidShirt(variantId = 'M') {
  const { purchase, receiptToken } = value(s.purchases.reserve(null, { offerId: live.shirt.id, buyerName: 'Cy', buyerKey: buyerKey(), variantId }));
  value(s.purchases.attachCheckoutSession(purchase.id, `cs_${purchase.id}`, 'https://checkout.test/x'));
  value(s.purchases.applyObservation({ eventId: null, purchaseId: purchase.id, observation: { type: 'payment_captured', paymentIntentId: `pi_${purchase.id}` } }));
  return { id: purchase.id, receiptToken };
}

const audit = () => s.purchases.recentAudit(50).filter((e) => e.action === 'merch.shipped');

describe('merch fulfilment', () => {
  it('marks paid orders shipped in bulk, with the tracking number on the buyer’s receipt', () => {
    const a = paidShirt('M');
    const b = paidShirt('S');
    const shipped = value(s.purchases.markShipped([a.id, b.id], '1Z999AA10123456784', HOST));
    expect(shipped.map((p) => p.shipment)).toEqual([
      { shippedAt: expect.any(String) as unknown, shippedBy: 'Host', trackingNumber: '1Z999AA10123456784' },
      { shippedAt: expect.any(String) as unknown, shippedBy: 'Host', trackingNumber: '1Z999AA10123456784' },
    ]);
    expect(value(s.purchases.receiptByToken(a.receiptToken)).shipment).toEqual({ shippedAt: shipped[0]?.shipment?.shippedAt, trackingNumber: '1Z999AA10123456784' });
    expect(audit()).toHaveLength(2);
    expect(s.events.filter((e) => e.type === 'purchase.upserted' && e.purchase.shipment !== null)).toHaveLength(2);
  });

  it('changes nothing when marked again the same way, and corrects a tracking number keeping the ship date', () => {
    const a = paidShirt();
    const [first] = value(s.purchases.markShipped([a.id], null, HOST));
    const version = first?.version;
    expect(value(s.purchases.markShipped([a.id, a.id], null, HOST))[0]?.version).toBe(version);
    expect(audit()).toHaveLength(1);
    const [corrected] = value(s.purchases.markShipped([a.id], 'LX123456789FR', HOST));
    expect(corrected?.shipment).toEqual({ shippedAt: first?.shipment?.shippedAt, shippedBy: 'Host', trackingNumber: 'LX123456789FR' });
    expect(audit()[0]?.detail).toMatch(/tracking number changed \(tracking LX123456789FR\)/);
  });

  it('refuses the whole batch when one order cannot ship (not merch, refunded, unknown), naming it, and marks none', () => {
    const a = paidShirt();
    const refunded = paidShirt('S');
    value(s.purchases.applyObservation({ eventId: null, purchaseId: refunded.id, observation: { type: 'refund_observed' } }));
    const { purchase: tip } = value(s.purchases.reserve(null, { offerId: live.tip.id, buyerName: 'Ada', buyerKey: buyerKey(), amount: 500 }));
    expect(s.purchases.markShipped([a.id, refunded.id], null, HOST)).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/refunded.*nothing was marked/) as unknown } });
    expect(s.purchases.markShipped([a.id, tip.id], null, HOST)).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringMatching(/not a merch order/) as unknown } });
    expect(s.purchases.markShipped([a.id, 'pur_doesnotexist1'], null, HOST)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(s.purchases.get(a.id)?.shipment).toBeNull();
    expect(audit()).toHaveLength(0);
  });
});
