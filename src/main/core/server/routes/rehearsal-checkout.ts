import type { FastifyInstance } from 'fastify';
import type { PaymentsRuntime } from '../../payments/payments-runtime';

/**
 * In rehearsal mode the pretend checkout page is served through the studio's own server, so a
 * viewer reaches it at the same public URL as the store.
 */
export const REHEARSAL_CHECKOUT_PREFIX = '/rehearsal/checkout/';

export function registerRehearsalCheckout(app: FastifyInstance, payments: PaymentsRuntime): void {
  // The page parses its own form bodies; hand it the raw request stream untouched.
  app.register((scope, _options, done) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, next) => next(null));
    scope.all(`${REHEARSAL_CHECKOUT_PREFIX}*`, (request, reply) => {
      const rehearsal = payments.rehearsal();
      if (!rehearsal) {
        return reply.code(404).type('text/plain').send('Rehearsal checkout is off: this studio takes real payments.');
      }
      reply.hijack();
      if (!rehearsal.handlePage(request.raw, reply.raw)) {
        reply.raw.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      }
    });
    done();
  });
}
