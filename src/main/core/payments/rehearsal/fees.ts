/**
 * The pretend processing fees a rehearsal charges, per currency: a percentage plus a fixed part in
 * minor units, close to Stripe's standard card pricing in the currency's home market, so the
 * creator's books after a rehearsal show realistic fees and net amounts. Not a quote of Stripe's
 * real prices (those depend on the account's country, card origin and contract).
 */
interface FeeRate {
  /** Percentage of the amount, e.g. 2.9 for 2.9%. */
  percent: number;
  /** Fixed part in the currency's minor unit. */
  fixed: number;
}

const FEE_SCHEDULE: Record<string, FeeRate> = {
  usd: { percent: 2.9, fixed: 30 },
  eur: { percent: 1.5, fixed: 25 },
  gbp: { percent: 1.5, fixed: 20 },
};

/** Any other currency: Stripe's US rate, the most common starting point for a new account. */
const DEFAULT_RATE: FeeRate = { percent: 2.9, fixed: 30 };

/** What Stripe charges when a card disputes a payment (US pricing), in the charge's currency. */
export const DISPUTE_FEE = 1500;

export function feeRate(currency: string): FeeRate {
  return FEE_SCHEDULE[currency.toLowerCase()] ?? DEFAULT_RATE;
}

/** The processing fee for a captured amount, rounded half up to a whole minor unit. */
export function processingFee(amount: number, currency: string): number {
  const rate = feeRate(currency);
  // Tenths of a percent as integers: 2.9% of 1050 is exactly 30.45, which floating point would not keep.
  const permille = Math.round(rate.percent * 10);
  const percentPart = Math.floor((amount * permille + 500) / 1000);
  return percentPart + rate.fixed;
}
