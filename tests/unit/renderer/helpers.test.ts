import { describe, expect, it } from 'vitest';
import { BUYER_KEY_STORAGE, getBuyerKey } from '../../../src/renderer/lib/buyer-key';
import { formatDuration, minorToDecimalText } from '../../../src/renderer/lib/format';
import { HOST_TOKEN_STORAGE, forgetHostToken, resolveHostSession } from '../../../src/renderer/lib/host-session';
import { purchaseStatusTones } from '../../../src/renderer/lib/purchase-status';
import { createTranslator } from '../../../src/shared/i18n/messages';
import { webSocketUrl } from '../../../src/renderer/lib/socket';
import { formErrors } from '../../../src/renderer/lib/field-errors';
import { parseMoney } from '../../../src/shared/money';
import { PurchaseStatus } from '../../../src/shared/purchases';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

describe('minorToDecimalText', () => {
  it('is the inverse of parseMoney', () => {
    for (const [amount, currency] of [[0, 'usd'], [5, 'usd'], [1250, 'usd'], [99_999_999, 'eur'], [500, 'jpy'], [1234, 'kwd']] as const) {
      expect(parseMoney(minorToDecimalText(amount, currency), currency)).toBe(amount);
    }
    expect(minorToDecimalText(5, 'usd')).toBe('0.05');
    expect(minorToDecimalText(500, 'jpy')).toBe('500');
  });
});

describe('formatDuration', () => {
  it('reads like a clock and never goes negative', () => {
    expect(formatDuration(42_000)).toBe('0:42');
    expect(formatDuration(12 * 60_000 + 5_999)).toBe('12:05');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(formatDuration(-5_000)).toBe('0:00');
  });
});

describe('getBuyerKey', () => {
  it('creates a valid key once and keeps returning it', () => {
    const storage = new MemoryStorage();
    let calls = 0;
    const random = (n: number) => {
      calls++;
      return Uint8Array.from({ length: n }, (_, i) => i * 7);
    };
    const key = getBuyerKey(storage, random);
    expect(key).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(storage.items.get(BUYER_KEY_STORAGE)).toBe(key);
    expect(getBuyerKey(storage, random)).toBe(key);
    expect(calls).toBe(1);
  });

  it('replaces a tampered key and survives storage that throws', () => {
    const storage = new MemoryStorage();
    storage.setItem(BUYER_KEY_STORAGE, 'short');
    expect(getBuyerKey(storage, (n) => new Uint8Array(n))).toMatch(/^A{24}$/);
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    expect(getBuyerKey(broken, (n) => new Uint8Array(n).fill(1))).toMatch(/^B{24}$/);
  });
});

describe('resolveHostSession', () => {
  const history = () => {
    const calls: (string | undefined)[] = [];
    return { calls, replaceState: (_data: unknown, _unused: string, url?: string) => void calls.push(url) };
  };

  it('takes the token from the fragment, stores it and wipes it from the address bar', async () => {
    const storage = new MemoryStorage();
    const h = history();
    const href = 'http://127.0.0.1:4870/studio?x=1#token=hsh_abc123';
    const result = await resolveHostSession({ bridge: undefined, location: { href, hash: '#token=hsh_abc123' }, history: h, storage });
    expect(result).toEqual({ ok: true, session: { serverUrl: 'http://127.0.0.1:4870', token: 'hsh_abc123' } });
    expect(h.calls).toEqual(['/studio?x=1']);
    expect(storage.items.get(HOST_TOKEN_STORAGE)).toBe('hsh_abc123');

    // A reload of the same tab has no fragment any more and uses the stored token.
    const again = await resolveHostSession({ bridge: undefined, location: { href: 'http://127.0.0.1:4870/studio', hash: '' }, history: h, storage });
    expect(again).toMatchObject({ ok: true, session: { token: 'hsh_abc123' } });
    forgetHostToken(storage);
    const gone = await resolveHostSession({ bridge: undefined, location: { href: 'http://127.0.0.1:4870/studio', hash: '' }, history: h, storage });
    expect(gone.ok).toBe(false);
  });

  it('prefers the Electron bridge and leaves the address bar alone', async () => {
    const h = history();
    const bridge = { getSession: () => Promise.resolve({ serverUrl: 'http://127.0.0.1:5000', hostToken: 'hsh_fromshell', version: '0.1.0' }) };
    const result = await resolveHostSession({ bridge, location: { href: 'app://studio/#token=other', hash: '#token=other' }, history: h, storage: null });
    expect(result).toEqual({ ok: true, session: { serverUrl: 'http://127.0.0.1:5000', token: 'hsh_fromshell' } });
    expect(h.calls).toEqual([]);
  });
});

describe('webSocketUrl', () => {
  it('follows the page protocol', () => {
    expect(webSocketUrl('http://127.0.0.1:4870/studio')).toBe('ws://127.0.0.1:4870/ws');
    expect(webSocketUrl('https://show.example.com/receipt')).toBe('wss://show.example.com/ws');
  });
});

describe('receipt status words', () => {
  it('say "not charged" for every outcome where nothing was charged, in every language', () => {
    const en = createTranslator('en');
    const fr = createTranslator('fr');
    for (const status of ['rejected', 'expired', 'cancelled', 'no_show'] as const) {
      expect(en('receipt.status', { status })).toContain('not charged');
      expect(fr('receipt.status', { status })).toContain('rien ne vous a été prélevé');
    }
  });

  it('have a tone and words of their own for every status', () => {
    expect(Object.keys(purchaseStatusTones).sort()).toEqual([...PurchaseStatus.options].sort());
    const fr = createTranslator('fr');
    for (const status of PurchaseStatus.options) expect(fr('receipt.status', { status })).not.toBe(status);
  });
});

describe('formErrors', () => {
  it('places field paths on the form and keeps the rest as a general message', () => {
    const error = { code: 'bad_request' as const, message: 'offer.price: too low; showId: unknown', details: { 'offer.price': 'too low', showId: 'unknown' } };
    expect(formErrors(error, 'offer.', ['price', 'title'])).toEqual({ fields: { price: 'too low' }, general: 'showId: unknown' });
  });

  it('shows the message when no field is named', () => {
    expect(formErrors({ code: 'conflict', message: 'Slug already used by another show' }, '', ['slug'])).toEqual({
      fields: {},
      general: 'Slug already used by another show',
    });
    expect(formErrors(null)).toEqual({ fields: {}, general: null });
  });

  it('keeps nested paths under their field', () => {
    const error = { code: 'bad_request' as const, message: 'x', details: { 'offer.variants.1.stock': 'cannot be negative' } };
    expect(formErrors(error, 'offer.', ['variants']).fields).toEqual({ 'variants.1.stock': 'cannot be negative' });
  });
});
