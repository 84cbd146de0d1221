import type { ActivityDetail } from '../../../shared/activity-detail';
import type { Purchase } from '../../../shared/purchases';
import type { Actor } from '../actor';
import type { PurchaseContext } from './purchase-context';

/**
 * After a purchase was written: append its audit entry and queue the events that tell clients,
 * all inside the caller's transaction (events go out after commit). Returns the purchase as now
 * stored, with its new version and derived fields.
 */
export function publishPurchase(ctx: PurchaseContext, purchaseId: string, actor: Actor, action: string, said: ActivityDetail): Purchase {
  const stored = ctx.repos.purchases.get(purchaseId);
  if (!stored) throw new Error(`Purchase ${purchaseId} vanished inside its transaction`);
  const entry = ctx.repos.audit.append({ at: ctx.now, actor: actor.name, action, purchaseId, said });
  ctx.emit({ type: 'purchase.upserted', purchase: stored.purchase });
  ctx.emit({ type: 'audit.appended', entry });
  return stored.purchase;
}
