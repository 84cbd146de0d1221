import type { Offer } from '../../../shared/offers';
import { failWith, field, ok, type Result } from '../../../shared/result';
import type { CheckoutRequest } from '../../../shared/store-api';

/** What a viewer's order comes to under the offer's rules, before stock and limits are checked. */
export interface OrderTerms {
  amount: number;
  quantity: number;
  message: string | null;
  question: string | null;
  variant: { id: string; label: string } | null;
}

const blankToNull = (text: string | undefined): string | null => (text && text.length > 0 ? text : null);

/**
 * Prices come from the offer, never from the request: only a tip takes an amount, and it must sit
 * within the creator's range. Each field the offer does not take is refused rather than dropped,
 * so a buyer never pays believing their message or question was sent.
 */
export function checkoutTerms(offer: Offer, request: CheckoutRequest, currency: string): Result<OrderTerms> {
  const message = blankToNull(request.message);
  const question = blankToNull(request.question);
  // Amounts go as minor units: each page writes them in its own money format.
  const money = (amount: number) => ({ amount, currency });

  if (offer.kind !== 'tip' && request.amount !== undefined) {
    return failWith('bad_request', 'error.purchases.priceFixed', { offer: offer.title }, { amount: 'field.purchase.setByCreator' });
  }
  if (offer.kind !== 'hotseat' && question !== null) {
    return failWith('bad_request', 'error.purchases.questionOnlyHotSeats', undefined, { question: 'field.purchase.onlyHotSeats' });
  }
  if ((offer.kind === 'hotseat' || offer.kind === 'merch') && message !== null) {
    return failWith('bad_request', 'error.purchases.messageOnlyTipsGifts', undefined, { message: 'field.purchase.onlyTipsAndGifts' });
  }
  if (offer.kind !== 'merch' && request.variantId !== undefined) {
    return failWith('bad_request', 'error.purchases.noVariants', { offer: offer.title }, { variantId: 'field.purchase.onlyMerch' });
  }

  switch (offer.kind) {
    case 'tip': {
      if (request.amount === undefined) return failWith('bad_request', 'error.purchases.tipAmountMissing', undefined, { amount: 'field.required' });
      if (request.amount < offer.minAmount) {
        const amount = money(offer.minAmount);
        return failWith('bad_request', 'error.purchases.tipMin', { amount }, { amount: field('field.purchase.atLeastAmount', { amount }) });
      }
      if (request.amount > offer.maxAmount) {
        const amount = money(offer.maxAmount);
        return failWith('bad_request', 'error.purchases.tipMax', { amount }, { amount: field('field.purchase.atMostAmount', { amount }) });
      }
      const tooLong = messageTooLong(message, offer.messageMaxLength);
      return tooLong ?? ok({ amount: request.amount, quantity: 1, message, question: null, variant: null });
    }
    case 'gift': {
      const tooLong = messageTooLong(message, offer.messageMaxLength);
      return tooLong ?? ok({ amount: offer.price, quantity: 1, message, question: null, variant: null });
    }
    case 'merch': {
      if (request.variantId === undefined) return failWith('bad_request', 'error.purchases.variantMissing', undefined, { variantId: 'field.required' });
      const variant = offer.variants.find((v) => v.id === request.variantId);
      if (!variant) {
        return failWith('bad_request', 'error.purchases.unknownVariant', { offer: offer.title, variant: request.variantId }, { variantId: 'field.purchase.notAVariant' });
      }
      return ok({ amount: offer.price, quantity: 1, message: null, question: null, variant: { id: variant.id, label: variant.label } });
    }
    case 'hotseat':
      if (offer.questionRequired && question === null) {
        return failWith('bad_request', 'error.purchases.questionMissing', undefined, { question: 'field.required' });
      }
      return ok({ amount: offer.price, quantity: 1, message: null, question, variant: null });
  }
}

function messageTooLong(message: string | null, max: number): Result<never> | null {
  if (message === null || message.length <= max) return null;
  if (max === 0) return failWith('bad_request', 'error.purchases.messageNotTaken', undefined, { message: 'field.purchase.notTakenHere' });
  return failWith('bad_request', 'error.purchases.messageTooLong', { limit: max, length: message.length }, { message: field('field.tooLong', { limit: max }) });
}
