import { parseMoney } from '../../shared/money';
import { describeZodError } from '../../shared/result';
import { CheckoutRequest, type StoreOffer } from '../../shared/store-api';
import { formatMoney, minorToDecimalText } from './format';

/**
 * The store's order form as the viewer fills it in, and the CheckoutRequest it becomes. Checks
 * here only save a round trip; the server checks everything again (prices come from the offer on
 * the server, never from this form). Error keys are the request's field names, like the server's.
 */
export interface OrderFields {
  buyerName: string;
  amount: string;
  message: string;
  question: string;
  variantId: string;
}

export type OrderConversion = { ok: true; value: CheckoutRequest } | { ok: false; errors: Record<string, string> };

export function emptyOrderFields(offer: StoreOffer): OrderFields {
  const firstAvailable = offer.kind === 'merch' ? (offer.variants.find((v) => v.available > 0)?.id ?? '') : '';
  return { buyerName: '', amount: '', message: '', question: '', variantId: firstAvailable };
}

export function buildCheckoutRequest(offer: StoreOffer, fields: OrderFields, currency: string, buyerKey: string): OrderConversion {
  const errors: Record<string, string> = {};
  const request: CheckoutRequest = { offerId: offer.id, buyerName: fields.buyerName, buyerKey };
  const message = fields.message.trim();
  switch (offer.kind) {
    case 'tip': {
      const amount = parseMoney(fields.amount, currency);
      if (fields.amount.trim() === '') errors.amount = 'Enter an amount';
      else if (amount === null) errors.amount = `Enter an amount like ${minorToDecimalText(offer.minAmount, currency)}`;
      else if (amount < offer.minAmount) errors.amount = `The minimum is ${formatMoney(offer.minAmount, currency)}`;
      else if (amount > offer.maxAmount) errors.amount = `The maximum is ${formatMoney(offer.maxAmount, currency)}`;
      if (amount !== null) request.amount = amount;
      if (message) request.message = message;
      if (message.length > offer.messageMaxLength) errors.message = `Keep it to ${offer.messageMaxLength} characters`;
      break;
    }
    case 'gift':
      if (message) request.message = message;
      if (message.length > offer.messageMaxLength) errors.message = `Keep it to ${offer.messageMaxLength} characters`;
      break;
    case 'merch': {
      const variant = offer.variants.find((v) => v.id === fields.variantId);
      if (!variant) errors.variantId = 'Choose a size or variant';
      else if (variant.available <= 0) errors.variantId = 'That one is sold out';
      request.variantId = fields.variantId;
      break;
    }
    case 'hotseat': {
      const question = fields.question.trim();
      if (offer.questionRequired && !question) errors.question = 'Tell the host what you want to ask';
      if (question) request.question = question;
      break;
    }
  }
  const parsed = CheckoutRequest.safeParse(request);
  if (!parsed.success) {
    for (const [key, text] of Object.entries(describeZodError(parsed.error).details)) errors[key] ??= sentence(key, text);
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, value: parsed.data };
}

/** The contract says "is required"; a viewer reads "Your name is required". */
function sentence(key: string, text: string): string {
  const names: Record<string, string> = { buyerName: 'Your name', message: 'Your message', question: 'Your question', amount: 'The amount' };
  return `${names[key] ?? 'This'} ${text}`;
}
