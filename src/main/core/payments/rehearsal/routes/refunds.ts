import { invalidRequest } from '../errors';
import { listObject } from '../objects/list';
import { createRefund } from '../operations/refunds';
import { readPageRequest } from '../paging';
import type { Route } from './route';

const REASONS = ['duplicate', 'fraudulent', 'requested_by_customer'] as const;

export const refundRoutes: Route[] = [
  {
    method: 'POST',
    pattern: /^\/v1\/refunds$/,
    writes: true,
    prepare(params) {
      const paymentIntent = params.string('payment_intent');
      const charge = params.string('charge');
      if (!paymentIntent && !charge) throw invalidRequest('One of `charge` or `payment_intent` is required.', { param: 'payment_intent' });
      if (paymentIntent && charge) {
        throw invalidRequest('You may only specify one of these parameters: charge, payment_intent.', { param: 'charge' });
      }
      const amount = params.int('amount', { min: 1 });
      const reason = params.oneOf('reason', REASONS) ?? null;
      const metadata = params.metadata('metadata') ?? {};
      return (ctx) => createRefund(ctx, { paymentIntent, charge, amount, reason, metadata });
    },
  },
  {
    method: 'GET',
    pattern: /^\/v1\/refunds$/,
    writes: false,
    prepare(params) {
      const page = readPageRequest(params);
      const filter = { payment_intent: params.string('payment_intent'), charge: params.string('charge') };
      return (ctx) => {
        const result = ctx.objects.list('refund', filter, page);
        return listObject('/v1/refunds', result.data, result.hasMore);
      };
    },
  },
];
