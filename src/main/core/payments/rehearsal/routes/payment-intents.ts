import { loadPaymentIntent } from '../operations/context';
import { cancelIntent, captureIntent, refuseCancelWhileCheckoutOpen } from '../operations/payment-intents';
import { pathArg, type Route } from './route';

const CANCELLATION_REASONS = ['abandoned', 'duplicate', 'fraudulent', 'requested_by_customer'] as const;

export const paymentIntentRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/v1\/payment_intents\/([^/]+)$/,
    writes: false,
    prepare(params, args) {
      params.string('client_secret');
      const id = pathArg(args, 0);
      return (ctx) => loadPaymentIntent(ctx, id);
    },
  },
  {
    method: 'POST',
    pattern: /^\/v1\/payment_intents\/([^/]+)\/capture$/,
    writes: true,
    prepare(params, args) {
      const id = pathArg(args, 0);
      const amountToCapture = params.int('amount_to_capture', { min: 1 });
      const metadata = params.metadata('metadata');
      return (ctx) => captureIntent(ctx, loadPaymentIntent(ctx, id), { amountToCapture, metadata });
    },
  },
  {
    method: 'POST',
    pattern: /^\/v1\/payment_intents\/([^/]+)\/cancel$/,
    writes: true,
    prepare(params, args) {
      const id = pathArg(args, 0);
      const reason = params.oneOf('cancellation_reason', CANCELLATION_REASONS) ?? null;
      return (ctx) => {
        const intent = loadPaymentIntent(ctx, id);
        refuseCancelWhileCheckoutOpen(ctx, intent);
        return cancelIntent(ctx, intent, reason);
      };
    },
  },
];
