import type { studioNetwork as english } from '../en/studio-network';
import type { Translation } from '../translation';

// No-break spaces: \u00a0 before a colon and inside guillemets, \u202f before ! ? ;
export const studioNetwork = {
  'settings.network.title': 'Réseau',
  'settings.network.advanced': 'Avancé\u00a0: adresse d’écoute et proxys',
  'settings.network.bind.label': 'Adresse d’écoute',
  'settings.network.bind.hint': '127.0.0.1 garde le serveur sur cet ordinateur. 0.0.0.0 l’ouvre à votre réseau (nécessaire pour des téléphones sur le même Wi-Fi).',
  'settings.network.proxies.label': 'Adresses des proxys de confiance',
  'settings.network.proxies.hint':
    'Seulement pour un tunnel ou un proxy que vous faites tourner vous-même (J’ai ma propre adresse)\u00a0: l’adresse depuis laquelle il se connecte, par exemple 127.0.0.1. Les spectateurs derrière lui sont alors distingués, chacun avec ses propres limites. Les tunnels du studio n’ont besoin de rien ici.',
  'settings.network.restart.title': 'Redémarrez Hotseat pour écouter sur {address}',
  'settings.network.restart.body': 'D’ici là, le studio écoute sur {address}.',
  'settings.network.save': 'Enregistrer les réglages réseau',

  'settings.network.public.legend': 'Ouvrir au public',
  'settings.network.public.mode': '{mode, select, off {Désactivé\u00a0: cet ordinateur seulement} own_server {Mon propre serveur (tunnel SSH)} ngrok {ngrok} own_url {J’ai ma propre adresse} other {{mode}}}',
  'settings.network.public.modeHint':
    '{mode, select, off {Rien ne sort de cet ordinateur. Parfait pour une répétition en solo.} own_server {Votre serveur (n’importe quel petit VPS Linux) porte l’adresse HTTPS et TURN\u202f; le studio s’y connecte de lui-même, sans redirection de port chez vous.} ngrok {Une adresse ngrok en un clic. Avec l’offre gratuite, le public voit une fois une page d’avertissement\u202f; une offre payante ou votre propre domaine la supprime.} own_url {Vous faites tourner vous-même un proxy inverse ou un tunnel, et saisissez son adresse HTTPS.} other {}}',
  'settings.network.public.ngrokDomain.label': 'Votre domaine ngrok (facultatif)',
  'settings.network.public.ngrokDomain.hint':
    'Un domaine réservé dans votre tableau de bord ngrok (Domains) garde la même adresse pour chaque émission. Vide\u00a0: ngrok en choisit un à chaque fois.',
  'settings.network.public.ownUrl.label': 'Adresse publique',
  'settings.network.public.ownUrl.hint': 'Votre tunnel ou proxy inverse, par exemple https://show.example.com. Les caméras exigent le HTTPS dans le navigateur des invités.',
  'settings.network.public.save': 'Enregistrer',
  'settings.network.public.saveReconnect': 'Enregistrer et reconnecter',
  'settings.network.public.go': 'Ouvrir au public',

  'settings.network.ngrok.label': 'Authtoken ngrok',
  'settings.network.ngrok.replace': 'Remplacer l’authtoken ngrok',
  'settings.network.ngrok.hintSet': 'Un jeton est enregistré (chiffré, plus jamais affiché).',
  'settings.network.ngrok.hintUnset': 'Depuis dashboard.ngrok.com → Your Authtoken. Chiffré par votre système, plus jamais affiché.',
  'settings.network.ngrok.save': 'Enregistrer le jeton',

  'settings.network.own.publicUrl.label': 'Adresse HTTPS publique',
  'settings.network.own.publicUrl.hint': 'L’adresse qu’ouvre le public, servie par Caddy sur votre serveur, par exemple https://show.example.com (son DNS pointe vers le serveur).',
  'settings.network.own.host.label': 'Adresse du serveur',
  'settings.network.own.host.hint': 'Le nom d’hôte ou l’IP auquel le studio se connecte en SSH.',
  'settings.network.own.sshPort': 'Port SSH',
  'settings.network.own.username': 'Utilisateur sur le serveur',
  'settings.network.own.remotePort.label': 'Port du tunnel',
  'settings.network.own.remotePort.hint': 'Caddy redirige ici (boucle locale du serveur uniquement).',
  'settings.network.own.key': 'La clé du studio pour votre serveur',
  'settings.network.own.key.copy': 'Copier la clé',
  'settings.network.own.key.none': 'Elle apparaît une fois «\u00a0Mon propre serveur\u00a0» choisi et enregistré.',
  'settings.network.own.setup':
    'Sur un serveur Debian ou Ubuntu tout neuf, lancez le script d’installation de docs/PUBLIC.md (il installe Caddy pour le HTTPS et coturn pour les invités, et ne laisse que cette clé ouvrir le tunnel)\u00a0:',
  'settings.network.own.setup.copy': 'Copier la commande d’installation',

  'settings.network.status.title': 'Adresse publique',
  'settings.network.status.label':
    '{state, select, off {Désactivée} opening {Connexion…} reconnecting {Reconnexion…} public {Publique} checking {Vérification…} unreachable {Injoignable} other {Non publique}}',
  'settings.network.status.summary':
    '{state, select, off {Les liens ne fonctionnent que sur cet ordinateur\u00a0: le public, les invités et les modérateurs ailleurs ne peuvent pas les ouvrir.} opening {Ouverture du tunnel…} reconnectingPublic {Le tunnel est tombé. Les liens gardent votre adresse publique\u00a0: ils refonctionnent dès son retour.} reconnecting {Le tunnel est tombé. Les liens utilisent l’adresse de cet ordinateur jusqu’à son retour.} public {Joignable depuis Internet. Chaque lien que vous donnez utilise cette adresse.} checking {Le tunnel est ouvert. Vérification depuis l’extérieur que l’adresse atteint ce studio…} unreachable {Les liens utilisent cette adresse, mais elle n’atteint pas le studio en ce moment.} other {Les liens utilisent l’adresse de cet ordinateur jusqu’à ce que ce soit réglé.}}',
  'settings.network.status.retry': 'Nouvel essai {seconds, plural, =0 {maintenant} one {dans # s} other {dans # s}}{again, select, yes { (tentative {attempt, number})} other {}}.',
  'settings.network.status.copy': 'Copier l’adresse',
  'settings.network.status.checked': 'Vérifiée depuis l’extérieur à {time}\u00a0: {reachable, select, yes {elle atteint ce studio} other {elle n’a pas atteint ce studio}}.',
  'settings.network.status.hostKey':
    'Le serveur présente désormais la clé <code>{fingerprint}</code>. Comparez-la avec ce qu’affiche <code>ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub</code> sur le serveur avant de lui faire confiance.',
  'settings.network.status.trusting': 'Validation…',
  'settings.network.status.trust': 'Faire confiance à la nouvelle clé',
  'settings.network.status.reconnecting': 'Reconnexion…',
  'settings.network.status.reconnect': 'Reconnecter maintenant',
  'settings.network.status.checking': 'Vérification…',
  'settings.network.status.check': 'Vérifier depuis l’extérieur',
  'settings.network.status.identity': 'Identité du serveur\u00a0: <code>{fingerprint}</code>',
} as const satisfies Translation<typeof english>;
