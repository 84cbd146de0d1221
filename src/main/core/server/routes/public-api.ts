import type { FastifyInstance } from 'fastify';
import { errorWith, type Result } from '../../../../shared/result';
import { RECEIPT_RESEND_PATH, type ReceiptResendResponse } from '../../../../shared/mail';
import type { CheckoutResponse, Health, ReceiptView, StoreView } from '../../../../shared/store-api';
import { sendError } from '../http-errors';
import { countWrongToken, refuseGuessers, type TokenGuard } from '../token-guard';

/** The anonymous API of the store and receipt pages, plus health. Rate limited per client. */
export interface PublicApiDeps {
  health(): Health;
  storeView(slug: string | null): Result<StoreView>;
  /** `client`: who asks (client-address.ts), for the per-client cap on unpaid checkouts. */
  startCheckout(body: unknown, client: string): Promise<Result<CheckoutResponse>>;
  receipt(token: string): Result<ReceiptView>;
  /** A buyer who lost their receipt asks for it by email; the answer never says whether they bought. */
  resendReceipts(body: unknown): Result<ReceiptResendResponse>;
  limits: { readsPerMinute: number; checkoutsPerMinute: number; receiptResendsPerMinute: number };
}

export function registerPublicApi(app: FastifyInstance, deps: PublicApiDeps, guard: TokenGuard): void {
  const reads = { config: { rateLimit: { max: deps.limits.readsPerMinute, timeWindow: 60_000 } } };

  app.get('/api/health', reads, (_request, reply) => {
    const health = deps.health();
    return reply.code(health.ok ? 200 : 503).send(health);
  });

  app.get('/api/store', reads, (_request, reply) => {
    const view = deps.storeView(null);
    return view.ok ? reply.send(view.value) : sendError(reply, view.error);
  });

  app.get<{ Params: { slug: string } }>('/api/store/:slug', reads, (request, reply) => {
    const view = deps.storeView(request.params.slug.slice(0, 64));
    return view.ok ? reply.send(view.value) : sendError(reply, view.error);
  });

  app.post(
    '/api/checkout',
    { bodyLimit: 8 * 1024, config: { rateLimit: { max: deps.limits.checkoutsPerMinute, timeWindow: 60_000 } } },
    async (request, reply) => {
      const result = await deps.startCheckout(request.body, guard.client(request));
      return result.ok ? reply.code(201).send(result.value) : sendError(reply, result.error);
    },
  );

  app.post(
    RECEIPT_RESEND_PATH,
    { bodyLimit: 1024, config: { rateLimit: { max: deps.limits.receiptResendsPerMinute, timeWindow: 60_000 } } },
    (request, reply) => {
      const result = deps.resendReceipts(request.body);
      return result.ok ? reply.code(202).send(result.value) : sendError(reply, result.error);
    },
  );

  app.get('/api/receipt', { ...reads, preValidation: refuseGuessers(guard) }, (request, reply) => {
    const token = request.headers['x-receipt-token'];
    if (typeof token !== 'string' || token.length === 0 || token.length > 200) {
      return sendError(reply, errorWith('unauthorized', 'error.purchases.receiptLinkIncomplete'));
    }
    const receipt = deps.receipt(token);
    if (!receipt.ok && receipt.error.code === 'not_found') countWrongToken(guard, request);
    return receipt.ok ? reply.send(receipt.value) : sendError(reply, receipt.error);
  });
}
