import type { activitySaid as english } from '../en/activity-said';
import type { Translation } from '../translation';

const STANDING_FROM =
  '{from, select, pending_payment {en attente de paiement} pending_review {en attente de validation} accepted {accepté} acceptedBy {accepté par {fromBy}} rejected {refusé} rejectedBy {refusé par {fromBy}} paid {payé} refunded {remboursé} refundedBy {remboursé par {fromBy}} expired {expiré} cancelled {annulé} on_air {à l’antenne} completed {terminé} no_show {manqué} other {{from}}}';
const STANDING_TO =
  '{to, select, pending_payment {en attente de paiement} pending_review {en attente de validation} accepted {accepté} acceptedBy {accepté par {toBy}} rejected {refusé} rejectedBy {refusé par {toBy}} paid {payé} refunded {remboursé} refundedBy {remboursé par {toBy}} expired {expiré} cancelled {annulé} on_air {à l’antenne} completed {terminé} no_show {manqué} other {{to}}}';
const PAYMENT = (name: string) =>
  `{${name}, select, none {aucun} authorized {autorisé} captured {encaissé} canceled {annulé} refunded {remboursé} failed {échoué} other {{${name}}}}`;
const GOAL =
  '{action, select, cancel {libérer l’empreinte bancaire de l’acheteur} capture {encaisser le paiement} refund {rembourser le paiement} other {fermer la page de paiement}}';

