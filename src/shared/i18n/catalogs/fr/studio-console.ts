import type { studioConsole as english } from '../en/studio-console';
import type { Translation } from '../translation';

// No-break spaces: \u00a0 before a colon and inside guillemets, \u202f before ! ? ;
export const studioConsole = {
  'moderator.badge': 'Modération',
  'moderator.rehearsal': 'Répétition — argent fictif',
  'moderator.me': 'Vous êtes <strong>{name}</strong> · accès jusqu’au {expiresAt}',
  'moderator.views.label': 'Vues de la console',
  'moderator.view.queue': 'File et messages',
  'moderator.view.greenroom': 'Loge',
  'moderator.view.activity': 'Activité',
  'moderator.noShow.queue': 'La file apparaîtra ici dès que l’hôte aura préparé une émission.',
  'moderator.noShow.guests': 'Les invités apparaîtront ici dès que l’hôte aura préparé une émission.',

  'moderator.guests.loadFailed': 'Impossible de charger les invités',
  'moderator.greenRoom.loading': 'Chargement de la loge…',
  'moderator.backstage.title': 'En coulisses avec vous',
  'moderator.camera.on': 'Arrêter d’envoyer ma caméra',
  'moderator.camera.off': 'Parler avec ma caméra et mon micro',
  'moderator.backstage.empty.title': 'Personne en coulisses',
  'moderator.backstage.empty.body':
    'Faites venir en coulisses un invité de la loge pour le voir et lui parler avant que l’hôte ne le fasse passer à l’antenne.',
  'moderator.greenRoom.title': 'Loge',
  'moderator.greenRoom.empty.title': 'La loge est vide',
  'moderator.greenRoom.empty.body': 'Les invités acceptés apparaissent ici dès qu’ils ouvrent leur lien d’accès.',
  'moderator.notJoined.title': 'Dans la file — pas encore arrivés',
  'moderator.notJoined.empty': 'Toute la file est arrivée',
  'moderator.onAir.title': 'À l’antenne',

  'moderator.stage':
    '{stage, select, waiting {Dans la file} called {Appel lancé} backstage {En coulisses avec vous} live {À l’antenne} ended {Terminé} other {{stage}}}',
  'moderator.seat.label': '{guestName}, {stage}',
  'moderator.seat.video': 'Vidéo de {guestName}',
  'moderator.seat.onAirWithHost': 'À l’antenne avec l’hôte',
  'moderator.seat.inGreenRoom': 'Dans la loge, l’hôte voit son image en direct — faites venir cette personne en coulisses pour lui parler',
  'moderator.seat.notInGreenRoom': 'Pas dans la loge',
  'moderator.seat.invited': 'Sur invitation',
  'moderator.seat.call': 'Appeler',
  'moderator.seat.bringBackstage': 'Faire venir en coulisses',
  'moderator.seat.backToGreenRoom': 'Terminé — retour en loge',
  'moderator.seat.reconnect': 'Reconnecter la vidéo',
  'moderator.seat.reconnectTitle': 'Couper la connexion vidéo de cette personne et la rappeler',
} as const satisfies Translation<typeof english>;
