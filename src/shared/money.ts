import { z } from 'zod';

/**
 * Amounts are integers in the currency's minor unit (cents for USD, yen for JPY), exactly as Stripe
 * takes them, so no float ever touches money.
 */
export const Currency = z
  .string()
  .regex(/^[a-z]{3}$/, 'field.currencyCode')
  .refine((c) => isKnownCurrency(c), 'field.unknownCurrency');
export type Currency = z.infer<typeof Currency>;

export const MinorAmount = z.number().int('field.wholeMinorUnits').nonnegative().max(99_999_999);

function isKnownCurrency(code: string): boolean {
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code.toUpperCase() });
    return Intl.supportedValuesOf('currency').includes(code.toUpperCase());
  } catch {
    return false;
  }
}

/** Digits after the decimal point for a currency (2 for usd, 0 for jpy). */
export function currencyExponent(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency: currency.toUpperCase() }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}

export function formatMoney(amount: number, currency: string, locale = 'en'): string {
  const exp = currencyExponent(currency);
  return new Intl.NumberFormat(locale, { style: 'currency', currency: currency.toUpperCase() }).format(
    amount / 10 ** exp,
  );
}

/** Minor units as a plain decimal in major units ("-12.50" for -1250 usd, "500" for 500 jpy): for files, not people. */
export function formatDecimal(amount: number, currency: string): string {
  const exp = currencyExponent(currency);
  const abs = Math.abs(amount);
  const unit = 10 ** exp;
  const whole = Math.floor(abs / unit);
  const frac = exp === 0 ? '' : `.${String(abs % unit).padStart(exp, '0')}`;
  return `${amount < 0 ? '-' : ''}${whole}${frac}`;
}

/** Parses what a person typed ("5", "5.50", "1,000") into minor units; null when it is not a amount. */
export function parseMoney(text: string, currency: string): number | null {
  const cleaned = text.replace(/[\s,]/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  const exp = currencyExponent(currency);
  const [whole = '0', frac = ''] = cleaned.split('.');
  if (frac.length > exp) return null;
  const minor = Number(whole) * 10 ** exp + Number(frac.padEnd(exp, '0') || '0');
  return Number.isSafeInteger(minor) ? minor : null;
}
