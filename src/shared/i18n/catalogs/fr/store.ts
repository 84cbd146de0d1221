import type { store as english } from '../en/store';
import type { Translation } from '../translation';

// Narrow no-break space before ! ? ; and a no-break space before : and inside « », as French typesetting wants.
export const store = {
  'store.documentTitle': '{title, select, none {Boutique en direct · Hotseat} other {{title} · Boutique en direct}}',
  'store.heading': 'Boutique en direct',
  'store.liveBadge': 'En direct',
  'store.lede': 'Soutenez l’émission — chaque paiement va directement au créateur ou à la créatrice.',
  'store.banner.rehearsal': '<strong>Répétition\u00a0:</strong> cette boutique est en test. Le paiement est fictif et aucun argent réel ne circule.',
  'store.banner.offline': 'Vous êtes hors ligne. La boutique se mettra à jour dès votre retour en ligne.',
  'store.loading': 'Chargement de la boutique…',
  'store.notLive.title': 'L’émission n’est pas en direct pour le moment — revenez bientôt',
  'store.notLive.body': 'La boutique ouvre quand l’émission passe en direct.',
  'store.notLive.checkAgain': 'Vérifier à nouveau',
  'store.error.title': 'Impossible de charger la boutique',
  'store.empty.title': 'Rien à vendre pour l’instant',
  'store.empty.body': 'Aucune offre n’est encore ouverte. Revenez dans un instant.',
  'store.receipts.label': 'Vos reçus',
  'store.footer':
    '{payments, select, rehearsal {Paiement de répétition\u00a0: aucun paiement réel.} other {Les paiements sont traités de façon sécurisée par Stripe.}} Propulsé par Hotseat.',

  'store.offer.kind.tip': 'Pourboire',
  'store.offer.kind.gift': 'Cadeau · s’affiche à l’écran',
  'store.offer.kind.merch': 'Boutique · livré chez vous',
  'store.offer.kind.hotseat': 'Hot seat · {format} · {minutes} min à l’antenne',
  'store.offer.priceFrom': 'à partir de {amount}',
  'store.offer.seatsLeft': '{count, plural, =0 {Toutes les places sont prises} one {Dernière place\u202f!} other {# places restantes}}',
  'store.offer.stock': 'Stock',
  'store.offer.variantStock': '{label}\u00a0: {stock, select, soldOut {épuisé} low {plus que {count}} other {en stock}}',
  'store.offer.soldOut': 'Épuisé',
  'store.offer.cta': '{kind, select, tip {Laisser un pourboire} gift {Offrir ce cadeau} merch {Commander} other {Demander une place}}',

  'store.order.name': 'Votre nom',
  'store.order.nameHint.hotseat': 'Visible par l’animateur et, à l’antenne, par le public.',
  'store.order.nameHint.other': 'Affiché avec votre commande.',
  'store.order.amount': 'Montant ({currency})',
  'store.order.amountHint': 'De {min} à {max}',
  'store.order.message': 'Message (facultatif)',
  'store.order.variant': 'Taille / modèle',
  'store.order.variantOption': '{label}{stock, select, soldOut { — épuisé} low { — plus que {count}} other {}}',
  'store.order.merchNote': 'Votre e-mail et votre adresse de livraison vous seront demandés au paiement. Livraison vers\u00a0: {countries}.',
  'store.order.question': '{required, select, yes {Votre question} other {Votre question (facultatif)}}',
  'store.order.authorizeNote':
    'Votre carte est seulement <strong>autorisée</strong> maintenant. Vous n’êtes débité qu’après votre passage à l’antenne\u202f; si l’animateur ne vous choisit pas, vous ne payez rien.',
  'store.order.submitting': 'Ouverture du paiement sécurisé…',
  'store.order.submit': 'Continuer vers le paiement',
  'store.order.submitWithAmount': 'Continuer vers le paiement · {amount}',
  'store.order.cancel': 'Annuler',
  'store.order.charCount': '{used} / {limit}{over, plural, =0 {} one { — # caractère de trop} other { — # caractères de trop}}',

  'store.invalid.amountMissing': 'Saisissez un montant',
  'store.invalid.amountFormat': 'Saisissez un montant comme {example}',
  'store.invalid.amountMin': 'Le minimum est de {amount}',
  'store.invalid.amountMax': 'Le maximum est de {amount}',
  'store.invalid.messageLength': '{max} caractères au maximum',
  'store.invalid.variantMissing': 'Choisissez une taille ou un modèle',
  'store.invalid.variantSoldOut': 'Ce modèle est épuisé',
  'store.invalid.questionMissing': 'Dites à l’animateur ce que vous voulez demander',
  'store.invalid.required': '{field, select, buyerName {Votre nom est obligatoire} message {Votre message est obligatoire} question {Votre question est obligatoire} amount {Le montant est obligatoire} other {Ce champ est obligatoire}}',
  'store.invalid.tooLong':
    '{field, select, buyerName {Votre nom} message {Votre message} question {Votre question} amount {Le montant} other {Ce champ}}\u00a0: {max} caractères au maximum',
  'store.invalid.other': '{field, select, buyerName {Votre nom n’est pas valide} message {Votre message n’est pas valide} question {Votre question n’est pas valide} amount {Le montant n’est pas valide} other {Ce champ n’est pas valide}}',

  'store.resend.open': 'Reçu perdu\u202f?',
  'store.resend.formLabel': 'Renvoyer mes reçus',
  'store.resend.title': 'Vous avez perdu votre reçu\u202f?',
  'store.resend.intro': 'Saisissez l’adresse e-mail utilisée pour payer et nous vous renverrons les liens de vos reçus.',
  'store.resend.email': 'Adresse e-mail',
  'store.resend.sending': 'Envoi…',
  'store.resend.submit': 'Renvoyer mes reçus',
  'store.resend.sent':
    'Si cette adresse a acheté quelque chose pendant cette émission, les liens de ses reçus sont en route. Consultez votre boîte de réception d’ici quelques minutes.',
} as const satisfies Translation<typeof english>;
