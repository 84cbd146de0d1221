import { describe, expect, it } from 'vitest';
import { prepareAlert } from '../../../src/renderer/compositor/alert-layer';
import { alertFor } from '../../../src/renderer/lib/program-alerts';
import { createTranslator } from '../../../src/shared/i18n/messages';
import { purchase, tipOffer } from '../renderer/fixtures';

/**
 * The words of an alert on stream speak the show's language, whichever layer draws it: the
 * program's canvas (prepareAlert) and the overlay's card share alertFor's amount and size text.
 */
const fr = createTranslator('fr');
const en = createTranslator('en');

describe('alert words in the show’s language', () => {
  it('words a tip in French, money in French format, with a cleaned name in the French word order', () => {
    const paid = purchase({ kind: 'tip', status: 'paid', buyerName: 'Amélie\u202E', amount: 1250, currency: 'eur', offerTitle: 'Pourboire', messageStatus: 'none', message: null });
    const content = alertFor(paid, [tipOffer()], 'fr', fr);
    expect(content?.amountText).toBe('12,50\u00a0€');
    const drawn = prepareAlert({ ...(content ?? never()), image: null }, [], fr);
    expect(drawn.headline).toBe('Amélie a donné 12,50\u00a0€');
    // The same purchase in an English show.
    const english = alertFor(paid, [tipOffer()], 'en', en);
    expect(prepareAlert({ ...(english ?? never()), image: null }, [], en).headline).toBe('Amélie tipped €12.50');
  });

  it('says who bought what in a sale, the size in the show’s language, and someone for a blank name', () => {
    const sold = purchase({ kind: 'merch', status: 'paid', buyerName: '  ', offerTitle: 'T-shirt', variantLabel: 'M', amount: 2500, currency: 'eur' });
    const content = alertFor(sold, [], 'fr', fr) ?? never();
    expect(content.amountText).toBe('Taille M');
    expect(prepareAlert({ ...content, image: null }, [], fr).headline).toBe('Quelqu’un a acheté T-shirt');
    expect(prepareAlert({ ...(alertFor(sold, [], 'en', en) ?? never()), image: null }, [], en).headline).toBe('Someone bought T-shirt');
  });

  it('word-filters the buyer’s name inside the headline in either language', () => {
    const paid = purchase({ kind: 'gift', status: 'paid', buyerName: 'darn fan', offerTitle: 'Couronne', amount: 900, currency: 'eur', messageStatus: 'none', message: null });
    const content = alertFor(paid, [], 'fr', fr) ?? never();
    expect(prepareAlert({ ...content, image: null }, ['darn'], fr).headline).toBe('•••• fan a offert Couronne');
  });
});

function never(): never {
  throw new Error('expected an alert');
}
