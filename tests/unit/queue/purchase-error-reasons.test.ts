import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localizeError } from '../../../src/shared/i18n/localize-error';
import type { AppErrorShape, Result } from '../../../src/shared/result';
import { buyerKey, HOST, LEO, liveShow, MAYA, studio, value, type LiveShow, type Studio } from './services-fixture';

/**
 * The refusals of purchases travel as reasons (a catalog id and its values) beside their English:
 * through the real services on real SQLite, each one in English and in the buyer's or host's French.
 */

let s: Studio;
let live: LiveShow;
beforeEach(() => {
  s = studio();
  live = liveShow(s);
});
afterEach(() => s.cleanup());

function refusal<T>(result: Result<T>): AppErrorShape {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

const order = (request: object) => s.purchases.reserve(null, { buyerName: 'Ada', buyerKey: buyerKey(), ...request });

describe('the store’s refusals, worded for the buyer', () => {
  it('a tip under the minimum: the amount in each page’s money format, on the field too', () => {
    const error = refusal(order({ offerId: live.tip.id, amount: 100 }));
    expect(error).toMatchObject({
      code: 'bad_request',
      message: 'The minimum tip is $2.00',
      details: { amount: 'must be at least $2.00' },
      reason: { id: 'error.purchases.tipMin', values: { amount: { amount: 200, currency: 'usd' } } },
      fieldReasons: { amount: { id: 'field.purchase.atLeastAmount', values: { amount: { amount: 200, currency: 'usd' } } } },
    });
    const french = localizeError(error, 'fr');
    expect(french.message).toBe('Le pourboire minimum est de 2,00\u00a0$US');
    expect(french.details).toEqual({ amount: 'doit être d’au moins 2,00\u00a0$US' });
  });

  it('a message over the limit, with its plural', () => {
    const error = refusal(order({ offerId: live.tip.id, amount: 500, message: 'x'.repeat(21) }));
    expect(error.message).toBe('Messages can be at most 20 characters (yours has 21)');
    expect(error.reason).toEqual({ id: 'error.purchases.messageTooLong', values: { limit: 20, length: 21 } });
    const french = localizeError(error, 'fr');
    expect(french.message).toBe('Un message peut faire 20 caractères au plus (le vôtre en fait 21)');
    expect(french.details).toEqual({ message: 'doit faire 20 caractères au plus' });
  });

  it('sold out, the per-buyer limit and a show that is not live', () => {
    value(order({ offerId: live.shirt.id, variantId: 'S' }));
    const soldOut = refusal(order({ offerId: live.shirt.id, variantId: 'S' }));
    expect(soldOut).toMatchObject({ code: 'sold_out', message: 'Small is sold out', reason: { id: 'error.purchases.variantSoldOut', values: { variant: 'Small' } } });
    expect(localizeError(soldOut, 'fr').message).toBe('Small\u00a0: épuisé');

    const key = buyerKey();
    // A paid seat is held; an unpaid one would be released by the buyer's new checkout.
    const { purchase: held } = value(s.purchases.reserve(null, { offerId: live.seat.id, buyerName: 'Bo', buyerKey: key, question: 'Q' }));
    value(s.purchases.attachCheckoutSession(held.id, `cs_${held.id}`, 'https://checkout.test/x'));
    value(s.purchases.applyObservation({ eventId: null, purchaseId: held.id, observation: { type: 'payment_authorized', paymentIntentId: `pi_${held.id}` } }));
    const limit = refusal(s.purchases.reserve(null, { offerId: live.seat.id, buyerName: 'Bo', buyerKey: key, question: 'Q' }));
    expect(limit.reason).toEqual({ id: 'error.purchases.seatsPerBuyer', values: { limit: 1, offer: 'Ask me anything' } });
    expect(localizeError(limit, 'fr').message).toBe('Vous pouvez avoir un seul hot seat de «\u00a0Ask me anything\u00a0» à la fois, et c’est déjà le cas');

    value(s.catalog.setShowStatus(live.show.id, 'ended', HOST));
    const notLive = refusal(s.purchases.reserve('friday-qa', { offerId: live.tip.id, buyerName: 'A', buyerKey: buyerKey(), amount: 500 }));
    expect(notLive).toMatchObject({ code: 'show_not_live', message: '‘Friday Q&A’ is not live right now', reason: { id: 'error.purchases.showNotLive', values: { show: 'Friday Q&A' } } });
    expect(localizeError(notLive, 'fr').message).toBe('«\u00a0Friday Q&A\u00a0» n’est pas en direct pour le moment');
  });

  it('a reservation closed while its payment page was opening: where it stands, in the feminine', () => {
    const { purchase } = value(order({ offerId: live.tip.id, amount: 500 }));
    value(s.catalog.setShowStatus(live.show.id, 'ended', HOST));
    const error = refusal(s.purchases.attachCheckoutSession(purchase.id, 'cs_late', 'https://checkout.test/late'));
    expect(error.reason).toEqual({ id: 'error.purchases.reservationClosed', values: { standing: 'expired', by: '' } });
    expect(localizeError(error, 'fr').message).toBe('Cette réservation est expirée\u202f; rien ne vous a été prélevé. Veuillez recommencer.');
  });

  it('a receipt link that opens nothing', () => {
    const error = refusal(s.purchases.receiptByToken('not-a-token'));
    expect(error).toEqual({
      code: 'not_found',
      message: 'This receipt link is not valid. Open the full link from your confirmation.',
      reason: { id: 'error.purchases.receiptNotFound' },
    });
    expect(localizeError(error, 'fr').message).toBe('Ce lien de reçu n’est pas valide. Ouvrez le lien complet de votre confirmation.');
  });
});

describe('the studio’s refusals, worded for the host and moderators', () => {
  function queuedSeat() {
    const { purchase } = value(order({ offerId: live.seat.id, question: 'Q' }));
    value(s.purchases.attachCheckoutSession(purchase.id, `cs_${purchase.id}`, 'https://checkout.test/x'));
    const observation = { type: 'payment_authorized' as const, paymentIntentId: `pi_${purchase.id}` };
    return value(s.purchases.applyObservation({ eventId: null, purchaseId: purchase.id, observation })).purchase;
  }

  it('a seat someone else decided, from the machine and from a stale view', () => {
    const seat = queuedSeat();
    value(s.purchases.decide(seat.id, 'accept', MAYA, seat.version));
    const again = refusal(s.purchases.decide(seat.id, 'accept', LEO));
    expect(again.reason).toEqual({ id: 'error.purchases.seatDecidedBy', values: { decision: 'accepted', who: 'named', by: 'Maya' } });
    expect(localizeError(again, 'fr').message).toBe('Ce hot seat a déjà été accepté par Maya');
    const stale = refusal(s.purchases.decide(seat.id, 'reject', LEO, seat.version));
    expect(stale.message).toBe('This hot seat was already accepted by Maya');
    expect(localizeError(stale, 'fr').message).toBe('Ce hot seat est déjà accepté par Maya');
  });

  it('a refund of a gift, and shipping an order that is not merch', () => {
    const { purchase } = value(order({ offerId: live.gift.id }));
    const gift = refusal(s.purchases.requestRefund(purchase.id, HOST));
    expect(gift.reason).toEqual({ id: 'error.purchases.giftNotRefunded' });
    expect(localizeError(gift, 'fr').message).toContain('Les cadeaux ne se remboursent pas depuis le studio');
    const shipped = refusal(s.purchases.markShipped([purchase.id], null, HOST));
    expect(shipped).toMatchObject({
      code: 'bad_request',
      message: 'Gift ‘Rocket’ for Ada is not a merch order; nothing was marked',
      reason: { id: 'error.purchases.notMerchOrder', values: { kind: 'gift', offer: 'Rocket', buyer: 'Ada' } },
    });
    expect(localizeError(shipped, 'fr').message).toBe('Le cadeau «\u00a0Rocket\u00a0» (Ada) n’est pas une commande de la boutique\u202f; rien n’a été marqué');
  });

  it('an unpaid order cannot be shipped: its standing in the feminine', () => {
    const { purchase } = value(order({ offerId: live.shirt.id, variantId: 'M' }));
    const error = refusal(s.purchases.markShipped([purchase.id], null, HOST));
    expect(error.message).toBe('Order ‘Tour shirt’ for Ada is waiting for payment, so it is not shipped; nothing was marked');
    expect(localizeError(error, 'fr').message).toBe(
      'La commande «\u00a0Tour shirt\u00a0» (Ada) est en attente de paiement et ne peut donc pas être expédiée\u202f; rien n’a été marqué',
    );
  });
});
