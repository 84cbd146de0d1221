import { describe, expect, it } from 'vitest';
import { CATALOGS, createTranslator } from '../../../src/shared/i18n/messages';

/**
 * The studio frame's and the moderator console's English is what the e2e tests find elements by;
 * the messages with plurals, ordinals and selects are pinned here in both languages.
 */
describe('studio shell and console messages', () => {
  const en = createTranslator('en');
  const fr = createTranslator('fr');
  const tags = { strong: (chunks: string[]) => chunks.join(''), code: (chunks: string[]) => chunks.join(''), kbd: (chunks: string[]) => chunks.join('') };

  it('keep the English the studio always showed', () => {
    const paused = (place: number | null) => en('ui.picture.paused', { hasPlace: place ? 'yes' : 'no', place: place ?? 0 });
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23].map(paused)).toEqual(
      ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd'].map((p) => `Picture paused · ${p} in line`),
    );
    expect(paused(null)).toBe('Picture paused');
    expect(en('shell.dispute.title', { count: 1 })).toBe('A buyer disputed a payment.');
    expect(en('shell.dispute.title', { count: 3 })).toBe('3 payments are disputed.');
    expect(
      en('shell.dispute.detail', {
        kind: en('common.kind', { kind: 'tip' }),
        offerTitle: 'Tip jar',
        buyerName: 'Bo',
        amount: '$15.00',
        reason: en('shell.dispute.reason', { reason: 'fraudulent', reasonText: 'fraudulent' }),
        deadline: 'yes',
        respondBy: 'Dec 7, 2025, 1:00 PM',
      }),
    ).toBe('Tip ‘Tip jar’ from Bo, $15.00 (fraudulent): answer it in your Stripe dashboard by Dec 7, 2025, 1:00 PM.');
    expect(en('shell.dispute.reason', { reason: 'some_new_reason', reasonText: 'some new reason' })).toBe('some new reason');
    expect(en('shell.payments.stripe', { hasHint: 'yes', hint: '4242', problem: 'no' })).toBe('Stripe · …4242');
    expect(en('shell.payments.stripe', { hasHint: 'no', hint: '', problem: 'yes' })).toBe('Stripe · problem');
    expect(en('shell.storage.lastFailed', { action: 'queue.accept', since: 'yes', time: '13:05' })).toBe('Last failed: queue.accept, failing since 13:05.');
    expect(en('shell.storage.lastFailed', { action: 'queue.accept', since: 'no', time: '' })).toBe('Last failed: queue.accept.');
    expect(en('ui.media.noPath.body', { state: 'failed', failures: 1 })).toBe('Their network and this one found no way to reach each other. Trying again shortly (1 try so far).');
    expect(en('ui.media.noPath.body', { state: 'failed', failures: 4 })).toMatch(/\(4 tries so far\)\.$/);
    expect(en('ui.media.noPath.body', { state: 'connecting', failures: 4 })).toMatch(/Trying again now…$/);
    expect(en('ui.blocked.title', { count: 1 })).toBe('Blocked for this show (1)');
    expect(en('ui.blocked.by', { blockedBy: 'Maya', time: '13:05', hasReason: 'yes', reason: 'spam' })).toBe('by Maya at 13:05 — spam');
    expect(en('ui.line.moved', { buyerName: 'Eve', place: 1, total: 4 })).toBe('Eve moved to place 1 of 4.');
    expect(en('ui.picture.asked', { hasAsker: 'yes', askedBy: 'Maya' })).toBe('Picture shown on request of Maya');
    expect(en('moderator.me', { ...tags, name: 'Maya', expiresAt: 'Dec 7' } as never)).toBe('You are Maya · access until Dec 7');
    expect(en('moderator.seat.label', { guestName: 'Omar B', stage: en('moderator.stage', { stage: 'backstage' }) })).toBe('Omar B, Backstage with you');
    expect(en('shell.showStatus', { status: 'live' })).toBe('LIVE');
    expect(en('ui.purchaseStatus', { status: 'no_show' })).toBe('No-show');
  });

  it('speak French, with feminine ordinals for the position and its spacing before high punctuation', () => {
    const paused = (place: number) => fr('ui.picture.paused', { hasPlace: 'yes', place });
    expect(paused(1)).toBe('Image en pause · 1re position dans la file');
    expect(paused(3)).toBe('Image en pause · 3e position dans la file');
    expect(fr('shell.dispute.title', { count: 1 })).toBe('Un paiement fait l’objet d’un litige.');
    expect(fr('shell.dispute.title', { count: 2 })).toBe('2 paiements font l’objet d’un litige.');
    expect(fr('shell.show.goLiveTitle', { title: 'Live du jeudi' })).toBe('Passer en direct avec «\u00a0Live du jeudi\u00a0»\u202f?');
    expect(fr('ui.refund.title', { amount: '25,00\u00a0€', buyerName: 'Ana' })).toBe('Rembourser 25,00\u00a0€ à Ana\u202f?');
    expect(fr('ui.media.noPath.body', { state: 'failed', failures: 2 })).toMatch(/\(2 essais jusqu’ici\)\.$/);
    expect(fr('shell.tab.waiting', { count: 2 })).toBe('2 en attente');
    expect(fr('shell.dispute.reason', { reason: 'product_not_received', reasonText: 'product not received' })).toBe('produit non reçu');
    expect(fr('shell.storage.busy.title')).toMatch(/\u00a0:/);
  });

  it('use the typographic apostrophe and no-break spaces in French, never the ASCII ones', () => {
    const mine = Object.entries(CATALOGS.fr).filter(([id]) => /^(shell|ui|moderator|activity)\./.test(id));
    expect(mine.length).toBeGreaterThan(100);
    expect(mine.filter(([, text]) => text.includes("'"))).toEqual([]);
    expect(mine.filter(([, text]) => / [:;!?»]|« /.test(text))).toEqual([]);
  });
});
