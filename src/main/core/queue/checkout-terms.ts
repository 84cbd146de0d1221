import { formatMoney } from '../../../shared/money';
import type { Offer } from '../../../shared/offers';
import { fail, ok, type Result } from '../../../shared/result';
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
  const money = (amount: number) => formatMoney(amount, currency);

  if (offer.kind !== 'tip' && request.amount !== undefined) {
    return fail('bad_request', `The price of ‘${offer.title}’ is set by the creator; do not send an amount`, {
      amount: 'is set by the creator',
    });
  }
  if (offer.kind !== 'hotseat' && question !== null) {
    return fail('bad_request', 'Only hot seats take a question', { question: 'is only for hot seats' });
  }
  if ((offer.kind === 'hotseat' || offer.kind === 'merch') && message !== null) {
    return fail('bad_request', 'Only tips and gifts carry a message', { message: 'is only for tips and gifts' });
  }
  if (offer.kind !== 'merch' && request.variantId !== undefined) {
    return fail('bad_request', `‘${offer.title}’ has no sizes or variants to choose`, { variantId: 'is only for merch' });
  }

  switch (offer.kind) {
    case 'tip': {
      if (request.amount === undefined) return fail('bad_request', 'Choose an amount to tip', { amount: 'is required' });
      if (request.amount < offer.minAmount) {
        return fail('bad_request', `The minimum tip is ${money(offer.minAmount)}`, { amount: `must be at least ${money(offer.minAmount)}` });
      }
      if (request.amount > offer.maxAmount) {
        return fail('bad_request', `The maximum tip is ${money(offer.maxAmount)}`, { amount: `must be at most ${money(offer.maxAmount)}` });
      }
      const tooLong = messageTooLong(message, offer.messageMaxLength);
      return tooLong ?? ok({ amount: request.amount, quantity: 1, message, question: null, variant: null });
    }
    case 'gift': {
      const tooLong = messageTooLong(message, offer.messageMaxLength);
      return tooLong ?? ok({ amount: offer.price, quantity: 1, message, question: null, variant: null });
    }
    case 'merch': {
      if (request.variantId === undefined) return fail('bad_request', 'Choose a size or variant', { variantId: 'is required' });
      const variant = offer.variants.find((v) => v.id === request.variantId);
      if (!variant) {
        return fail('bad_request', `‘${offer.title}’ has no variant “${request.variantId}”`, { variantId: 'is not one of this item' });
      }
      return ok({ amount: offer.price, quantity: 1, message: null, question: null, variant: { id: variant.id, label: variant.label } });
    }
    case 'hotseat':
      if (offer.questionRequired && question === null) {
        return fail('bad_request', 'Write the question you want to ask on air', { question: 'is required' });
      }
      return ok({ amount: offer.price, quantity: 1, message: null, question, variant: null });
  }
}

function messageTooLong(message: string | null, max: number): Result<never> | null {
  if (message === null || message.length <= max) return null;
  if (max === 0) return fail('bad_request', 'This offer does not take a message', { message: 'is not taken here' });
  return fail('bad_request', `Messages can be at most ${max} characters (yours has ${message.length})`, {
    message: `must be at most ${max} characters`,
  });
}
