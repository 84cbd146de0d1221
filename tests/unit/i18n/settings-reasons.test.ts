import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/shared/i18n/messages';

/** The program feed's interruption causes, worded by the catalog in both languages. */
describe('program feed causes', () => {
  it('words each cause, with the browser’s own words where given', () => {
    const en = createTranslator('en');
    const fr = createTranslator('fr');
    expect(en('program.feed.cause', { cause: 'dropped', detail: '' })).toBe('The connection to the studio dropped.');
    expect(fr('program.feed.cause', { cause: 'notHost', detail: '' })).toBe('Le studio n’a pas accepté cette page comme hôte.');
    expect(fr('program.feed.cause', { cause: 'recorderRefused', detail: 'NotSupportedError' })).toBe('Le navigateur a refusé d’enregistrer le programme : NotSupportedError');
    const reason = fr('program.feed.cause', { cause: 'recorderStopped', detail: '' });
    expect(fr('program.feed', { status: 'retrying', readers: 0, reason })).toBe(
      'Flux du programme interrompu\u00a0: Le navigateur a arrêté d’enregistrer le programme. Nouvelle tentative…',
    );
  });
});
