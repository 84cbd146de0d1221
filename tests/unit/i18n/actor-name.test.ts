import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../src/shared/i18n/messages';
import { actorName } from '../../../src/renderer/lib/actor-name';

describe('actorName', () => {
  const fr = createIntl({ locale: 'fr', messages: CATALOGS.fr });
  const en = createIntl({ locale: 'en', messages: CATALOGS.en });

  it('says the core’s fixed names in the studio’s language', () => {
    expect(['Host', 'Checkout', 'Stripe', 'Seat timer', 'Block list'].map((name) => actorName(fr, name))).toEqual(['Hôte', 'Paiement', 'Stripe', 'Minuteur de passage', 'Liste de blocage']);
    expect(actorName(en, 'Seat timer')).toBe('Seat timer');
  });

  it('shows a person’s name as they gave it', () => {
    expect(actorName(fr, 'Maya')).toBe('Maya');
    expect(actorName(fr, 'host')).toBe('host');
  });
});
