import type { errorsStudio as english } from '../en/errors-studio';
import type { Translation } from '../translation';

export const errorsStudio = {
  // Shows and offers (core/catalog).
  'error.show.missing': 'Cette émission n’existe pas',
  'error.show.endedLocked': 'L’émission «\u00a0{title}\u00a0» est terminée et ne peut plus être modifiée',
  'error.show.slugTaken': 'L’adresse «\u00a0{slug}\u00a0» est déjà utilisée par «\u00a0{title}\u00a0»',
  'field.show.slugTaken': 'est déjà utilisée',
  'error.show.endedGoLive': 'L’émission «\u00a0{title}\u00a0» est terminée\u202f; créez une nouvelle émission pour repasser en direct',
  'error.show.liveToDraft': 'L’émission «\u00a0{title}\u00a0» est en direct\u202f; terminez-la plutôt que de la repasser en brouillon',
  'error.show.draftToEnded': 'L’émission «\u00a0{title}\u00a0» n’est pas encore passée en direct, elle ne peut donc pas se terminer',
  'error.show.otherLive': 'Terminez «\u00a0{live}\u00a0» avant de passer en direct avec «\u00a0{title}\u00a0»',
  'error.show.slugLockedLive': 'L’adresse de la boutique ne peut pas changer pendant le direct\u00a0: le public a déjà le lien',
  'error.show.currencyLocked': 'La devise ne peut plus changer une fois que l’émission a des offres\u00a0: leurs prix sont dans l’ancienne devise',
  'field.show.currencyLocked': 'ne peut plus changer une fois des offres créées',
  'error.offer.missing': 'Cette offre n’existe pas',
  'error.offer.kindLocked':
    'Le type d’une offre ne peut pas changer (celle-ci est {kind, select, tip {un pourboire} gift {un cadeau} merch {un article de boutique} hotseat {un hot seat} other {de type {kind}}})\u202f; créez plutôt une nouvelle offre',
  'field.offer.kindLocked': 'ne peut pas changer',
  'error.offer.stockBelowHeld':
    '{taken, plural, one {# exemplaire de «\u00a0{variant}\u00a0» est déjà vendu ou réservé} other {# exemplaires de «\u00a0{variant}\u00a0» sont déjà vendus ou réservés}}\u202f; son stock ne peut pas descendre sous {taken}',
  'error.offer.seatsBelowHeld':
    '{taken, plural, one {# hot seat est déjà vendu ou réservé} other {# hot seats sont déjà vendus ou réservés}}\u202f; la limite ne peut pas descendre sous {taken}',
  'error.store.noShowHere': 'Aucune émission à cette adresse',
  'error.store.noShowLive': 'Aucune émission n’est en direct pour le moment',
  'error.store.showEnded': 'L’émission «\u00a0{title}\u00a0» est terminée',
  'error.store.showNotStarted': 'L’émission «\u00a0{title}\u00a0» n’a pas encore commencé',

  // The queue console (core/moderation).
  'error.queue.hotSeatMissing': 'Ce hot seat n’existe pas (ou plus)',
  'error.queue.notHotSeat': 'Seuls les hot seats ont une place dans la file et des notes',
  'error.queue.moveNotAccepted':
    'Seules les places acceptées peuvent être déplacées dans la file\u00a0; la place de {buyer} est {status, select, pending_payment {en attente de paiement} pending_review {en attente d’examen} accepted {acceptée{decided, select, yes { par {decidedBy}} other {}}} rejected {refusée{decided, select, yes { par {decidedBy}} other {}}} paid {payée} refunded {remboursée{decided, select, yes { par {decidedBy}} other {}}} expired {expirée} cancelled {annulée} on_air {à l’antenne} completed {terminée} no_show {marquée absente} other {{status}}}',
  'error.queue.beforeItself': 'Une place ne peut pas être placée avant elle-même',
  'error.queue.targetOutOfLine':
    'Impossible de la placer là\u00a0: la place de {buyer} est {status, select, pending_payment {en attente de paiement} pending_review {en attente d’examen} accepted {acceptée{decided, select, yes { par {decidedBy}} other {}}} rejected {refusée{decided, select, yes { par {decidedBy}} other {}}} paid {payée} refunded {remboursée{decided, select, yes { par {decidedBy}} other {}}} expired {expirée} cancelled {annulée} on_air {à l’antenne} completed {terminée} no_show {marquée absente} other {{status}}} et n’est plus dans la file',
  'error.queue.targetMissing': 'Impossible de la placer là\u00a0: cette place n’existe pas et n’est plus dans la file',
  'error.queue.purchaseMissing': 'Cet achat n’existe pas (ou plus)',
  'error.queue.alreadyBlocked': 'Les achats de {buyer} sont déjà bloqués pour cette émission',
  'error.queue.alreadyBlockedBy': 'Les achats de {buyer} sont déjà bloqués pour cette émission (par {blockedBy})',
  'error.queue.notBlocked': 'Cette personne n’est pas (ou plus) bloquée',

  // Moderators' invites and links (core/moderation).
  'error.moderator.inviteMissing': 'Cette invitation de modérateur n’existe pas',
  'error.moderator.alreadyRevoked': 'L’accès de {name} a déjà été révoqué',
  'error.moderator.inviteGone': 'Cette invitation de modérateur n’existe plus. Demandez un nouveau lien à l’hôte.',
  'error.moderator.linkInvalid': 'Ce lien de modérateur n’est pas valide. Vérifiez que vous l’avez copié en entier, ou demandez-en un nouveau à l’hôte.',
  'error.moderator.revoked': 'L’hôte a révoqué votre accès de modérateur. Demandez-lui un nouveau lien s’il s’agit d’une erreur.',
  'error.moderator.expired': 'Votre lien de modérateur a expiré. Demandez-en un nouveau à l’hôte.',

  // Connections the studio turns down or cuts (server/ws-hub, lib/studio-client).
  'error.connection.originRefused': 'Cette page n’est pas autorisée à se connecter au studio.',
  'error.connection.linkInvalid': 'Ce lien n’est pas valide (expiré, révoqué ou mal saisi).',
  'error.connection.tooManyWrongLinks':
    'Trop de tentatives avec des liens non valides sont venues de votre connexion. Réessayez dans {unit, select, minutes {{count, plural, one {# minute} other {# minutes}}} other {{count, plural, one {# seconde} other {# secondes}}}}.',
  'error.connection.unrecognised': 'Le studio n’a pas reconnu ce lien. Ouvrez-le de nouveau depuis le studio.',
  'error.connection.revoked': 'Ce lien a été révoqué par le studio.',
  'error.connection.cannotOpen': 'Impossible de se connecter à {url}\u00a0: {problem}',
} as const satisfies Translation<typeof english>;
