import { describe, expect, it } from 'vitest';
import { createAuthFailures, tooManyWrongTokens } from '../../../src/main/core/server/auth-failures';
import { normalizeAddress } from '../../../src/main/core/server/client-address';
import { localizeError } from '../../../src/shared/i18n/localize-error';

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

  it('says how long to wait, as the connection’s reason, in each language', () => {
    const minutes = tooManyWrongTokens(600);
    expect(minutes).toMatchObject({ code: 'rate_limited', reason: { id: 'error.connection.tooManyWrongLinks', values: { unit: 'minutes', count: 10 } } });
    expect(minutes.message).toMatch(/Try again in 10 minutes\.$/);
    expect(tooManyWrongTokens(42).message).toMatch(/Try again in 42 seconds\.$/);
    expect(localizeError(minutes, 'fr').message).toBe('Trop de tentatives avec des liens non valides sont venues de votre connexion. Réessayez dans 10 minutes.');
    expect(localizeError(tooManyWrongTokens(1), 'fr').message).toMatch(/Réessayez dans 1 seconde\.$/);
  });

  it('treats an IPv4-mapped address as the IPv4 address', () => {
    expect(normalizeAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(normalizeAddress('::1')).toBe('::1');
    expect(normalizeAddress(undefined)).toBe('unknown');
  });
});
