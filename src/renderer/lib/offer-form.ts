import { parseMoney } from '../../shared/money';
import type { GiftAnimation, HotSeatFormat, Offer, OfferInput, OfferKind } from '../../shared/offers';
import { minorToDecimalText } from './format';
import { slugify } from './slug';

/**
 * The offer editor's fields as the host types them (text for numbers and money), and the
 * conversion to the contract's OfferInput. Only typing problems are caught here ("12,5x" is not an
 * amount); the rules themselves (minimums, ranges) are the contract's, checked by its zod schema.
 * Error keys are the server's field paths ("offer.price"), so both kinds of error land on the same
 * field in the form.
 */
export interface VariantFields {
  /** Empty for a new variant: derived from the label. Kept once saved, since orders refer to it. */
  id: string;
  label: string;
  stock: string;
}

export interface OfferFields {
  kind: OfferKind;
  title: string;
  description: string;
  minAmount: string;
  maxAmount: string;
  price: string;
  messageMaxLength: string;
  holdMessagesForReview: boolean;
  animation: GiftAnimation;
  variants: VariantFields[];
  /** Comma- or space-separated two-letter codes: "US, CA, GB". */
  shippingCountries: string;
  format: HotSeatFormat;
  minutes: string;
  perShow: string;
  perBuyer: string;
  questionRequired: boolean;
}

export type FieldErrors = Record<string, string>;
export type Conversion = { ok: true; value: OfferInput } | { ok: false; errors: FieldErrors };

const defaultTitles: Record<OfferKind, string> = {
  tip: 'Send a tip',
  gift: 'Send a gift',
  merch: 'Show T-shirt',
  hotseat: 'Hot seat Q&A',
};

export function emptyOfferFields(kind: OfferKind): OfferFields {
  return {
    kind,
    title: defaultTitles[kind],
    description: '',
    minAmount: '1',
    maxAmount: '500',
    price: kind === 'hotseat' ? '25' : kind === 'merch' ? '30' : '5',
    messageMaxLength: kind === 'gift' ? '120' : '200',
    holdMessagesForReview: true,
    animation: 'confetti',
    variants: kind === 'merch' ? [{ id: '', label: 'One size', stock: '10' }] : [],
    shippingCountries: 'US',
    format: 'qa',
    minutes: '3',
    perShow: '10',
    perBuyer: '1',
    questionRequired: false,
  };
}

export function offerToFields(offer: Offer, currency: string): OfferFields {
  const base = { ...emptyOfferFields(offer.kind), title: offer.title, description: offer.description };
  const money = (amount: number) => minorToDecimalText(amount, currency);
  switch (offer.kind) {
    case 'tip':
      return {
        ...base,
        minAmount: money(offer.minAmount),
        maxAmount: money(offer.maxAmount),
        messageMaxLength: String(offer.messageMaxLength),
        holdMessagesForReview: offer.holdMessagesForReview,
      };
    case 'gift':
      return {
        ...base,
        price: money(offer.price),
        animation: offer.animation,
        messageMaxLength: String(offer.messageMaxLength),
        holdMessagesForReview: offer.holdMessagesForReview,
      };
    case 'merch':
      return {
        ...base,
        price: money(offer.price),
        variants: offer.variants.map((v) => ({ id: v.id, label: v.label, stock: String(v.stock) })),
        shippingCountries: offer.shippingCountries.join(', '),
      };
    case 'hotseat':
      return {
        ...base,
        format: offer.format,
        price: money(offer.price),
        minutes: String(offer.minutes),
        perShow: String(offer.perShow),
        perBuyer: String(offer.perBuyer),
        questionRequired: offer.questionRequired,
      };
  }
}

export function fieldsToOfferInput(fields: OfferFields, currency: string): Conversion {
  const errors: FieldErrors = {};
  const money = (key: keyof OfferFields, text: string): number => {
    const value = parseMoney(text, currency);
    if (value === null) errors[`offer.${key}`] = amountHint(currency);
    return value ?? 0;
  };
  const whole = (key: string, text: string): number => {
    const trimmed = text.trim();
    if (!/^\d+$/.test(trimmed)) errors[`offer.${key}`] = 'must be a whole number';
    return Number(trimmed);
  };
  const common = { title: fields.title, description: fields.description };
  let value: OfferInput;
  switch (fields.kind) {
    case 'tip':
      value = {
        kind: 'tip',
        ...common,
        minAmount: money('minAmount', fields.minAmount),
        maxAmount: money('maxAmount', fields.maxAmount),
        messageMaxLength: whole('messageMaxLength', fields.messageMaxLength),
        holdMessagesForReview: fields.holdMessagesForReview,
      };
      break;
    case 'gift':
      value = {
        kind: 'gift',
        ...common,
        price: money('price', fields.price),
        animation: fields.animation,
        messageMaxLength: whole('messageMaxLength', fields.messageMaxLength),
        holdMessagesForReview: fields.holdMessagesForReview,
      };
      break;
    case 'merch':
      value = {
        kind: 'merch',
        ...common,
        price: money('price', fields.price),
        variants: fields.variants.map((variant, index) => ({
          id: variant.id || variantIdFromLabel(variant.label, index),
          label: variant.label,
          stock: whole(`variants.${index}.stock`, variant.stock),
        })),
        shippingCountries: fields.shippingCountries
          .split(/[\s,;]+/)
          .filter((code) => code.length > 0)
          .map((code) => code.toUpperCase()),
      };
      break;
    case 'hotseat':
      value = {
        kind: 'hotseat',
        ...common,
        format: fields.format,
        price: money('price', fields.price),
        minutes: whole('minutes', fields.minutes),
        perShow: whole('perShow', fields.perShow),
        perBuyer: whole('perBuyer', fields.perBuyer),
        questionRequired: fields.questionRequired,
      };
      break;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}

/** "Large (EU 42)" → "large-eu-42": readable in exports, stable once saved. */
export function variantIdFromLabel(label: string, index: number): string {
  return slugify(label, 32) || `variant-${index + 1}`;
}

export function amountHint(currency: string): string {
  return parseMoney('5.50', currency) === null ? 'must be an amount like 500' : 'must be an amount like 5 or 5.50';
}