export const activitySaid = {
  'activity.join.subject': '{subject}\u00a0: {rest}',
  'activity.join.parts': '{first}\u202f; {next}',

  // Sujets
  'activity.said.purchase': '{kind, select, tip {Pourboire} gift {Cadeau} merch {Commande} hotseat {Hot seat} other {{kind}}} «\u00a0{title}\u00a0» pour {buyer}',
  'activity.said.guest': 'Invité {name}',

  // Émissions et offres
  'activity.said.showStatus': '«\u00a0{title}\u00a0» {status, select, live {est en direct} other {est terminée}}',
  'activity.said.purchasesClosed': '{count, plural, one {# achat en cours clos} other {# achats en cours clos}}',
  'activity.said.showCreated': '«\u00a0{title}\u00a0» créée à l’adresse «\u00a0{slug}\u00a0»',
  'activity.said.showUpdated': '«\u00a0{title}\u00a0» modifiée',
  'activity.said.offerCreated':
    '{kind, select, tip {Pourboire} gift {Cadeau} merch {Article} hotseat {Hot seat} other {{kind}}} «\u00a0{title}\u00a0» ajouté à «\u00a0{show}\u00a0»',
  'activity.said.offerUpdated': '{kind, select, tip {Pourboire} gift {Cadeau} merch {Article} hotseat {Hot seat} other {{kind}}} «\u00a0{title}\u00a0» modifié',
  'activity.said.offerSale': '«\u00a0{title}\u00a0» {open, select, yes {mis en vente} other {retiré de la vente}}',

  // L’équipe
  'activity.said.moderatorInvited': 'Modérateur {name} invité pour {hours, plural, one {# heure} other {# heures}}',
  'activity.said.moderatorRevoked': 'Accès du modérateur {name} retiré',

  // La file et la modération
  'activity.said.reordered': 'déplacé à la place {position} sur {count} dans la file',
  'activity.said.note': 'note «\u00a0{text}\u00a0»',
  'activity.said.messageDecided': 'message {decision, select, approved {approuvé} other {refusé}}',
  'activity.said.messageRejectedBlocked': 'message refusé (acheteur bloqué)',
  'activity.said.blocked': '{buyer} bloqué pour cette émission',
  'activity.said.seatsRejected': '{count, plural, one {# hot seat refusé, rien prélevé} other {# hot seats refusés, rien prélevé}}',
  'activity.said.messagesHidden': '{count, plural, one {# message masqué} other {# messages masqués}}',
  'activity.said.unblocked': '{buyer} débloqué pour cette émission',

  // La vie d’un achat
  'activity.said.reserved': 'réservé, en attente de paiement',
  'activity.said.checkoutAttached':
    '{open, select, yes {page de paiement ouverte} other {page de paiement ouverte après la fin de la réservation\u202f; elle est fermée}}',
  'activity.said.standing': `${STANDING_FROM} → ${STANDING_TO}`,
  'activity.said.payment': `paiement ${PAYMENT('from')} → ${PAYMENT('to')}`,
  'activity.said.disputeOpened':
    'litige ouvert ({reason, select, fraudulent {fraude} general {général} duplicate {doublon} product_not_received {produit non reçu} product_unacceptable {produit non conforme} subscription_canceled {abonnement annulé} unrecognized {non reconnu} credit_not_processed {avoir non traité} other {{reasonText}}})\u00a0: répondez-y dans le tableau de bord Stripe',
  'activity.said.disputeStatus':
    'litige {status, select, warning_needs_response {à traiter (demande)} warning_under_review {en cours d’examen (demande)} warning_closed {clos (demande)} needs_response {à traiter} under_review {en cours d’examen} won {gagné} lost {perdu} prevented {évité} other {{statusText}}}',
  'activity.said.moneyAction':
    '{action, select, cancel {libération de l’empreinte bancaire de l’acheteur} capture {encaissement du paiement} refund {remboursement du paiement} other {fermeture de la page de paiement}}',
  'activity.said.messageHiddenBlocked': 'message masqué (acheteur bloqué)',
  'activity.said.balanceRecorded': 'solde Stripe enregistré',
  'activity.said.actionConfirmed': 'opération de paiement confirmée',
  'activity.said.reasonGiven': 'motif\u00a0: {text}',
  'activity.said.because':
    'motif\u00a0: {why, select, blockedBuyer {acheteur bloqué} buyerBlocked {acheteur bloqué pour cette émission} newCheckout {l’acheteur a commencé un nouveau paiement} noPaymentPage {aucune page de paiement n’a été ouverte} checkoutFailed {la page de paiement n’a pas pu être créée} other {{why}}}',
  'activity.said.moneyDone': `${GOAL}\u00a0: fait`,
  'activity.said.moneyFailed': `impossible de ${GOAL} ({message}). Vérifiez ce paiement dans votre tableau de bord Stripe.`,
  'activity.said.shipped': '{changed, select, yes {numéro de suivi modifié} other {expédié}}{hasTracking, select, yes { (suivi {tracking})} other {}}',

  // Les invités
  'activity.said.seatInvited': 'invité pour {minutes}\u00a0min (gratuit)',
  'activity.said.seatMoved':
    '{command, select, call {appelé} backstage {amené en coulisses} greenroom {renvoyé en loge} live {mis à l’antenne} other {terminé}}',
  'activity.said.seatExtended': '{seconds}\u00a0s d’antenne en plus (gratuit)',
  'activity.said.seatFlag': '{flag, select, muted {micro coupé} unmuted {micro rétabli} hidden {masqué} other {de nouveau visible}}',
  'activity.said.seatLink': '{made, select, yes {ancien lien révoqué, nouveau lien créé} other {lien révoqué}}',
  'activity.said.seatEndedBy': 'terminé par {actor, select, host {l’hôte} other {{name}}}',
  'activity.said.seatEndedShow': 'l’émission est terminée',
  'activity.said.seatTimeUp': 'le temps est écoulé',
  'activity.said.seatNoShow': 'ne s’est pas connecté dans les {seconds}\u00a0s après l’appel',
  'activity.said.seatClosed':
    'place fermée (achat {standing, select, pending_payment {en attente de paiement} pending_review {en attente de validation} accepted {accepté} rejected {refusé} paid {payé} refunded {remboursé} expired {expiré} cancelled {annulé} on_air {à l’antenne} completed {terminé} no_show {manqué} other {{standing}}})',
  'activity.said.seatAired':
    '{seconds}\u00a0s à l’antenne ({outcome, select, served {servi} dropped {interrompu} no_show {absent} cancelled {annulé} other {{outcome}}})',
  'activity.said.selfieTaken': 'selfie pris ({source, select, obs {depuis OBS} other {depuis le programme du studio}})',
  'activity.said.selfieDeleted': 'selfie supprimé',
} as const satisfies Translation<typeof english>;
