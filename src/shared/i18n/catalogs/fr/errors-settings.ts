import type { errorsSettings as english } from '../en/errors-settings';
import type { Translation } from '../translation';

export const errorsSettings = {
  'error.obs.wrongPassword':
    'OBS a refusé le mot de passe. Copiez-le de nouveau depuis OBS (Outils → Paramètres du serveur WebSocket → Afficher les informations de connexion) dans Réglages → OBS.',
  'error.obs.passwordRequired':
    'OBS demande un mot de passe. Copiez-le depuis OBS (Outils → Paramètres du serveur WebSocket → Afficher les informations de connexion) dans Réglages → OBS.',
  'error.obs.oldProtocol':
    'L’OBS à l’adresse {address} parle une ancienne version du protocole obs-websocket. Passez à OBS Studio 28 ou plus récent (obs-websocket 5 y est intégré).',
  'error.obs.oldRpc': 'OBS parle la version RPC {rpc} d’obs-websocket. Passez à OBS Studio 28 ou plus récent (obs-websocket 5 y est intégré).',
  'error.obs.oldWebsocket':
    'OBS a obs-websocket {version} ; le studio a besoin de la version {needed} ou plus récente. Passez à OBS Studio 28 ou plus récent (obs-websocket 5 y est intégré).',
  'error.obs.unreachable':
    'OBS ne répond pas à l’adresse {address}. Lancez OBS, ou activez son serveur WebSocket : dans OBS, ouvrez Outils → Paramètres du serveur WebSocket, cochez « Activer le serveur WebSocket » et vérifiez le port.',
  'error.obs.noTimelyAnswer': 'OBS à l’adresse {address} n’a pas répondu à temps ({detail}).',
  'error.obs.talkFailed': 'Impossible de dialoguer avec OBS à l’adresse {address} : {detail}.',
  'error.obs.connectionClosed': 'Impossible de dialoguer avec OBS à l’adresse {address} : connexion fermée (code {code}).',
  'error.obs.garbled': 'OBS a répondu à {request} par quelque chose que le studio ne comprend pas.',
  'error.obs.noBrowserSource':
    'Cette version d’OBS n’a pas de source navigateur : la page du programme ne peut donc pas être utilisée. Dans Réglages → OBS, choisissez « Automatique » ou « Flux média ».',
  'error.obs.noMediaSource': 'Cette version d’OBS n’a pas de source média. Dans Réglages → OBS, choisissez « Automatique » ou « Page du programme ».',
  'error.obs.noSources': 'Cette version d’OBS n’a ni source navigateur ni source média : le programme ne peut donc pas y être affiché.',
  'error.obs.closed': 'La connexion à OBS a été perdue (OBS a été fermé ou a planté). Reconnexion…',
  'error.obs.exiting': 'OBS se ferme. Le studio se reconnectera à son retour.',
  'error.obs.lost': 'La connexion à OBS a été perdue ({detail}). Reconnexion…',
  'error.obs.slow':
    'OBS tarde à répondre : aucune réponse à {request} en {seconds} s. Il est peut-être occupé, ou l’ordinateur surchargé ; le studio continue de vérifier.',
  'error.obs.slowCommand':
    'OBS tarde à répondre : il n’a pas pu {action, select, startStream {démarrer le streaming} stopStream {arrêter le streaming} startRecord {démarrer l’enregistrement} stopRecord {arrêter l’enregistrement} screenshot {faire une capture de « {source} »} switchScene {changer de scène} other {faire cela}} en {seconds} s ({request}). Il est peut-être occupé, ou l’ordinateur surchargé ; vérifiez OBS, puis réessayez.',
  'error.obs.commandFailed':
    'OBS n’a pas pu {action, select, startStream {démarrer le streaming} stopStream {arrêter le streaming} startRecord {démarrer l’enregistrement} stopRecord {arrêter l’enregistrement} screenshot {faire une capture de « {source} »} switchScene {changer de scène} other {faire cela}} : {detail}',
  'error.obs.unsettled':
    '{output, select, stream {OBS n’a pas {action, select, start {démarré} other {arrêté}} le streaming en {seconds} s. Vérifiez le service et la clé de stream dans OBS (Paramètres → Stream).} other {OBS n’a pas {action, select, start {démarré} other {arrêté}} l’enregistrement en {seconds} s. Vérifiez le chemin d’enregistrement et l’espace disque libre dans OBS (Paramètres → Sortie).}}',
  'error.obs.notConnected': 'OBS n’est pas connecté. Activez-le dans Réglages → OBS.',
  'error.obs.noScene': 'OBS n’a aucune scène nommée « {scene} ».',
  'error.obs.chapterRefused':
    'OBS n’a pas ajouté le marqueur de chapitre « {name} » : {detail}. Les marqueurs de chapitre demandent le format d’enregistrement MP4 hybride (OBS : Paramètres → Sortie → Enregistrement).',
  'error.turn.noSecret':
    'Des adresses TURN sont renseignées, mais aucun secret partagé : les invités n’ont pas de relais. Saisissez le secret de votre serveur TURN (static-auth-secret).',
  'error.turn.noAddress': 'Un secret partagé TURN est renseigné, mais aucune adresse TURN : ajoutez l’adresse de votre serveur TURN.',
  'error.turn.notSetUp': 'Aucun serveur TURN n’est configuré : ajoutez d’abord son adresse et son secret partagé.',
  'settings.turn.test.refusedDetail': 'Le serveur TURN a refusé les identifiants (vérifiez le secret partagé).',
  'settings.turn.test.noAnswerDetail': 'Aucune réponse du serveur TURN à l’adresse {urls} (vérifiez l’adresse, le port et le pare-feu).',
  'error.public.dns': '{host} ne correspond à aucune adresse (DNS). Faites pointer son enregistrement DNS vers votre serveur.',
  'error.public.timeout': '{url} n’a pas répondu à temps.',
  'error.public.refused': '{host} a refusé la connexion : le proxy inverse tourne-t-il sur le serveur ?',
  'error.public.certificate': 'Le certificat HTTPS de {host} n’est pas reconnu ({code}). Les navigateurs le refuseront aussi.',
  'error.public.unreachable': '{url} est injoignable ({detail}).',
  'error.public.httpStatus':
    '{gateway, select, yes {{url} a répondu {status} au lieu du studio. Le serveur a répondu, mais n’a pas pu joindre le studio par le tunnel : vérifiez le port dans les réglages de son proxy.} other {{url} a répondu {status} au lieu du studio.}}',
  'error.public.notHotseat': '{url} répond, mais pas en tant que studio Hotseat. Vérifiez que l’adresse mène bien à ce studio.',
  'error.public.otherStudio':
    '{url} répond en tant qu’un autre studio Hotseat, pas celui-ci. Vérifiez le port vers lequel votre serveur redirige, et qu’aucun autre studio ne l’utilise.',
  'error.public.addressMissing': 'Saisissez votre adresse publique (https://…) dans Réglages → Réseau.',
  'error.public.serverMissing': 'Renseignez votre serveur (adresse, utilisateur, port) dans Réglages → Réseau.',
  'error.public.sshKeyUnavailable': 'La clé SSH du studio n’est pas disponible : {detail}',
  'error.public.ngrokTokenMissing': 'Collez votre authtoken ngrok dans Réglages → Réseau (dashboard.ngrok.com → Your Authtoken).',
  'error.public.ngrokMissing': 'ngrok n’est pas disponible dans cette version.',
  'error.ssh.forwardRefused':
    '{host} n’a pas voulu ouvrir le port {port} pour le studio ({detail}). Un autre programme ou une ancienne connexion de ce studio l’occupe peut-être encore (il se libère en moins d’une minute), ou sshd n’autorise pas la redirection (AllowTcpForwarding).',
  'error.ssh.dropped': 'La connexion à {where} a été coupée.',
  'error.ssh.droppedWith': 'La connexion à {where} a été coupée ({detail}).',
  'error.ssh.silent': '{where} ne répond plus (la connexion a été perdue).',
  'error.ssh.closedEarly': '{where} a fermé la connexion avant l’ouverture du tunnel.',
  'error.ssh.hostKeyChanged':
    '{host} a présenté une identité différente (clé d’hôte {offered}) de celle à laquelle vous faites confiance ({trusted}). Le studio a refusé de se connecter. Si vous avez réinstallé ou remplacé le serveur, faites confiance à la nouvelle clé dans Réglages → Réseau ; sinon, quelqu’un intercepte peut-être la connexion.',
  'error.ssh.keyRefused':
    '{host} a refusé la clé SSH du studio pour l’utilisateur « {user} ». Ajoutez la clé publique du studio (Réglages → Réseau) à ~{user}/.ssh/authorized_keys sur le serveur, ou vérifiez le nom d’utilisateur.',
  'error.ssh.timeout': '{where} n’a pas répondu à temps. Vérifiez l’adresse, et que le port {port} est ouvert.',
  'error.ssh.dns': 'Le nom de serveur {host} est introuvable (DNS). Vérifiez l’adresse, et la connexion Internet de cet ordinateur.',
  'error.ssh.refused': '{where} a refusé la connexion : sshd y tourne-t-il, à l’écoute sur le port {port} ?',
  'error.ssh.unreachable': '{where} est injoignable ({code}). Vérifiez la connexion Internet de cet ordinateur et le pare-feu du serveur.',
  'error.ssh.badKey': 'La clé SSH du studio est inutilisable : {detail}.',
  'error.ssh.failed': 'La connexion SSH à {where} a échoué : {detail}.',
  'error.ngrok.dropped': 'La connexion à ngrok a été coupée.',
  'error.ngrok.noAddress': 'ngrok a ouvert le tunnel, mais n’a donné aucune adresse.',
  'error.ngrok.authtoken':
    'ngrok a refusé l’authtoken ({code}). Copiez-le de nouveau depuis dashboard.ngrok.com → Your Authtoken et collez-le dans Réglages → Réseau.',
  'error.ngrok.oneAgent':
    'Votre compte ngrok a déjà un agent actif ailleurs ({code}) ; son offre n’en permet qu’un à la fois. Arrêtez l’autre, puis réessayez.',
  'error.ngrok.domain':
    'ngrok refuse de servir {domain} pour ce compte ({code}). Réservez le domaine dans le tableau de bord ngrok (Domains), ou laissez le domaine vide.',
  'error.ngrok.refused': 'ngrok a refusé le tunnel ({code}) : {detail}',
  'error.ngrok.unreachable': 'Impossible de joindre ngrok : {detail}. Vérifiez la connexion Internet de cet ordinateur.',
  'program.feed.cause':
    '{cause, select, notHost {Le studio n’a pas accepté cette page comme hôte.} dropped {La connexion au studio a été coupée.} recorderRefused {Le navigateur a refusé d’enregistrer le programme : {detail}} other {Le navigateur a arrêté d’enregistrer le programme.}}',
} as const satisfies Translation<typeof english>;
