import { expireCheckoutSession } from './checkout-sessions';
import { nowSeconds, type OperationContext } from './context';
import { cancelIntent } from './payment-intents';

export interface SweepResult {
  expiredSessions: number;
  lapsedAuthorizations: number;
}

/**
 * Time-driven changes Stripe makes on its own: open sessions past `expires_at` expire, and card
 * holds past `capture_before` lapse (the PaymentIntent is canceled with reason `automatic`).
 * Runs from a timer and lazily before requests, so a reader never sees a stale `open`.
 */
export function sweepDue(ctx: OperationContext): SweepResult {
  const now = nowSeconds(ctx);
  let expiredSessions = 0;
  for (const id of ctx.objects.dueOpenSessions(now)) {
    const session = ctx.objects.get('checkout.session', id);
    if (session?.status !== 'open') continue;
    expireCheckoutSession(ctx, session);
    expiredSessions += 1;
  }
  let lapsedAuthorizations = 0;
  for (const id of ctx.objects.lapsedAuthorizations(now)) {
    const intent = ctx.objects.get('payment_intent', id);
    if (intent?.status !== 'requires_capture') continue;
    cancelIntent(ctx, intent, 'automatic');
    lapsedAuthorizations += 1;
  }
  return { expiredSessions, lapsedAuthorizations };
}

export function hasDueWork(ctx: OperationContext): boolean {
  const now = nowSeconds(ctx);
  return ctx.objects.dueOpenSessions(now).length > 0 || ctx.objects.lapsedAuthorizations(now).length > 0;
}
