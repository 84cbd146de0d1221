import type { obsPages as english } from '../en/obs-pages';
import type { Translation } from '../translation';

export const obsPages = {
  'obsPage.connecting': 'Connexion au studio…',
  'obsPage.overlay.noKey': 'Ce lien d’overlay n’a pas de clé. Copiez-le à nouveau depuis le studio (onglet Programme → OBS).',
  'obsPage.overlay.loadFailed': 'Connecté, mais le studio n’a pas pu envoyer les réglages de l’overlay\u00a0: {reason}',
  'obsPage.overlay.inProgram': 'Connecté. Les alertes sont dessinées dans l’image du programme en ce moment (Réglages → Programme → Alertes)\u00a0: cet overlay reste vide et elles ne s’affichent jamais deux fois.',
  'obsPage.overlay.connected': 'Connecté\u00a0: les pourboires, cadeaux et ventes apparaissent ici.',
  'obsPage.overlay.reconnecting': '{seconds, plural, =0 {Studio perdu. Reconnexion…} one {Studio perdu. Reconnexion dans # s…} other {Studio perdu. Reconnexion dans # s…}} (les alertes arrivées entre-temps passeront à son retour)',
  'obsPage.overlay.offline': 'Pas de réseau. L’overlay se reconnecte dès son retour.',
  'obsPage.overlay.refused': 'Le studio a refusé ce lien d’overlay\u00a0: {reason} Copiez à nouveau le lien de l’overlay depuis le studio (onglet Programme → OBS).',
  'obsPage.program.noKey': 'Ce lien de programme n’a pas de clé. Copiez-le à nouveau depuis le studio (onglet Programme).',
  'obsPage.program.waiting': 'En attente du programme du studio…',
} as const satisfies Translation<typeof english>;
