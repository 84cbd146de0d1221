import type { PaymentState, Purchase } from '../../../shared/purchases';
import { fail, ok, type Result } from '../../../shared/result';
import type { Actor } from '../actor';
import { redact } from '../log';
import type { MoneyAction } from '../store/money-actions-repo';
import { activity, purchaseSubject, said } from '../activity/activity-said';
import { publishPurchase } from './publish-purchase';
import { transitionPurchase } from './purchase-transition';
import type { PurchaseContext } from './purchase-context';
import type { ObservationType } from './transition';

/** What the payment gateway reports back about an action it carried out (or could not). */

const PROVIDER: Actor = { role: 'system', name: 'Stripe' };

/** The payment state a confirmed action reports, as the observation it amounts to. */
const CONFIRMED_AS: Record<PaymentState, ObservationType | null> = {
  none: null,
  failed: 'payment_failed',
  authorized: 'payment_authorized',
  captured: 'payment_captured',
  canceled: 'authorization_canceled',
  refunded: 'refund_observed',
};

/**
 * Marks the action done and applies what the provider reported; repeating it changes nothing.
 * Its refusals (and failMoneyAction's) go to the money worker's log, never to a person: plain `fail`.
 */
export function completeMoneyAction(
  ctx: PurchaseContext,
  actionId: number,
  outcome: { payment: PaymentState },
): Result<{ purchase: Purchase; changed: boolean }> {
  const action = ctx.repos.moneyActions.get(actionId);
  if (!action) return fail('not_found', `Money action ${actionId} does not exist`);
  const record = ctx.repos.purchases.get(action.purchaseId);
  if (!record) return fail('not_found', 'This purchase does not exist (any more)');
  if (action.status === 'done') return ok({ purchase: record.purchase, changed: false });

  ctx.repos.moneyActions.markDone(action.id, ctx.now);
  const observation = CONFIRMED_AS[outcome.payment];
  if (observation !== null) {
    const applied = transitionPurchase(ctx, record, { type: observation }, PROVIDER);
    if (!applied.ok) return applied;
    if (applied.value.changed) return ok({ purchase: applied.value.purchase, changed: true });
  }
  // The purchase did not move, but its pending action is gone: a new version tells clients.
  ctx.repos.purchases.update({ ...record, purchase: { ...record.purchase, updatedAt: ctx.now } });
  const detail = activity(purchaseSubject(record.purchase), said('activity.said.moneyDone', { action: action.kind }));
  return ok({ purchase: publishPurchase(ctx, action.purchaseId, PROVIDER, `money.${action.kind}.done`, detail), changed: true });
}

/**
 * Counts a failed attempt. A retryable failure stays pending for the worker to try again; a final
 * one is put in front of the host, because money may still be held and needs a person.
 */
export function failMoneyAction(ctx: PurchaseContext, actionId: number, error: string, retryable: boolean): Result<MoneyAction> {
  const action = ctx.repos.moneyActions.get(actionId);
  if (!action) return fail('not_found', `Money action ${actionId} does not exist`);
  if (action.status !== 'pending') return ok(action);
  const message = redact(error).slice(0, 500);
  ctx.repos.moneyActions.recordFailure(action.id, message, retryable, ctx.now);
  if (!retryable) {
    const record = ctx.repos.purchases.get(action.purchaseId);
    if (!record) return fail('not_found', 'This purchase does not exist (any more)');
    ctx.repos.purchases.update({ ...record, purchase: { ...record.purchase, updatedAt: ctx.now } });
    const detail = activity(purchaseSubject(record.purchase), said('activity.said.moneyFailed', { action: action.kind, message }));
    publishPurchase(ctx, action.purchaseId, PROVIDER, `money.${action.kind}.failed`, detail);
  }
  const updated = ctx.repos.moneyActions.get(action.id);
  return updated ? ok(updated) : fail('internal', 'The money action vanished');
}
