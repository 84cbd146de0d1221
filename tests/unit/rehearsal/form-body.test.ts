import { describe, expect, it } from 'vitest';
import { FormSyntaxError, paramName, parseFormBody } from '../../../src/main/core/payments/rehearsal/form-body';

describe('parseFormBody', () => {
  it('decodes nested keys and indexed arrays the way stripe-node writes them', () => {
    const body =
      'mode=payment&line_items[0][quantity]=2&line_items[0][price_data][currency]=usd&line_items[0][price_data][product_data][name]=T%20shirt%20%26%20cap' +
      '&line_items[1][quantity]=1&metadata[purchase]=pur_1&expand[0]=payment_intent&expand[1]=payment_intent.latest_charge';
    expect(parseFormBody(body)).toEqual({
      mode: 'payment',
      line_items: [
        { quantity: '2', price_data: { currency: 'usd', product_data: { name: 'T shirt & cap' } } },
        { quantity: '1' },
      ],
      metadata: { purchase: 'pur_1' },
      expand: ['payment_intent', 'payment_intent.latest_charge'],
    });
  });

  it('accepts percent-encoded brackets and appending `[]` arrays', () => {
    expect(parseFormBody('types%5B%5D=a&types%5B%5D=b&x%5By%5D=1')).toEqual({ types: ['a', 'b'], x: { y: '1' } });
  });

  it('orders array items by index, not by arrival', () => {
    expect(parseFormBody('a[2]=c&a[0]=a&a[1]=b')).toEqual({ a: ['a', 'b', 'c'] });
  });

  it('keeps an empty value, which Stripe reads as "unset"', () => {
    expect(parseFormBody('description=&x=1')).toEqual({ description: '', x: '1' });
  });

  it('refuses a key that is both a value and a hash, and malformed brackets', () => {
    expect(() => parseFormBody('a=1&a[b]=2')).toThrow(FormSyntaxError);
    expect(() => parseFormBody('a[b]=2&a=1')).toThrow(FormSyntaxError);
    expect(() => parseFormBody('a[b=1')).toThrow(FormSyntaxError);
    expect(() => parseFormBody('a[b]x=1')).toThrow(FormSyntaxError);
    expect(() => parseFormBody(`a${'[b]'.repeat(9)}=1`)).toThrow(/nested too deeply/);
  });

  it('names params the way Stripe does in errors', () => {
    expect(paramName(['line_items', 0, 'price_data', 'currency'])).toBe('line_items[0][price_data][currency]');
    expect(paramName(['mode'])).toBe('mode');
  });
});
