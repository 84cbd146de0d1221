import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localizeError } from '../../../src/shared/i18n/localize-error';
import { memoryLogger } from '../../../src/main/core/log';
import type { StripeGateway } from '../../../src/main/core/payments/gateway';
import { startCheckout } from '../../../src/main/core/payments/start-checkout';
import { buyerKey, liveShow, studio, type LiveShow, type Studio } from '../queue/services-fixture';

/** A checkout whose payment page cannot be opened: the buyer reads why, in their language; the stock goes back. */

let s: Studio;
let live: LiveShow;
beforeEach(() => {
  s = studio();
  live = liveShow(s);
});
afterEach(() => s.cleanup());

describe('the checkout’s refusals', () => {
  it('Stripe unreachable: a reason for the buyer, and the reservation released', async () => {
    const unreachable = {
      createCheckoutSession: () => Promise.reject(new Error('connect ECONNREFUSED')),
    } as unknown as StripeGateway;
    const result = await startCheckout(
      {
        reserve: (request) => s.purchases.reserve(null, request),
        attachCheckoutSession: (id, session, url) => s.purchases.attachCheckoutSession(id, session, url),
        abandonReservation: (id, reason) => s.purchases.abandonReservation(id, reason),
        moneyActionsAdded: () => undefined,
        gateway: () => unreachable,
        receiptUrl: (token) => `http://127.0.0.1/receipt#t=${token}`,
        storeUrl: (slug) => `http://127.0.0.1/s/${slug}`,
        log: memoryLogger(),
      },
      { offerId: live.seat.id, buyerName: 'Ada', buyerKey: buyerKey(), question: 'Q', locale: 'fr' },
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'payment_provider',
        message: 'The payment page could not be opened. You have not been charged; please try again in a moment.',
        reason: { id: 'error.purchases.checkoutFailed' },
      },
    });
    if (result.ok) return;
    expect(localizeError(result.error, 'fr').message).toBe('La page de paiement n’a pas pu s’ouvrir. Rien ne vous a été prélevé\u202f; réessayez dans un instant.');
    expect(s.purchases.listForShow(live.show.id)).toEqual([expect.objectContaining({ status: 'expired' })]);
  });
});
