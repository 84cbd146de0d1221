import { describe, expect, it } from 'vitest';
import { createAuthFailures, tooManyWrongTokens } from '../../../src/main/core/server/auth-failures';
import { normalizeAddress } from '../../../src/main/core/server/client-address';

describe('wrong-token allowance per client', () => {
  it('refuses after max failures in the window, until the oldest leaves it', () => {
    let now = 0;
    const failures = createAuthFailures({ max: 3, windowMs: 60_000 }, () => now);
    expect(failures.failed('a')).toBe(0);
    now = 10_000;
    expect(failures.failed('a')).toBe(0);
    now = 20_000;
    expect(failures.failed('a')).toBe(40); // the first failure (t=0) leaves the window at 60 s
    expect(failures.retryAfterSeconds('a')).toBe(40);
    expect(failures.retryAfterSeconds('b')).toBe(0);
    now = 60_001;
    expect(failures.retryAfterSeconds('a')).toBe(0);
    expect(failures.failed('a')).toBe(10); // t=10 s, 20 s, 60 s: blocked until 70 s
  });

  it('keeps memory bounded: the longest-quiet client is forgotten first', () => {
    const failures = createAuthFailures({ max: 1, windowMs: 60_000 }, () => 0, 100);
    for (let i = 0; i < 1_000; i += 1) failures.failed(`client-${i}`);
    expect(failures.retryAfterSeconds('client-999')).toBeGreaterThan(0);
    expect(failures.retryAfterSeconds('client-0')).toBe(0);
  });

  it('says how long to wait in words', () => {
    expect(tooManyWrongTokens(600)).toMatch(/Try again in 10 minutes\.$/);
    expect(tooManyWrongTokens(42)).toMatch(/Try again in 42 seconds\.$/);
  });

  it('treats an IPv4-mapped address as the IPv4 address', () => {
    expect(normalizeAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(normalizeAddress('::1')).toBe('::1');
    expect(normalizeAddress(undefined)).toBe('unknown');
  });
});
