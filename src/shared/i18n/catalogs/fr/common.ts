import type { common as english } from '../en/common';
import type { Translation } from '../translation';

export const common = {
  'common.language': 'Langue',
  'common.loading': 'Chargement…',
  'common.offline.title': 'Vous êtes hors ligne',
  'common.offline.body': 'Vérifiez votre connexion ; cette page reprend d’elle-même dès son retour.',
  'common.retry': 'Réessayer',
  'common.poweredBy': 'Propulsé par Hotseat.',
  'common.kind': '{kind, select, tip {Pourboire} gift {Cadeau} merch {Boutique} hotseat {Hot seat} other {{kind}}}',
  'common.format': '{format, select, qa {Questions-réponses} chat {Discussion} selfie {Selfie} other {{format}}}',
  'common.minutes': '{count, plural, one {# minute} other {# minutes}}',
} as const satisfies Translation<typeof english>;
