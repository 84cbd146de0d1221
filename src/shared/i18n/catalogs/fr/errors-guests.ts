import type { errorsGuests as english } from '../en/errors-guests';
import type { Translation } from '../translation';

export const errorsGuests = {
  // Seats, as the host and moderators move them.
  'error.seat.missing': 'Cette place d’invité n’existe pas (ou plus)',
  'error.seat.unknown': 'Cette place n’existe pas',
  'error.seat.vanished': 'La place a disparu',
  'error.seat.purchaseMissing': 'L’achat lié à cette place est introuvable',
  'error.seat.createShowFirst': 'Créez d’abord une émission\u00a0: les invités sont invités à une émission',
  'error.seat.over': 'Le passage de {guest} est terminé',
  'error.seat.overLink': 'Le passage de {guest} est terminé\u202f; son lien ne fonctionne de toute façon plus',
  'error.seat.notHere': '{guest} n’est pas dans la loge pour le moment\u202f; attendez son arrivée',
  'error.seat.alreadyCalled': 'L’appel a déjà été lancé pour {guest}',
  'error.seat.alreadyWithYou': '{guest} est déjà avec vous',
  'error.seat.alreadyBackstage': '{guest} est déjà en coulisses',
  'error.seat.notBackstage': '{guest} n’est pas en coulisses',
  'error.seat.alreadyOnAir': '{guest} est déjà à l’antenne',
  'error.seat.withHost': '{guest} est avec l’hôte\u00a0: son image est toujours en direct',
  'error.seat.tooManyPictures': 'Jusqu’à {limit} images supplémentaires peuvent être affichées à la fois\u00a0: mettez-en une en pause d’abord',
  'error.seat.buyerLinkOnReceipt': 'Le nouveau lien d’un acheteur apparaît sur son reçu\u202f; révoquez plutôt l’ancien',
  'error.seat.moderatorOffAir': '{guest} est à l’antenne\u00a0: seul l’hôte retire un invité de l’antenne',
  'error.seat.backstageFirst': 'Faites d’abord passer l’invité en coulisses pour lui parler',

  // The guest's own page.
  'error.guest.timeOver': 'Votre passage dans cette émission est terminé. Merci d’avoir participé\u202f!',
  'error.guest.enterFirst': 'Entrez d’abord dans la loge',
  'error.guest.seatGone': 'Cette place n’existe plus',
  'error.guest.linkReplaced': 'L’hôte a remplacé ou révoqué ce lien d’accès. Demandez-lui le lien actuel (acheteurs\u00a0: rouvrez votre reçu).',
  'error.guest.linkExpired': 'Ce lien d’accès a expiré. Demandez-en un nouveau à l’hôte.',
  'error.guest.linkRevoked': 'L’hôte a révoqué ce lien d’accès.',
  'error.guest.takenOver': 'Vous avez rejoint l’émission depuis un autre onglet ou appareil, celui-ci a donc été déconnecté. Fermez cet onglet.',

  // Selfies.
  'error.selfie.noSelfieSeat': '{guest} n’a pas de place selfie\u00a0: les selfies sont réservés aux invités qui en ont acheté un',
  'error.selfie.notOnAir': '{guest} n’est pas à l’antenne\u00a0: prenez le selfie pendant son passage au programme',
  'error.selfie.limit': '{guest} a déjà {limit, plural, one {# selfie} other {# selfies}}\u00a0: supprimez-en un pour en prendre un autre',
  'error.selfie.noPicture': 'Aucune image à enregistrer\u00a0: OBS n’est pas connecté et la page du studio n’a envoyé aucune image du programme. Réessayez.',
  'error.selfie.obsFailed': 'OBS n’a pas pu prendre la photo ({problem}).',
  'error.selfie.obsFailedFrameKept': 'OBS n’a pas pu prendre la photo ({problem})\u202f; l’image du programme envoyée par le studio a donc été enregistrée à la place.',
  'error.selfie.obsNotPicture': 'OBS a répondu à la capture d’écran par autre chose qu’une image',
  'error.selfie.tooLarge': 'L’image dépasse {megabytes}\u00a0Mo',
  'error.selfie.notImage': 'L’image n’est ni un PNG ni un JPEG',
  'error.selfie.gone': 'Ce selfie a déjà été supprimé',
  'error.selfie.notOnReceipt': 'Ce selfie ne figure pas sur votre reçu (il a peut-être été supprimé).',
  'error.selfie.frameOriginRefused': 'Cette page n’a pas le droit d’envoyer des images au studio.',
  'error.selfie.frameHostOnly': 'Seul le studio peut envoyer une image du programme.',
  'error.selfie.frameMissing': 'Envoyez l’image dans le corps de la requête, en PNG ou en JPEG.',
  'error.selfie.frameNotCaptured': 'La page du studio n’a pas pu capturer son image du programme.',
  'error.selfie.hostOnly': 'Seul le studio peut ouvrir ceci.',
} as const satisfies Translation<typeof english>;
