import type { mail as english } from '../en/mail';
import type { Translation } from '../translation';

export const mail = {
  'mail.footer': '{senderName} · envoyé par Hotseat parce que vous avez fait un achat pendant «\u00a0{showTitle}\u00a0». Gardez cet e-mail\u00a0: ses liens ne sont qu’à vous.',
  'mail.hi': 'Bonjour {buyerName},',
  'mail.openReceipt': 'Ouvrir votre reçu',
  'mail.receipt.subject': 'Votre reçu\u00a0: {offerTitle} pendant {showTitle}',
  'mail.receipt.thanks':
    '{kind, select, tip {Merci pour votre pourboire\u202f!} gift {Merci pour votre cadeau\u202f! Guettez-le à l’écran.} merch {Merci pour votre commande\u202f! Nous vous écrirons de nouveau à son expédition.} other {Votre demande de hot seat est dans la file. Votre carte est seulement pré-autorisée\u00a0: le paiement n’est prélevé qu’après votre passage à l’antenne, jamais si votre demande n’est pas retenue.}}',
  'mail.receipt.what': '{offerTitle} pendant «\u00a0{showTitle}\u00a0».',
  'mail.accepted.subject': 'Demande acceptée\u00a0: votre hot seat pendant {showTitle}',
  'mail.accepted.body': '{senderName} a accepté votre hot seat ({offerTitle}). Ouvrez votre lien privé pour patienter dans la loge\u00a0; nous vous écrirons quand ce sera bientôt votre tour.',
  'mail.accepted.join': 'Rejoindre la loge',
  'mail.accepted.private': 'Ce lien n’est qu’à vous\u00a0: la personne qui l’ouvre prend votre place. Votre reçu l’affiche aussi.',
  'mail.next.subject': 'C’est bientôt à vous sur {showTitle}',
  'mail.next.body': 'C’est à vous\u202f! {senderName} vous appelle pour le hot seat. Rejoignez maintenant, caméra et micro prêts.',
  'mail.next.join': 'Rejoindre maintenant',
  'mail.selfie.subject': 'Votre selfie avec {senderName} est prêt',
  'mail.selfie.body': 'Votre selfie de «\u00a0{showTitle}\u00a0» est prêt\u00a0: téléchargez-le depuis votre reçu.',
  'mail.selfie.get': 'Récupérer votre selfie',
  'mail.shipped.subject': 'Votre commande est expédiée\u00a0: {offerTitle}',
  'mail.shipped.body': 'Votre commande «\u00a0{offerTitle}\u00a0» est en route.',
  'mail.shipped.tracking': 'Numéro de suivi\u00a0: {trackingNumber}',
  'mail.resend.subject': 'Vos reçus de {senderName}',
  'mail.resend.body': 'Vous avez redemandé vos reçus. Les voici, chacun avec un nouveau lien privé\u00a0:',
  'mail.resend.line': '{offerTitle} pendant «\u00a0{showTitle}\u00a0»',
  'mail.resend.notYou': 'Vous n’avez rien demandé\u00a0? Il ne se passe rien tant que personne n’ouvre ces liens\u00a0; vous pouvez ignorer cet e-mail.',
  'mail.resend.footer': '{senderName} · envoyé par Hotseat pour «\u00a0{showTitle}\u00a0».',
} as const satisfies Translation<typeof english>;
