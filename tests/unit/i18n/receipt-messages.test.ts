import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/shared/i18n/messages';

/**
 * The receipt's English is what buyers read before translation and what the e2e tests assert:
 * ICU treats an apostrophe as a quote in some places, so the exact strings are pinned here.
 */
describe('receipt messages', () => {
  const en = createTranslator('en');
  const fr = createTranslator('fr');

  it('keep the English the receipt always showed', () => {
    expect(en('receipt.status', { status: 'accepted' })).toBe("Accepted — you're in line");
    expect(en('receipt.status', { status: 'on_air' })).toBe("You're on air");
    expect(en('receipt.status', { status: 'completed' })).toBe('Done — thanks for joining the show!');
    expect(en('receipt.join.title', { onAir: 'yes' })).toBe('You’re on air now');
    expect(en('receipt.join.title', { onAir: 'no' })).toBe('Your join link');
    expect(en('receipt.next.accepted')).toBe("You'll be charged only after your time on air. Keep this page open: your join link appears here.");
    expect(en('receipt.next.noShow')).toBe("You didn't join in time after the host called you, so the hold on your card was released.");
    expect(en('receipt.selfies.title', { count: 0 })).toBe('Your selfies');
    expect(en('receipt.selfies.title', { count: 1 })).toBe('Your selfie');
    expect(en('receipt.live', { status: 'connecting' })).toBe('Reconnecting…');
  });

  it('speak French with its spacing before high punctuation', () => {
    expect(fr('receipt.status', { status: 'completed' })).toBe('Terminé — merci d’avoir participé à l’émission\u202f!');
    expect(fr('receipt.selfies.title', { count: 1 })).toBe('Votre selfie');
    expect(fr('receipt.selfies.title', { count: 2 })).toBe('Vos selfies');
    for (const id of ['receipt.next.accepted', 'receipt.next.noShow'] as const) expect(fr(id)).toMatch(/\u00a0:/);
  });
});
