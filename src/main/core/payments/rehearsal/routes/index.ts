import { balanceTransactionRoutes } from './balance-transactions';
import { checkoutSessionRoutes } from './checkout-sessions';
import { disputeRoutes } from './disputes';
import { eventRoutes } from './events';
import { paymentIntentRoutes } from './payment-intents';
import { refundRoutes } from './refunds';
import type { Route } from './route';

/** Exactly the endpoints Hotseat uses (checkout, money actions, the books), with Stripe's semantics. */
export const API_ROUTES: readonly Route[] = [
  ...checkoutSessionRoutes,
  ...paymentIntentRoutes,
  ...refundRoutes,
  ...balanceTransactionRoutes,
  ...disputeRoutes,
  ...eventRoutes,
];

export function matchRoute(method: string, path: string): { route: Route; args: string[] } | null {
  for (const route of API_ROUTES) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(path);
    if (match) return { route, args: match.slice(1) };
  }
  return null;
}
