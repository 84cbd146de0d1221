import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/shared/i18n/messages';
import { RECEIPT_RESEND_ANSWER } from '../../../src/shared/mail';

/** The store's messages that carry a rule, not only words: English exactly as the page said it before. */
describe('store messages', () => {
  const en = createTranslator('en');
  const fr = createTranslator('fr');

  it('says the studio’s one resend answer word for word in English', () => {
    expect(en('store.resend.sent')).toBe(RECEIPT_RESEND_ANSWER);
  });

  it('names stock in the card and in the form’s options', () => {
    expect(en('store.offer.variantStock', { label: 'M', stock: 'low', count: 2 })).toBe('M: only 2 left');
    expect(en('store.order.variantOption', { label: 'M', stock: 'soldOut', count: 0 })).toBe('M — sold out');
    expect(en('store.order.variantOption', { label: 'M', stock: 'plenty', count: 9 })).toBe('M');
    expect(fr('store.offer.variantStock', { label: 'M', stock: 'plenty', count: 9 })).toBe('M\u00a0: en stock');
  });

  it('counts characters, and those over the limit', () => {
    expect(en('store.order.charCount', { used: '42', limit: '200', over: 0 })).toBe('42 / 200');
    expect(en('store.order.charCount', { used: '203', limit: '200', over: 3 })).toBe('203 / 200 — 3 too many');
    expect(fr('store.order.charCount', { used: '201', limit: '200', over: 1 })).toBe('201 / 200 — 1 caractère de trop');
  });

  it('titles the page with and without a show', () => {
    expect(en('store.documentTitle.noShow')).toBe('Live store · Hotseat');
    expect(en('store.documentTitle', { title: 'Friday' })).toBe('Friday · Live store');
  });
});
