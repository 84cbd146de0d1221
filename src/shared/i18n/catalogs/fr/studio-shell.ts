import type { studioShell as english } from '../en/studio-shell';
import type { Translation } from '../translation';

export const studioShell = {
  'shell.opening': 'Ouverture du studio…',
  'shell.noToken.title': 'Ce lien de studio n’a pas de jeton d’accès',
  'shell.refused.title': 'Le studio a refusé cette connexion',
  'shell.refused.body': 'Rouvrez le lien du studio depuis l’application Hotseat (ou l’adresse affichée par le serveur sans interface).',
  'shell.loadFailed.studio': 'Impossible de charger le studio',
  'shell.loadFailed.queue': 'Impossible de charger la file',
  'shell.connecting': 'Connexion au studio…',
  'shell.moderatorBrand': 'Hotseat · Modération',
  'shell.moderatorLink.incomplete': 'Ce lien de modération est incomplet',
  'shell.moderatorAccess.revoked': 'Votre accès de modération a été révoqué',
  'shell.moderatorAccess.expired': 'Votre lien de modération a expiré',
  'shell.moderatorAccess.refused': 'Ce lien de modération ne fonctionne pas',
  'shell.moderatorAccess.nothingLost': 'Rien de ce que vous avez fait jusqu’ici n’est perdu. Vous pouvez fermer cet onglet.',
  'shell.connection.online': 'Connecté',
  'shell.connection.connecting': 'Connexion…',
  'shell.connection.reconnectingIn': 'Reconnexion dans {seconds, number} s…',
  'shell.connection.reconnecting': 'Reconnexion…',
  'shell.connection.offline': 'Hors ligne',
  'shell.connection.refused': 'Refusée',
} as const satisfies Translation<typeof english>;
