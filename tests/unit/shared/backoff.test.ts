import { describe, expect, it } from 'vitest';
import { backoffDelay, reconnectDelay } from '../../../src/shared/backoff';

describe('backoffDelay', () => {
  it('starts at the base, doubles, and stops at the cap', () => {
    const options = { baseMs: 100, maxMs: 1000 };
    expect([1, 2, 3, 4, 5, 9, 1_000].map((n) => backoffDelay(n, options))).toEqual([100, 200, 400, 800, 1000, 1000, 1000]);
  });

  it('treats an attempt below 1 as the first', () => {
    expect(backoffDelay(0, { baseMs: 250, maxMs: 5_000 })).toBe(250);
    expect(backoffDelay(-3, { baseMs: 250, maxMs: 5_000 })).toBe(250);
  });
});

describe('reconnectDelay', () => {
  it('grows exponentially within the cap, with half of it jittered', () => {
    const options = { baseMs: 100, maxMs: 1000 };
    expect([1, 2, 3, 4, 5, 9].map((n) => reconnectDelay(n, options, () => 0))).toEqual([50, 100, 200, 400, 500, 500]);
    expect([1, 2, 5].map((n) => reconnectDelay(n, options, () => 1))).toEqual([100, 200, 1000]);
  });
});
