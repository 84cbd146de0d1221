import { describe, expect, it } from 'vitest';
import { alreadyDecidedMessage } from '../../../src/renderer/lib/decision-notice';
import { createTranslator } from '../../../src/shared/i18n/messages';
import { PurchaseStatus } from '../../../src/shared/purchases';

/** The editor's and the money areas' messages that carry a rule: English exactly as the studio said it before. */
describe('studio editor and money messages', () => {
  const en = createTranslator('en');
  const fr = createTranslator('fr');

  it('words an already-decided seat as the core does, for every status', () => {
    // The English the studio said before the catalogs (and the core says in its refusal).
    const before: Record<string, string> = {
      pending_payment: 'checkout open', pending_review: 'needs review', accepted: 'accepted', rejected: 'rejected', paid: 'paid', refunded: 'refunded',
      expired: 'expired', cancelled: 'cancelled', on_air: 'on air', completed: 'completed', no_show: 'no-show',
    };
    for (const status of PurchaseStatus.options) {
      for (const decidedBy of [null, 'Maya']) {
        const { id, values } = alreadyDecidedMessage({ buyerName: 'Ada', status, decidedBy });
        const by = (status === 'accepted' || status === 'rejected') && decidedBy ? ` by ${decidedBy}` : '';
        expect(en(id, values)).toBe(`Ada: This hot seat was already ${before[status] ?? ''}${by}`);
      }
    }
    expect(fr('queue.notice.alreadyDecidedBy', { buyer: 'Ada', status: 'rejected', name: 'Maya' })).toBe('Ada\u00a0: ce hot seat a déjà été refusé par Maya');
  });

  it('counts what needs counting', () => {
    expect(en('merch.ship.button', { count: 0 })).toBe('Mark shipped');
    expect(en('merch.ship.button', { count: 3 })).toBe('Mark 3 shipped');
    expect(en('merch.ship.title', { count: 1 })).toBe('Mark this order shipped?');
    expect(en('merch.ship.title', { count: 2 })).toBe('Mark these 2 orders shipped?');
    expect(fr('merch.ship.button', { count: 1 })).toBe('Marquer 1 commande comme expédiée');
    expect(en('feed.toReview', { count: 1 })).toBe('1 message to review');
    expect(en('books.export.saved', { fileName: 'a.csv', rows: 2 })).toBe('Saved a.csv: 2 rows');
    expect(en('editor.offer.summary.merch', { price: '$30.00', variants: 1, stock: 10, countries: 'US, CA' })).toBe('$30.00 · 1 variant · 10 in stock · ships to US, CA');
  });

  it('names an offer form and its typing mistakes as before', () => {
    expect(en('editor.offer.formLabel', { mode: 'new', kind: 'hotseat' })).toBe('New Hot seat offer');
    expect(en('editor.offer.heading', { mode: 'edit', kind: 'hotseat' })).toBe('Edit hot seat offer');
    expect(en('editor.invalid.amount', { decimals: 'some' })).toBe('must be an amount like 5 or 5.50');
    expect(en('editor.invalid.amount', { decimals: 'none' })).toBe('must be an amount like 500');
    expect(fr('editor.invalid.amount', { decimals: 'some' })).toBe('doit être un montant comme 5 ou 5,50');
  });
});
