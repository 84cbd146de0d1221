import { listObject } from '../objects/list';
import { loadSession } from '../operations/context';
import { createCheckoutSession, expireCheckoutSession } from '../operations/checkout-sessions';
import { readPageRequest } from '../paging';
import { readCreateSession } from './checkout-session-params';
import { pathArg, type Route } from './route';

export const checkoutSessionRoutes: Route[] = [
  {
    method: 'POST',
    pattern: /^\/v1\/checkout\/sessions$/,
    writes: true,
    prepare(params, _args, env) {
      const input = readCreateSession(params, env.nowMs());
      return (ctx) => createCheckoutSession(ctx, input, env.checkoutUrl);
    },
  },
  {
    method: 'GET',
    pattern: /^\/v1\/checkout\/sessions$/,
    writes: false,
    prepare(params) {
      const page = readPageRequest(params);
      const paymentIntent = params.string('payment_intent');
      const status = params.oneOf('status', ['open', 'complete', 'expired'] as const);
      return (ctx) => {
        const result = ctx.objects.list('checkout.session', { payment_intent: paymentIntent, status }, page);
        return listObject('/v1/checkout/sessions', result.data, result.hasMore);
      };
    },
  },
  {
    method: 'GET',
    pattern: /^\/v1\/checkout\/sessions\/([^/]+)$/,
    writes: false,
    prepare(_params, args) {
      const id = pathArg(args, 0);
      return (ctx) => loadSession(ctx, id);
    },
  },
  {
    method: 'POST',
    pattern: /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/,
    writes: true,
    prepare(_params, args) {
      const id = pathArg(args, 0);
      return (ctx) => expireCheckoutSession(ctx, loadSession(ctx, id));
    },
  },
];
