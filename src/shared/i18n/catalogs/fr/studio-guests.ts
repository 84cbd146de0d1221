import type { studioGuests as english } from '../en/studio-guests';
import type { Translation } from '../translation';

// No-break spaces: \u00a0 before a colon and inside guillemets, \u202f before ! ? ;
export const studioGuests = {
  // L’onglet Invités
  'guests.loadFailed': 'Impossible de charger les invités',
  'guests.withHost.title': 'À l’antenne et en coulisses',
  'guests.withHost.empty.title': 'Personne avec vous pour l’instant',
  'guests.withHost.empty.body': 'Mettez à l’antenne un invité de la loge, ou faites-le d’abord passer en coulisses pour discuter.',
  'guests.greenRoom.title': 'Loge',
  'guests.greenRoom.empty.title': 'La loge est vide',
  'guests.greenRoom.empty.body': 'Les invités acceptés apparaissent ici avec leur vidéo dès qu’ils ouvrent leur lien pour rejoindre l’émission.',
  'guests.notJoined.title': 'Dans la file — pas encore arrivés',
  'guests.notJoined.empty': 'Tout le monde dans la file est arrivé',
  'guests.ended.summary': 'Passages terminés ({count, number})',
  'guests.hostMedia.on': 'Ne plus envoyer ma caméra aux invités',
  'guests.hostMedia.off': 'Parler aux invités avec ma caméra et mon micro',

  // Inviter gratuitement
  'guests.invite.open': 'Inviter quelqu’un gratuitement',
  'guests.invite.name': 'Nom de l’invité',
  'guests.invite.minutes': 'Minutes',
  'guests.invite.submitting': 'Création du lien…',
  'guests.invite.submit': 'Inviter (gratuit)',
  'guests.invite.link':
    'Lien privé pour <strong>{name}</strong>, affiché cette fois seulement. Envoyez-le-lui\u202f; toute personne qui le détient peut participer à sa place.',
  'guests.invite.copy': 'Copier le lien',

  // La place d’un invité
  'guests.seat.label':
    '{name}, {stage, select, waiting {dans la file} called {appel en cours} backstage {en coulisses} live {à l’antenne} ended {passage terminé} other {{stage}}}',
  'guests.seat.stage':
    '{stage, select, waiting {Dans la file} called {Appel en cours} backstage {En coulisses} live {À l’antenne} ended {Terminé} other {{stage}}}',
  'guests.seat.stageWith':
    '{stage, select, waiting {Dans la file} called {Appel en cours} backstage {En coulisses} live {À l’antenne} ended {Terminé} other {{stage}}} avec {name}',
  'guests.seat.video': 'Vidéo de {name}',
  'guests.seat.over': 'Passage terminé',
  'guests.seat.absent': 'Pas dans la loge',
  'guests.seat.hidden': 'Image masquée',
  'guests.seat.invited': 'Sur invitation',
  'guests.seat.timeLeftLabel': 'Temps restant',
  'guests.seat.time': 'Reste <time>{left}</time> sur {total}{paused, select, yes { · en pause (ni image ni son)} other {}}',
  'guests.seat.call': 'Appeler',
  'guests.seat.backstage': 'En coulisses',
  'guests.seat.greenRoom': 'Retour en loge',
  'guests.seat.putOnAir': 'Mettre à l’antenne',
  'guests.seat.mute': 'Couper le micro',
  'guests.seat.unmute': 'Rétablir le micro',
  'guests.seat.hide': 'Masquer',
  'guests.seat.show': 'Afficher',
  'guests.seat.extend': '+1\u00a0min',
  'guests.seat.end': 'Terminer',
  'guests.seat.reconnect': 'Reconnecter la vidéo',
  'guests.seat.reconnectTitle': 'Couper la connexion vidéo de cet invité et le rappeler',
  'guests.seat.outcome':
    '{outcome, select, served {{paid, select, yes {Terminé — temps d’antenne facturé} other {Terminé}}} dropped {{paid, select, yes {Terminé avant son temps d’antenne — non facturé} other {Terminé avant le passage à l’antenne}}} no_show {Tour manqué — non facturé} other {Annulé — non facturé}}',

  // Selfies
  'selfies.panelTitle': 'Selfie',
  'selfies.section': 'Selfies avec {name}',
  'selfies.count': '{count, plural, =0 {Aucun selfie pour l’instant} one {# selfie sur {max, number}} other {# selfies sur {max, number}}}',
  'selfies.loadFailed': 'Impossible de charger les selfies\u00a0: {reason}',
  'selfies.take': 'Prendre un selfie',
  'selfies.take.countdown': '3 · 2 · 1 sur le programme…',
  'selfies.take.saving': 'Enregistrement du selfie…',
  'selfies.take.title': 'Lance le compte à rebours 3-2-1 sur le programme, puis prend la photo (touche S)',
  'selfies.take.notReady': 'Le programme est encore en train de démarrer. Réessayez dans un instant.',
  'selfies.take.frameNotSentEither': '{problem} (l’image du programme du studio n’a pas pu être envoyée non plus\u00a0: {frameProblem})',
  'selfies.take.saved':
    '{source, select, obs {Selfie enregistré depuis OBS.} other {Selfie enregistré depuis le programme du studio.}} Il figure sur le reçu de l’acheteur.',
  'selfies.thumb.label': 'Selfie {number, number} avec {name}',
  'selfies.thumb.meta': 'nº\u00a0{number, number} · {source, select, obs {depuis OBS} other {depuis le studio}} · {width}×{height}',
  'selfies.thumb.delete': 'Supprimer',
  'selfies.thumb.deleteLabel': 'Supprimer le selfie {number, number} avec {name}',
  'selfies.delete.title': 'Supprimer le selfie {number, number}\u202f?',
  'selfies.delete.confirm': 'Supprimer le selfie',
  'selfies.delete.body': 'Il disparaît aussi du reçu de {name}. Cette action est irréversible.',
} as const satisfies Translation<typeof english>;
