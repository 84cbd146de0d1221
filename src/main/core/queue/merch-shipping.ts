import type { Purchase } from '../../../shared/purchases';
import { failWith, ok, type Result } from '../../../shared/result';
import type { Actor } from '../actor';
import { queueShippedMail } from '../mail/mail-triggers';
import { standingValues } from './describe-purchase';
import { activity, purchaseSubject, said } from '../activity/activity-said';
import { publishPurchase } from './publish-purchase';
import type { PurchaseContext } from './purchase-context';

/**
 * Marks paid merch orders as shipped, all or none: one order that cannot be shipped (not merch,
 * refunded, unknown) refuses the whole batch, naming it, so a half-marked batch never happens.
 * Marking a shipped order again corrects its tracking number; the same number again changes nothing.
 */
export function markShipped(ctx: PurchaseContext, purchaseIds: readonly string[], trackingNumber: string | null, actor: Actor): Result<Purchase[]> {
  const ids = [...new Set(purchaseIds)];
  const records = [];
  for (const id of ids) {
    const record = ctx.repos.purchases.get(id);
    if (!record) return failWith('not_found', 'error.purchases.orderNotFound', { id });
    const p = record.purchase;
    const named = { kind: p.kind, offer: p.offerTitle, buyer: p.buyerName };
    if (p.kind !== 'merch') return failWith('bad_request', 'error.purchases.notMerchOrder', named);
    if (p.status !== 'paid') return failWith('conflict', 'error.purchases.orderNotShippable', { ...named, ...standingValues(p) });
    records.push(record);
  }
  const shipped: Purchase[] = [];
  for (const record of records) {
    const p = record.purchase;
    if (p.shipment && p.shipment.trackingNumber === trackingNumber) {
      shipped.push(p);
      continue;
    }
    const shipment = { shippedAt: p.shipment?.shippedAt ?? ctx.now, shippedBy: actor.name, trackingNumber };
    ctx.repos.purchases.update({ ...record, purchase: { ...p, shipment, updatedAt: ctx.now } });
    // The buyer hears of it by email (when the studio has SMTP), committed with the shipment itself.
    queueShippedMail(ctx.repos, p.id, trackingNumber, ctx.now);
    const line = said('activity.said.shipped', { changed: p.shipment ? 'yes' : 'no', hasTracking: trackingNumber ? 'yes' : 'no', tracking: trackingNumber ?? '' });
    const detail = activity(purchaseSubject(p), line);
    shipped.push(publishPurchase(ctx, p.id, actor, 'merch.shipped', detail));
  }
  return ok(shipped);
}
