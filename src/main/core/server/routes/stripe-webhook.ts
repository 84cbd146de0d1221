import type { FastifyInstance } from 'fastify';
import type { Logger } from '../../log';
import type { PaymentsRuntime } from '../../payments/payments-runtime';
import { sendError } from '../http-errors';

/**
 * Stripe's webhook. The signature is checked over the exact raw bytes (with a timestamp tolerance
 * against replays) before anything is read; the event is then applied like a polled one.
 */
export async function registerStripeWebhook(app: FastifyInstance, deps: { payments: PaymentsRuntime; log: Logger }): Promise<void> {
  await app.register((scope, _options, done) => {
    scope.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: 1024 * 1024 }, (_request, body, done) => {
      done(null, body);
    });
    scope.post('/api/stripe/webhook', async (request, reply) => {
      if (!deps.payments.webhookConfigured()) {
        return sendError(reply, { code: 'not_found', message: 'Webhooks are not configured on this studio.' });
      }
      const signature = request.headers['stripe-signature'];
      if (typeof signature !== 'string' || !Buffer.isBuffer(request.body)) {
        return sendError(reply, { code: 'bad_request', message: 'Missing Stripe-Signature header or body.' });
      }
      let event;
      try {
        event = deps.payments.constructWebhookEvent(request.body, signature);
      } catch {
        deps.log.warn('webhook refused: bad signature');
        return sendError(reply, { code: 'unauthorized', message: 'Webhook signature verification failed.' });
      }
      try {
        const outcome = await deps.payments.ingest(event);
        return reply.send({ received: true, outcome });
      } catch (error) {
        // Stripe retries a failed delivery; polling would also pick the event up.
        deps.log.warn('webhook event not applied yet', { event: event.id, error });
        return sendError(reply, { code: 'unavailable', message: 'Could not apply the event now; retry later.' });
      }
    });
    done();
  });
}
