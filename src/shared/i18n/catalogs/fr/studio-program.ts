import type { studioProgram as english } from '../en/studio-program';
import type { Translation } from '../translation';

// No-break spaces: \u00a0 before a colon and inside guillemets, \u202f before ! ? ;
export const studioProgram = {
  // L’onglet Programme
  'program.title': 'Programme',
  'program.obsTitle': 'OBS',
  'program.soundTitle': 'Son',
  'program.feed':
    '{status, select, recording {Flux du programme en direct · {readers, plural, one {# lecteur} other {# lecteurs}}} retrying {Flux du programme interrompu\u00a0: {reason} Nouvelle tentative…} unsupported {Ce navigateur ne sait pas enregistrer de vidéo en WebM\u00a0: OBS ne peut donc pas en recevoir le flux du programme.} connecting {Connexion du flux du programme…} other {Flux du programme en veille\u00a0: il démarre quand OBS le lit}}',
  'program.preview.starting': 'Démarrage du programme…',
  'program.preview.tally': 'PGM',
  'program.preview.size': '{width}×{height} · objectif {fps, number}\u00a0i/s',
  'program.preview.timing':
    '{fps, number, ::.0}\u00a0i/s · rendu {drawAvg, number, ::.0}\u00a0ms (p95 {drawP95, number, ::.0}) · {late, number} en retard',
  'program.layout.group': 'Disposition du programme',
  'program.layout.solo': 'Solo',
  'program.layout.sideBySide': 'Côte à côte',
  'program.layout.pip': 'Incrustation',
  'program.layout.grid': 'Grille',
  'program.layout.spotlight': 'Vedette',
  'program.layout.buttonTitle': '{name} ({key})',
  'program.layout.notSaved': 'La disposition n’a pas été enregistrée\u00a0: {reason}',

  // La caméra de l’hôte
  'program.camera.label': 'Caméra',
  'program.camera.numbered': 'Caméra {number, number}',
  'program.camera.off': 'Couper la caméra',
  'program.camera.starting': 'Démarrage de la caméra…',
  'program.camera.on': 'Allumer ma caméra',
  'program.camera.blocked': 'La caméra a été bloquée. Autorisez la caméra et le micro pour le studio, puis réessayez.',
  'program.camera.gone': 'Cette caméra n’est plus disponible. Choisissez-en une autre.',
  'program.camera.busy': 'Une autre application utilise la caméra. Fermez-la, puis réessayez.',
  'program.camera.failed': 'Impossible de démarrer la caméra ({name}).',
  'program.camera.failedUnknown': 'Impossible de démarrer la caméra (erreur inconnue).',

  // Les emplacements sous l’aperçu
  'program.slots.label': 'Emplacements du programme',
  'program.slots.title': 'Emplacements',
  'program.slots.hint':
    '{count, plural, =0 {Aucun invité à l’antenne} one {Un invité à l’antenne} other {Faites glisser un invité sur un autre emplacement, ou sélectionnez-le et appuyez sur Alt+← / Alt+→}}',
  'program.slots.hostLabel': 'Hôte, toujours en premier',
  'program.slots.host': 'Hôte',
  'program.slots.you': 'Vous',
  'program.slots.tile': '{name}, emplacement {number, number} sur {count, number}{onPicture, select, yes {} other {, hors de l’image dans cette disposition}}',
  'program.slots.roleDescription': 'emplacement d’invité déplaçable',
  'program.slots.video': '{name} sur le programme',
  'program.slots.number': 'Emplacement {number, number}',
  'program.slots.offPicture': 'Hors de l’image',
  'program.slots.solo': 'La disposition Solo ne montre que vous. Choisissez-en une autre pour mettre des invités à l’image.',
  'program.slots.moved': '{name} passe à l’emplacement {number, number} sur {count, number}.',
  'program.slots.movedUnnamed': 'L’invité passe à l’emplacement {number, number} sur {count, number}.',

  // Le partage d’écran
  'program.share.start': 'Partager l’écran',
  'program.share.starting': 'Démarrage du partage…',
  'program.share.stop': 'Arrêter le partage',
  'program.share.sharing':
    '{surface, select, window {Partage d’une fenêtre} browser {Partage d’un onglet du navigateur} screen {Partage de votre écran} other {Partage\u00a0: {name}}}',
  'program.share.title': 'Partager un écran ou une fenêtre',
  'program.share.note': 'Il s’affiche en grand sur le programme, avec vous et vos invités à côté. Tous les spectateurs le voient.',
  'program.share.finding': 'Recherche des écrans et des fenêtres…',
  'program.share.none': 'Aucun écran ni aucune fenêtre ne peut être partagé pour le moment.',
  'program.share.screens': 'Écrans',
  'program.share.windows': 'Fenêtres',
  'program.share.noPreview': 'Pas d’aperçu',
  'program.share.cancel': 'Annuler',
  'program.share.listFailed': 'Impossible d’obtenir la liste des écrans et des fenêtres ({reason}).',
  'program.share.pickFailed': 'Impossible de partager cet écran ou cette fenêtre ({reason}).',
  'program.share.error':
    '{kind, select, blocked {Votre ordinateur a bloqué l’enregistrement de l’écran. Sur Mac\u00a0: Réglages Système → Confidentialité et sécurité → Enregistrement de l’écran et de l’audio du système → autorisez Hotseat (ou ce navigateur), puis réessayez.} nothing {Il n’y a aucun écran ni aucune fenêtre à partager.} busy {Impossible de capturer l’écran\u00a0: une autre application le protège peut-être. Choisissez une autre fenêtre ou un autre écran.} unsupported {Ce navigateur ne peut pas partager d’écran depuis cette page (il faut une version récente de Chrome, Edge ou Firefox, sur une page sécurisée).} other {Le partage d’écran n’a pas pu démarrer ({detail}). Réessayez.}}',

  // Le son
  'program.mixer.noWebAudio': 'Ce navigateur ne sait pas mixer le son (WebAudio)\u00a0: le programme sort sans son.',
  'program.mixer.suspended': 'Le son démarre après votre premier clic sur cette page (les navigateurs le coupent jusque-là).',
  'program.mixer.empty': 'Aucune source sonore pour l’instant\u00a0: allumez votre caméra et votre micro.',
  'program.mixer.host': 'Hôte',
  'program.mixer.screen': 'Écran',
  'program.mixer.volume': 'Volume\u00a0: {name}',
  'program.mixer.mute': 'Couper',
  'program.mixer.unmute': 'Rétablir',
  'program.mixer.noSound': 'pas de son',
  'program.mixer.noMic': 'pas de micro',

  // OBS
  'program.obs.reading': 'Lecture de l’état d’OBS…',
  'program.obs.connection':
    '{state, select, slow {OBS lent à répondre} disabled {OBS désactivé} connecting {OBS\u00a0: connexion…} connected {OBS connecté} reconnecting {OBS\u00a0: reconnexion…} failed {OBS non connecté} other {OBS\u00a0: {state}}}',
  'program.obs.version': 'OBS {obs} · websocket {websocket}',
  'program.obs.path': '{path, select, browser {Page du programme (source navigateur)} other {Flux du programme (source média)}}',
  'program.obs.nextTry': 'Nouvel essai dans {seconds, number}\u00a0s (tentative {attempt, number})',
  'program.obs.tryNow': 'Réessayer maintenant',
  'program.obs.settings': 'Réglages OBS',
  'program.obs.disabled':
    'Le studio ne pilote pas OBS. Activez-le dans Réglages → OBS avec l’adresse et le mot de passe d’OBS (Outils → Paramètres du serveur WebSocket).',
  'program.obs.stream': 'Diffusion',
  'program.obs.streamOn': 'EN DIRECT',
  'program.obs.streamStart': 'Lancer la diffusion',
  'program.obs.record': 'Enregistrement',
  'program.obs.recordOn': 'REC',
  'program.obs.recordStart': 'Lancer l’enregistrement',
  'program.obs.lastRecording': 'Dernier enregistrement\u00a0: {file}',
  'program.obs.stat.fps': 'Images/s en sortie',
  'program.obs.stat.dropped': 'Perdues (rendu)',
  'program.obs.stat.skipped': 'Sautées (encodeur)',
  'program.obs.stat.congestion': 'Congestion',
  'program.obs.stat.disk': 'Disque libre',
  'program.obs.stat.cpu': 'Processeur OBS',
  'program.obs.stat.ratio': '{part, number} ({share, number, ::percent .0})',
  'program.obs.scenes': 'Scènes OBS',
  'program.obs.chapters.unsupported': 'Pas de marqueurs de chapitre\u00a0: il faut OBS 30.2 ou plus récent (obs-websocket 5.5).',
  'program.obs.chapters.added': 'Marqueur de chapitre ajouté\u00a0: {name}',
  'program.obs.chapters.note': 'Un marqueur de chapitre est ajouté à l’enregistrement chaque fois qu’un hot seat passe à l’antenne.',

  // Où vont les alertes
  'program.alerts.overlayInput':
    'Alertes\u00a0: sur leur propre overlay dans OBS («\u00a0Hotseat alerts\u00a0», au-dessus du programme), pas dans l’image du programme.',
  'program.alerts.overlayOnly':
    'Alertes\u00a0: overlay uniquement. Elles ne sont pas dessinées dans le programme\u202f; ajoutez le lien de l’overlay à votre mélangeur.',
  'program.alerts.chosen': 'Alertes\u00a0: dessinées dans l’image du programme (votre choix dans Réglages → Programme).',
  'program.alerts.noBrowserSource':
    'Alertes\u00a0: dessinées dans l’image du programme. Cette version d’OBS n’a pas de source navigateur, il n’y a donc pas d’overlay séparé.',
  'program.alerts.untilOverlay': 'Alertes\u00a0: dessinées dans l’image du programme jusqu’à ce qu’OBS accueille l’overlay des alertes.',
  'program.alerts.note': '{text} <link>Aperçu de l’overlay</link>',
} as const satisfies Translation<typeof english>;
