import { createHash } from 'node:crypto';

/**
 * Stripe's test card numbers and what each one does in test mode
 * (https://docs.stripe.com/testing). Any other valid-looking number is declined the way Stripe
 * declines a real card used in test mode.
 */
export interface CardProfile {
  brand: 'visa' | 'mastercard' | 'amex';
  funding: 'credit' | 'debit';
  country: string;
}

/** What the buyer's bank does after a successful payment with some test cards. */
export interface DisputePlan {
  reason: 'fraudulent' | 'general';
  /** An inquiry asks questions first: no money moves until it escalates. */
  inquiry: boolean;
}

export type CardVerdict =
  | { approved: true; profile: CardProfile; dispute?: DisputePlan }
  | { approved: false; profile: CardProfile; code: string; declineCode: string | null; message: string };

const VISA: CardProfile = { brand: 'visa', funding: 'credit', country: 'US' };

const DECLINED = 'Your card was declined.';

const TEST_CARDS: Record<string, CardVerdict> = {
  '4242424242424242': { approved: true, profile: VISA },
  '4000056655665556': { approved: true, profile: { brand: 'visa', funding: 'debit', country: 'US' } },
  '5555555555554444': { approved: true, profile: { brand: 'mastercard', funding: 'credit', country: 'US' } },
  '378282246310005': { approved: true, profile: { brand: 'amex', funding: 'credit', country: 'US' } },
  '4000000000000259': { approved: true, profile: VISA, dispute: { reason: 'fraudulent', inquiry: false } },
  '4000000000001976': { approved: true, profile: VISA, dispute: { reason: 'general', inquiry: true } },
  '4000000000000002': { approved: false, profile: VISA, code: 'card_declined', declineCode: 'generic_decline', message: DECLINED },
  '4000000000009995': {
    approved: false,
    profile: VISA,
    code: 'card_declined',
    declineCode: 'insufficient_funds',
    message: 'Your card has insufficient funds.',
  },
  '4000000000009987': { approved: false, profile: VISA, code: 'card_declined', declineCode: 'lost_card', message: DECLINED },
  '4000000000009979': { approved: false, profile: VISA, code: 'card_declined', declineCode: 'stolen_card', message: DECLINED },
  '4000000000000069': { approved: false, profile: VISA, code: 'expired_card', declineCode: null, message: 'Your card has expired.' },
  '4000000000000127': {
    approved: false,
    profile: VISA,
    code: 'incorrect_cvc',
    declineCode: null,
    message: "Your card's security code is incorrect.",
  },
  '4000000000000119': {
    approved: false,
    profile: VISA,
    code: 'processing_error',
    declineCode: null,
    message: 'An error occurred while processing your card. Try again in a little bit.',
  },
};

export function normalizeCardNumber(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/** Checkout refuses these before any charge is attempted. */
export function isPlausibleCardNumber(digits: string): boolean {
  return /^\d{13,19}$/.test(digits) && passesLuhn(digits);
}

export function cardVerdict(digits: string): CardVerdict {
  const known = TEST_CARDS[digits];
  if (known) return known;
  return {
    approved: false,
    profile: { ...VISA, brand: brandOf(digits) },
    code: 'card_declined',
    declineCode: 'test_mode_live_card',
    message:
      'Your card was declined. Your request was in test mode, but used a non test card. For a list of valid test cards, visit: https://stripe.com/docs/testing.',
  };
}

/** Stable per card number, like Stripe's `fingerprint`; the number itself is never stored. */
export function cardFingerprint(digits: string): string {
  return createHash('sha256').update(`rehearsal-card:${digits}`).digest('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 16);
}

export function cvcLength(brand: CardProfile['brand']): number {
  return brand === 'amex' ? 4 : 3;
}

function brandOf(digits: string): CardProfile['brand'] {
  if (/^3[47]/.test(digits)) return 'amex';
  if (/^(5[1-5]|2[2-7])/.test(digits)) return 'mastercard';
  return 'visa';
}

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
