import { describe, expect, it } from 'vitest';
import { BooksRange, ShipOrders } from '../../../src/shared/books';
import { formatDecimal } from '../../../src/shared/money';
import { describeZodError } from '../../../src/shared/result';

const refusal = (input: unknown) => {
  const parsed = BooksRange.safeParse(input);
  return parsed.success ? null : describeZodError(parsed.error).message;
};

describe('a books range', () => {
  it('takes one show, or two instants with their offsets', () => {
    expect(refusal({ scope: 'show', showId: 'shw_abcdefgh12' })).toBeNull();
    expect(refusal({ scope: 'dates', from: '2026-12-01T00:00:00+01:00', to: '2026-12-08T00:00:00+01:00' })).toBeNull();
  });

  it('refuses malformed dates, a range that ends before it starts, and a range of decades, saying which', () => {
    expect(refusal({ scope: 'dates', from: '2026-13-01', to: '2026-12-08T00:00:00Z' })).toMatch(/start date is not a date/);
    expect(refusal({ scope: 'dates', from: '2026-12-01T00:00:00Z', to: 'tomorrow' })).toMatch(/end date is not a date/);
    expect(refusal({ scope: 'dates', from: '2026-12-08T00:00:00Z', to: '2026-12-01T00:00:00Z' })).toMatch(/start date must be before the end date/);
    expect(refusal({ scope: 'dates', from: '1990-01-01T00:00:00Z', to: '2026-12-01T00:00:00Z' })).toMatch(/at most ten years/);
    expect(refusal({ scope: 'show', showId: "x'; DROP TABLE purchases; --" })).toMatch(/not a valid id/);
  });

  it('ships at most 200 orders at once, with a plain tracking number', () => {
    expect(ShipOrders.safeParse({ purchaseIds: [], trackingNumber: null }).success).toBe(false);
    expect(ShipOrders.safeParse({ purchaseIds: ['pur_abcdefgh12'], trackingNumber: '=cmd|"/c calc"!A1' }).success).toBe(false);
    expect(ShipOrders.safeParse({ purchaseIds: ['pur_abcdefgh12'], trackingNumber: ' 1Z 999 AA1 ' })).toMatchObject({ success: true, data: { trackingNumber: '1Z 999 AA1' } });
  });
});

describe('decimals for files', () => {
  it('writes minor units exactly, in the currency’s own precision', () => {
    expect(formatDecimal(1250, 'usd')).toBe('12.50');
    expect(formatDecimal(-5, 'eur')).toBe('-0.05');
    expect(formatDecimal(0, 'usd')).toBe('0.00');
    expect(formatDecimal(500, 'jpy')).toBe('500');
    expect(formatDecimal(1234567, 'kwd')).toBe('1234.567');
  });
});
