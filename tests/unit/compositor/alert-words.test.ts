import { describe, expect, it } from 'vitest';
import { alertFor, alertHeadline } from '../../../src/renderer/lib/program-alerts';
import { overlayAlertOf } from '../../../src/renderer/overlay/overlay-alert';
import { createTranslator } from '../../../src/shared/i18n/messages';
import { purchase, tipOffer } from '../renderer/fixtures';

/**
 * The words of an alert on stream speak the show's language, whichever layer draws it: the
 * program's canvas (compositor/alert-layer.ts) and the overlay's card share alertFor's amount and
 * size text and alertHeadline's sentence, over names cleaned and word-filtered the same way.
 */
const fr = createTranslator('fr');
const en = createTranslator('en');

describe('alert words in the show’s language', () => {
  it('words a tip in French, money in French format, the name in the French word order', () => {
    const paid = purchase({ kind: 'tip', status: 'paid', buyerName: 'Amélie', amount: 1250, currency: 'eur', offerTitle: 'Pourboire', messageStatus: 'none', message: null });
    const content = alertFor(paid, [tipOffer()], 'fr', fr) ?? never();
    expect(content.amountText).toBe('12,50\u00a0€');
    expect(alertHeadline(fr, content)).toBe('Amélie a donné 12,50\u00a0€');
    // The same purchase in an English show.
    expect(alertHeadline(en, alertFor(paid, [tipOffer()], 'en', en) ?? never())).toBe('Amélie tipped €12.50');
  });

  it('says who bought what in a sale, the size in the show’s language, and someone for a blank name', () => {
    const sold = purchase({ kind: 'merch', status: 'paid', buyerName: '  ', offerTitle: 'T-shirt', variantLabel: 'M', amount: 2500, currency: 'eur' });
    const content = alertFor(sold, [], 'fr', fr) ?? never();
    expect(content.amountText).toBe('Taille M');
    expect(alertHeadline(fr, overlayAlertOf(content, [], fr))).toBe('Quelqu’un a acheté T-shirt');
    expect(alertHeadline(en, overlayAlertOf(alertFor(sold, [], 'en', en) ?? never(), [], en))).toBe('Someone bought T-shirt');
  });

  it('word-filters the buyer’s name and strips its control characters before it enters the sentence', () => {
    const paid = purchase({ kind: 'gift', status: 'paid', buyerName: 'darn\u202E fan', offerTitle: 'Couronne', amount: 900, currency: 'eur', messageStatus: 'none', message: null });
    const content = alertFor(paid, [], 'fr', fr) ?? never();
    expect(alertHeadline(fr, overlayAlertOf(content, ['darn'], fr))).toBe('•••• fan a offert Couronne');
  });
});

function never(): never {
  throw new Error('expected an alert');
}
