import { describe, expect, it } from 'vitest';
import { currencyExponent, formatMoney, parseMoney } from '../../../src/shared/money';
import { hasControlCharacters } from '../../../src/shared/text';
import { describeZodError } from '../../../src/shared/result';
import { CheckoutRequest } from '../../../src/shared/store-api';

describe('buyer text', () => {
  it.each([
    ['plain name', 'Maya', false],
    ['emoji and accents', 'Zoë 🎸', false],
    ['NUL', 'a\u0000b', true],
    ['escape sequence', '\u001b[31mred', true],
    ['DEL', 'a\u007f', true],
    ['C1 control', 'a\u0085b', true],
    ['right-to-left override', 'evil\u202Etxt.exe', true],
    ['isolate', 'a\u2066b', true],
    ['newline in a name', 'a\nb', true],
  ])('%s', (_label, text, refused) => {
    expect(hasControlCharacters(text)).toBe(refused);
  });

  it('allows line breaks in messages only', () => {
    expect(hasControlCharacters('line one\nline two', { allowNewlines: true })).toBe(false);
    expect(hasControlCharacters('tab\there', { allowNewlines: true })).toBe(true);
  });

  it('names each bad field in a readable error', () => {
    const parsed = CheckoutRequest.safeParse({ offerId: 'off_12345678', buyerName: 'x\u202E', buyerKey: 'short' });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const { message, details } = describeZodError(parsed.error);
    expect(details).toEqual({ buyerName: 'must not contain control characters', buyerKey: 'is not a valid buyer key' });
    expect(message).toContain('buyerName: must not contain control characters');
  });
});

describe('money in minor units', () => {
  it('knows each currency’s decimals', () => {
    expect(currencyExponent('usd')).toBe(2);
    expect(currencyExponent('jpy')).toBe(0);
    expect(currencyExponent('kwd')).toBe(3);
  });

  it.each([
    ['5', 'usd', 500],
    ['5.5', 'usd', 550],
    ['1,000.25', 'usd', 100_025],
    ['500', 'jpy', 500],
    ['5.50', 'jpy', null],
    ['5.555', 'usd', null],
    ['-5', 'usd', null],
    ['abc', 'usd', null],
    ['', 'usd', null],
  ])('parses %j in %s as %j', (text, currency, expected) => {
    expect(parseMoney(text, currency)).toBe(expected);
  });

  it('formats what it parses', () => {
    expect(formatMoney(2500, 'usd')).toBe('$25.00');
    expect(formatMoney(500, 'jpy')).toBe('¥500');
  });
});
