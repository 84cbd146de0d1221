import { describe, expect, it } from 'vitest';
import { DISPUTE_FEE, processingFee } from '../../../src/main/core/payments/rehearsal/fees';

describe('pretend fee schedule', () => {
  it('charges a percentage plus a fixed part per currency', () => {
    expect(processingFee(2500, 'usd')).toBe(73 + 30); // 2.9% of 2500 = 72.5 → 73
    expect(processingFee(2000, 'eur')).toBe(30 + 25);
    expect(processingFee(2000, 'gbp')).toBe(30 + 20);
    expect(processingFee(2000, 'USD')).toBe(58 + 30);
  });

  it('uses the US rate for currencies without a rate of their own', () => {
    expect(processingFee(10_000, 'cad')).toBe(processingFee(10_000, 'usd'));
    expect(processingFee(10_000, 'jpy')).toBe(290 + 30);
  });

  it('rounds half up to a whole minor unit, exactly at the half', () => {
    expect(processingFee(500, 'usd')).toBe(15 + 30); // 14.5 → 15
    expect(processingFee(100, 'eur')).toBe(2 + 25); // 1.5 → 2
    expect(processingFee(1050, 'usd')).toBe(30 + 30); // 30.45 → 30
    expect(processingFee(1, 'usd')).toBe(0 + 30); // 0.029 → 0
  });

  it('has a fixed dispute fee', () => {
    expect(DISPUTE_FEE).toBe(1500);
  });
});
