import type { guest as english } from '../en/guest';
import type { Translation } from '../translation';

// No-break spaces: \u00a0 before a colon and inside guillemets, \u202f before ! ? ;
export const guest = {
  'guest.documentTitle': 'Rejoindre l’émission · Hotseat',
  'guest.title': 'Rejoindre l’émission',

  'guest.link.incomplete.title': 'Ce lien d’accès est incomplet',
  'guest.link.incomplete.body': 'Ouvrez le lien complet depuis votre reçu ou l’invitation de l’hôte\u202f; il se termine par <code>#t=…</code>.',
  'guest.unsupported.title': 'Ce navigateur ne permet pas les appels vidéo',
  'guest.unsupported.body':
    'Ouvrez ce lien dans une version récente de Chrome, Edge, Firefox ou Safari (pas dans le navigateur intégré d’une autre application).',
  'guest.replaced.title': 'Vous participez déjà depuis un autre onglet ou appareil',
  'guest.refused.title': 'Impossible de participer avec ce lien',
  'guest.loadFailed.title': 'Impossible d’ouvrir votre place',
  'guest.connecting': 'Connexion au studio…',
  'guest.left.title': 'Vous avez quitté la loge',
  'guest.left.body': 'Votre place est gardée jusqu’à ce que l’hôte y mette fin.',
  'guest.left.rejoin': 'Revenir',

  'guest.check.title': 'Vérifiez votre caméra et votre micro',
  'guest.check.preview': 'Aperçu de votre caméra',
  'guest.check.starting': 'Démarrage de votre caméra…',
  'guest.check.noPicture': 'Pas d’image de la caméra',
  'guest.check.level': 'Niveau du micro — dites quelques mots',
  'guest.check.camera': 'Caméra',
  'guest.check.cameraDefault': 'Caméra par défaut',
  'guest.check.cameraNumbered': 'Caméra {number}',
  'guest.check.microphone': 'Micro',
  'guest.check.microphoneDefault': 'Micro par défaut',
  'guest.check.microphoneNumbered': 'Micro {number}',
  'guest.check.name': 'Votre nom à l’écran',
  'guest.check.nameMissing': 'Saisissez le nom que verra le public',
  'guest.check.nameTooLong': '{max} caractères au maximum',
  'guest.check.join': 'Entrer dans la loge',
  'guest.check.joining': 'Connexion…',
  'guest.level': 'Niveau du micro',

  'guest.media.denied.title': 'La caméra et le micro sont bloqués',
  'guest.media.denied.help':
    'Autorisez la caméra et le micro pour cette page\u00a0: cliquez sur l’icône de caméra dans la barre d’adresse (ou dans les paramètres du site de votre navigateur), choisissez «\u00a0Autoriser\u00a0», puis réessayez.',
  'guest.media.noDevice.title': 'Aucune caméra ni aucun micro trouvés',
  'guest.media.noDevice.help': 'Branchez une caméra et un micro (ou un casque), ou choisissez-en un autre ci-dessous, puis réessayez.',
  'guest.media.busy.title': 'Votre caméra ou votre micro est déjà utilisé',
  'guest.media.busy.help': 'Une autre application (un appel vidéo, OBS, un autre onglet) l’utilise. Fermez-la, puis réessayez.',
  'guest.media.insecure.title': 'Cette page ne peut pas utiliser votre caméra ici',
  'guest.media.insecure.help':
    'Les navigateurs n’autorisent la caméra que sur les pages sécurisées (https). Demandez son lien https à l’hôte.',
  'guest.media.other.title': 'Impossible de démarrer votre caméra et votre micro',
  'guest.media.other.help': 'Réessayez, ou essayez un autre navigateur. ({detail})',

  'guest.room.label': 'Loge',
  'guest.room.you': 'Vous',
  'guest.room.youCaption':
    'Vous{onAir, select, yes { · à l’antenne} other {}}{onlyYou, select, yes { · personne d’autre ne vous voit pour l’instant} other {}}',
  'guest.room.hostVideo': 'L’hôte ou l’équipe de modération',
  'guest.room.hostCaption': 'L’équipe de l’hôte',
  'guest.room.reconnecting.title': 'Reconnexion au studio…',
  'guest.room.reconnecting.body': 'Restez sur cette page\u00a0: vous gardez votre place et votre temps.',
  'guest.room.leave': 'Quitter la loge',

  'guest.noPath.title': 'Votre vidéo n’arrive pas jusqu’au studio',
  'guest.noPath.body':
    'Votre navigateur et le studio n’ont trouvé aucun moyen de se connecter à travers ce réseau\u202f; l’hôte ne peut donc pas encore vous voir ni vous entendre. Vous gardez votre place et votre temps\u202f; cette page continue d’essayer d’elle-même.',
  'guest.noPath.helpsTitle': 'Ce qui peut aider\u00a0:',
  'guest.noPath.otherNetwork':
    'Essayez un autre réseau\u00a0: passez du Wi-Fi du bureau ou de l’école au partage de connexion de votre téléphone ou à votre Wi-Fi personnel.',
  'guest.noPath.vpn': 'Désactivez votre VPN ou votre pare-feu pour cette page, si vous en avez un.',
  'guest.noPath.tellHost':
    'Prévenez l’hôte\u00a0: son studio a peut-être besoin d’un serveur TURN (Réglages → Invités) pour joindre les invités sur des réseaux comme le vôtre.',

  'guest.status.waiting.title': 'Vous êtes dans la loge',
  'guest.status.waiting.place':
    '<strong>{place, selectordinal, one {#re} other {#e}} position</strong> dans la file{estimate, select, known { · {minutes, plural, =0 {moins d’une minute d’attente} one {environ # minute d’attente} other {environ # minutes d’attente}}} other {}}',
  'guest.status.waiting.note': 'Restez sur cette page. L’hôte vous appellera\u202f; vous n’êtes pas encore à l’antenne.',
  'guest.status.called.title': 'L’hôte vous appelle — c’est bientôt à vous\u202f!',
  'guest.status.called.note': 'Préparez-vous\u00a0: vous allez passer en coulisses ou à l’antenne dans un instant.',
  'guest.status.backstage.withHost.title': 'En coulisses avec l’hôte',
  'guest.status.backstage.withHost.note':
    'Vous pouvez parler avec l’hôte dès maintenant. Vous n’êtes <strong>pas à l’antenne</strong>\u00a0: le public ne peut ni vous voir ni vous entendre.',
  'guest.status.backstage.withModerator.title': 'En coulisses avec {name}',
  'guest.status.backstage.withModerator.note':
    'Vous pouvez parler dès maintenant avec {name}, qui modère l’émission. Vous n’êtes <strong>pas à l’antenne</strong>\u00a0: le public ne peut ni vous voir ni vous entendre.',
  'guest.status.live.title': 'Vous êtes À L’ANTENNE',
  'guest.status.live.timeLeft': 'Il reste {time}',
  'guest.status.live.running': 'de temps restant',
  'guest.status.live.paused': 'Votre temps est en pause pendant que votre vidéo se reconnecte.',
  'guest.status.live.wrapUp': 'Il est temps de conclure — dites au revoir.',
  'guest.status.live.muted': 'L’hôte a coupé votre micro à l’antenne.',
  'guest.status.live.hidden': 'L’hôte a masqué votre vidéo à l’antenne pour le moment.',
  'guest.status.picturePaused':
    'L’hôte verra votre image quand vous serez près de la tête de la file. D’ici là, l’image de votre caméra reste sur cette page\u202f; laissez-la allumée, et vous entrerez dès qu’on vous appellera.',

  'guest.selfie.in': 'Selfie dans',
  'guest.selfie.smile': 'Regardez votre caméra et souriez\u202f!',
  'guest.selfie.snap': 'Clic\u202f! Votre selfie sera sur votre reçu.',

  'guest.thanks.title':
    '{outcome, select, served {Merci d’avoir participé à l’émission\u202f!} no_show {Vous avez manqué votre tour} other {Votre passage est terminé}}',
  'guest.thanks.noShow': 'Votre tour est venu, mais vous n’avez pas rejoint l’émission à temps.',
  'guest.thanks.dropped': 'Votre passage s’est terminé avant votre temps à l’antenne.',
  'guest.thanks.cancelled': 'Votre passage a été annulé.',
  'guest.thanks.charged': 'Votre carte a été débitée pour votre temps à l’antenne.',
  'guest.thanks.willBeCharged': 'Votre carte sera débitée pour votre temps à l’antenne.',
  'guest.thanks.notCharged': 'Rien ne vous a été prélevé\u00a0: l’empreinte bancaire sur votre carte est libérée.',
  'guest.thanks.close': 'Vous pouvez fermer cette page.',
} as const satisfies Translation<typeof english>;
