import { describe, expect, it } from 'vitest';
import { negotiateLocale } from '../../../src/shared/i18n/locale';
import { createTranslator } from '../../../src/shared/i18n/messages';
import { formatMoney } from '../../../src/shared/money';

describe('choosing a language', () => {
  it('takes the first of the browser’s languages that Hotseat speaks, by primary language', () => {
    expect(negotiateLocale(['fr-CA', 'en-US'])).toBe('fr');
    expect(negotiateLocale(['de-DE', 'fr', 'en'])).toBe('fr');
    expect(negotiateLocale(['EN_gb'])).toBe('en');
    expect(negotiateLocale(['de', 'ja'])).toBe('en');
    expect(negotiateLocale([])).toBe('en');
  });
});

describe('plurals', () => {
  it('counts seats in English: none, one, many', () => {
    const t = createTranslator('en');
    expect([0, 1, 2, 12].map((count) => t('store.offer.seatsLeft', { count }))).toEqual(['All seats taken', 'Last seat!', '2 seats left', '12 seats left']);
  });

  it('counts seats in French, with French numbers', () => {
    const t = createTranslator('fr');
    expect([0, 1, 2, 1200].map((count) => t('store.offer.seatsLeft', { count }))).toEqual([
      'Toutes les places sont prises',
      'Dernière place !',
      '2 places restantes',
      // French groups thousands with a narrow no-break space.
      '1\u202f200 places restantes',
    ]);
  });
});

describe('money', () => {
  it('writes euros and dollars the English way', () => {
    expect(formatMoney(2500, 'eur', 'en')).toBe('€25.00');
    expect(formatMoney(123456, 'usd', 'en')).toBe('$1,234.56');
    expect(formatMoney(500, 'jpy', 'en')).toBe('¥500');
  });

  it('writes them the French way: comma decimals, the symbol after, no-break spaces', () => {
    expect(formatMoney(2500, 'eur', 'fr')).toBe('25,00\u00a0€');
    expect(formatMoney(123456, 'usd', 'fr')).toBe('1\u202f234,56\u00a0$US');
    expect(formatMoney(500, 'jpy', 'fr')).toBe('500\u00a0JPY');
  });
});
