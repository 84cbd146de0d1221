import type { studioTeam as english } from '../en/studio-team';
import type { Translation } from '../translation';

// No-break spaces: \u00a0 before a colon and inside guillemets, \u202f before ! ? ;
export const studioTeam = {
  'outbox.banner':
    '<strong>{count, plural, one {Un e-mail à un acheteur n’a pas pu être envoyé.} other {# e-mails aux acheteurs n’ont pas pu être envoyés.}}</strong> {error} Les paiements, la file et les invités n’en sont pas affectés.',
  'outbox.banner.retry': 'Réessayer dans Réglages → E-mail',
  'outbox.label': 'E-mails récents aux acheteurs',
  'outbox.loadFailed': 'Impossible de lire la boîte d’envoi\u00a0: {reason}',
  'outbox.empty': 'Aucun e-mail aux acheteurs pour l’instant.',
  'outbox.column.email': 'E-mail',
  'outbox.column.to': 'Destinataire',
  'outbox.column.state': 'État',
  'outbox.column.actions': 'Actions',
  'outbox.kind':
    '{kind, select, receipt {Reçu} accepted {Acceptée, lien pour rejoindre} next {C’est bientôt à vous} selfie {Selfie prêt} shipped {Expédiée} resend {Reçus renvoyés} other {{kind}}}',
  'outbox.state': '{state, select, pending {Envoi en cours} sent {Envoyé} failed {Échec} skipped {Inutile} other {{state}}}',
  'outbox.state.sentAt': 'Envoyé à {time}',
  'outbox.state.retrying': '{attempt, selectordinal, one {Envoi en cours (#re tentative)} other {Envoi en cours (#e tentative)}}',
  'outbox.retry': 'Réessayer',

  'team.invite.title': 'Inviter un modérateur',
  'team.invite.note':
    'Les modérateurs ouvrent leur lien dans n’importe quel navigateur et partagent votre file\u00a0: ils acceptent ou refusent les hot seats, réorganisent la file, ajoutent des notes, approuvent ou masquent les messages et bloquent des acheteurs pour l’émission. Ils ne voient jamais les e-mails ni les adresses des acheteurs, ni vos réglages ou vos clés, et ne peuvent ni modifier les offres ni rembourser.',
  'team.invite.name.label': 'Nom du modérateur',
  'team.invite.name.hint': 'Affiché dans le journal d’activité, à côté de ses actions.',
  'team.invite.expiry.label': 'Le lien fonctionne pendant',
  'team.invite.expiry.tonight': '{count, plural, one {# heure} other {# heures}} (l’émission de ce soir)',
  'team.invite.expiry.hours': '{count, plural, one {# heure} other {# heures}}',
  'team.invite.expiry.days': '{count, plural, one {# jour} other {# jours}}',
  'team.invite.expiry.weeks': '{count, plural, one {# semaine} other {# semaines}}',
  'team.invite.create': 'Créer un lien d’invitation',
  'team.invite.creating': 'Création…',
  'team.invite.created':
    '<strong>Envoyez ce lien à {name}.</strong> Il n’est affiché que maintenant\u202f; toute personne qui l’a peut modérer jusqu’à son expiration ou jusqu’à ce que vous le révoquiez.',
  'team.invite.copy': 'Copier le lien',
  'team.invite.done': 'Terminé',

  'team.list.title': 'Modérateurs',
  'team.list.loadFailed': 'Impossible de charger les modérateurs',
  'team.list.loading': 'Chargement des modérateurs…',
  'team.list.empty.title': 'Aucun modérateur pour l’instant',
  'team.list.empty.body': 'Créez un lien d’invitation pour partager la file avec une personne de confiance.',
  'team.row.label': 'Modération · {name}',
  'team.row.connected': '{pages, plural, one {En ligne} other {En ligne · # pages}}',
  'team.row.notConnected': 'Hors ligne',
  'team.row.revoked': 'Accès révoqué',
  'team.row.expired': 'Lien expiré',
  'team.row.revokedAt': 'Accès révoqué le <time>{date}</time>',
  'team.row.expiredAt': 'Lien expiré le <time>{date}</time>',
  'team.row.worksUntil': 'Lien valable jusqu’au <time>{date}</time>',
  'team.row.revoke': 'Révoquer',
  'team.revoke.title': 'Révoquer l’accès de {name}\u202f?',
  'team.revoke.confirm': 'Révoquer maintenant',
  'team.revoke.body':
    'Son lien cesse de fonctionner et {connected, select, yes {sa console ouverte est fermée aussitôt} other {toute console ouverte avec ce lien sera refusée}}. Ses actions passées restent dans le journal d’activité.',
} as const satisfies Translation<typeof english>;
