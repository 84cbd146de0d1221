import type { z } from 'zod';
import type { Locale } from '../../shared/i18n/locale';
import type { MessageId } from '../../shared/i18n/messages';
import { formatMoney, parseMoney } from '../../shared/money';
import { CheckoutRequest, type StoreOffer } from '../../shared/store-api';
import { minorToDecimalText } from './format';

/**
 * The store's order form as the viewer fills it in, and the CheckoutRequest it becomes. Checks
 * here only save a round trip; the server checks everything again (prices come from the offer on
 * the server, never from this form). Error keys are the request's field names, like the server's;
 * each error is a catalog message, so the page says it in its own language.
 */
export interface OrderFields {
  buyerName: string;
  amount: string;
  message: string;
  question: string;
  variantId: string;
}

/** A message for the person, said later in the page's language. */
export interface FormMessage {
  id: MessageId;
  values?: Record<string, string | number>;
}

export type OrderErrors = Record<string, FormMessage>;
export type OrderConversion = { ok: true; value: CheckoutRequest } | { ok: false; errors: OrderErrors };

export function emptyOrderFields(offer: StoreOffer): OrderFields {
  const firstAvailable = offer.kind === 'merch' ? (offer.variants.find((v) => v.available > 0)?.id ?? '') : '';
  return { buyerName: '', amount: '', message: '', question: '', variantId: firstAvailable };
}

export function buildCheckoutRequest(offer: StoreOffer, fields: OrderFields, currency: string, buyerKey: string, pageLocale?: Locale): OrderConversion {
  const errors: OrderErrors = {};
  const locale = pageLocale ?? 'en';
  const request: CheckoutRequest = { offerId: offer.id, buyerName: fields.buyerName, buyerKey, ...(pageLocale ? { locale: pageLocale } : {}) };
  const message = fields.message.trim();
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const tooLong = (max: number): FormMessage => ({ id: 'store.invalid.messageLength', values: { max } });
  switch (offer.kind) {
    case 'tip': {
      const amount = parseMoney(typedAmount(fields.amount, locale), currency);
      if (fields.amount.trim() === '') errors.amount = { id: 'store.invalid.amountMissing' };
      else if (amount === null) errors.amount = { id: 'store.invalid.amountFormat', values: { example: exampleAmount(offer.minAmount, currency, locale) } };
      else if (amount < offer.minAmount) errors.amount = { id: 'store.invalid.amountMin', values: { amount: money(offer.minAmount) } };
      else if (amount > offer.maxAmount) errors.amount = { id: 'store.invalid.amountMax', values: { amount: money(offer.maxAmount) } };
      if (amount !== null) request.amount = amount;
      if (message) request.message = message;
      if (message.length > offer.messageMaxLength) errors.message = tooLong(offer.messageMaxLength);
      break;
    }
    case 'gift':
      if (message) request.message = message;
      if (message.length > offer.messageMaxLength) errors.message = tooLong(offer.messageMaxLength);
      break;
    case 'merch': {
      const variant = offer.variants.find((v) => v.id === fields.variantId);
      if (!variant) errors.variantId = { id: 'store.invalid.variantMissing' };
      else if (variant.available <= 0) errors.variantId = { id: 'store.invalid.variantSoldOut' };
      request.variantId = fields.variantId;
      break;
    }
    case 'hotseat': {
      const question = fields.question.trim();
      if (offer.questionRequired && !question) errors.question = { id: 'store.invalid.questionMissing' };
      if (question) request.question = question;
      break;
    }
  }
  const parsed = CheckoutRequest.safeParse(request);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path.length > 0 ? issue.path.join('.') : '(input)';
      errors[key] ??= contractMessage(key, issue);
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, value: parsed.data };
}

/**
 * French writes "12,50": there the comma is the decimal mark (and a dot, if any, groups thousands).
 * parseMoney reads commas as grouping, so a French amount with a comma is turned into "12.50"
 * first; without a comma it is read as typed ("12.50" stays twelve and a half).
 */
function typedAmount(text: string, locale: Locale): string {
  if (locale !== 'fr' || !text.includes(',')) return text;
  return text.replace(/\./g, '').replace(',', '.');
}

function exampleAmount(amount: number, currency: string, locale: Locale): string {
  const text = minorToDecimalText(amount, currency);
  return locale === 'fr' ? text.replace('.', ',') : text;
}

/** The contract's own checks (required, too long, control characters) said for a viewer: "Your name is required". */
function contractMessage(field: string, issue: z.core.$ZodIssue): FormMessage {
  if (issue.code === 'invalid_type' || issue.code === 'too_small') return { id: 'store.invalid.required', values: { field } };
  if (issue.code === 'too_big') return { id: 'store.invalid.tooLong', values: { field, max: Number(issue.maximum) } };
  return { id: 'store.invalid.other', values: { field } };
}
