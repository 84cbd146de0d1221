import type { errorsPurchases as english } from '../en/errors-purchases';
import type { Translation } from '../translation';

export const errorsPurchases = {
  'error.purchases.noLiveShow': 'Aucune émission n’est en direct pour le moment',
  'error.purchases.noShowHere': 'Il n’y a pas d’émission à cette adresse',
  'error.purchases.showNotLive': '«\u00a0{show}\u00a0» n’est pas en direct pour le moment',
  'error.purchases.offerNotInShow': 'Cette offre ne fait pas partie de «\u00a0{show}\u00a0»',
  'error.purchases.offerUnavailable': '«\u00a0{offer}\u00a0» n’est pas disponible pour le moment',
  'error.purchases.buyerBlocked': 'L’équipe de l’hôte a bloqué vos achats pour «\u00a0{show}\u00a0». Rien ne vous a été prélevé.',
  'error.purchases.variantSoldOut': '{variant}\u00a0: épuisé',
  'error.purchases.variantFewLeft': '{variant}\u00a0: plus que {left} en stock',
  'error.purchases.hotSeatsTaken': '{total, plural, one {Le seul hot seat de «\u00a0{offer}\u00a0» est pris} other {Les # hot seats de «\u00a0{offer}\u00a0» sont tous pris}}',
  'error.purchases.seatsPerBuyer': 'Vous pouvez avoir {limit, plural, one {un seul hot seat} other {# hot seats}} de «\u00a0{offer}\u00a0» à la fois, et c’est déjà le cas',
  'error.purchases.openCheckouts':
    'Vous avez déjà {open, plural, one {un paiement} other {# paiements}} en cours pour «\u00a0{offer}\u00a0». Terminez ou annulez d’abord votre paiement en cours (un paiement non réglé se ferme tout seul au bout de 30\u00a0minutes).',
  'error.purchases.priceFixed': 'Le prix de «\u00a0{offer}\u00a0» est fixé d’avance\u202f; n’envoyez pas de montant',
  'error.purchases.questionOnlyHotSeats': 'Seuls les hot seats acceptent une question',
  'error.purchases.messageOnlyTipsGifts': 'Seuls les pourboires et les cadeaux peuvent avoir un message',
  'error.purchases.noVariants': '«\u00a0{offer}\u00a0» n’a ni taille ni variante à choisir',
  'error.purchases.tipAmountMissing': 'Choisissez le montant de votre pourboire',
  'error.purchases.tipMin': 'Le pourboire minimum est de {amount}',
  'error.purchases.tipMax': 'Le pourboire maximum est de {amount}',
  'error.purchases.variantMissing': 'Choisissez une taille ou une variante',
  'error.purchases.unknownVariant': '«\u00a0{offer}\u00a0» n’a pas de variante «\u00a0{variant}\u00a0»',
  'error.purchases.questionMissing': 'Écrivez la question que vous voulez poser à l’antenne',
  'error.purchases.messageNotTaken': 'Cette offre n’accepte pas de message',
  'error.purchases.messageTooLong': 'Un message peut faire {limit, plural, one {# caractère} other {# caractères}} au plus (le vôtre en fait {length})',
  'error.purchases.reservationClosed':
    'Cette réservation est {standing, select, pending_payment {en attente de paiement} pending_review {en attente de validation} accepted {acceptée} acceptedBy {acceptée par {by}} rejected {refusée} rejectedBy {refusée par {by}} paid {payée} refunded {remboursée} refundedBy {remboursée par {by}} expired {expirée} cancelled {annulée} on_air {à l’antenne} completed {terminée} no_show {manquée} other {{standing}}}\u202f; rien ne vous a été prélevé. Veuillez recommencer.',
  'error.purchases.checkoutFailed': 'La page de paiement n’a pas pu s’ouvrir. Rien ne vous a été prélevé\u202f; réessayez dans un instant.',
  'field.purchase.setByCreator': 'est fixé d’avance',
  'field.purchase.onlyHotSeats': 'ne concerne que les hot seats',
  'field.purchase.onlyTipsAndGifts': 'ne concerne que les pourboires et les cadeaux',
  'field.purchase.onlyMerch': 'ne concerne que les articles de la boutique',
  'field.purchase.atLeastAmount': 'doit être d’au moins {amount}',
  'field.purchase.atMostAmount': 'doit être de {amount} au plus',
  'field.purchase.notAVariant': 'ne fait pas partie des variantes de cet article',
  'field.purchase.notTakenHere': 'ne s’applique pas ici',

  'error.purchases.receiptNotFound': 'Ce lien de reçu n’est pas valide. Ouvrez le lien complet de votre confirmation.',
  'error.purchases.receiptLinkIncomplete': 'Ce lien de reçu est incomplet. Ouvrez le lien complet de votre confirmation.',

  'error.purchases.notFound': '{noun, select, seat {Ce hot seat} other {Cet achat}} n’existe pas (ou plus)',
  'error.purchases.changedSinceLooked':
    '{noun, select, seat {Ce hot seat} message {Ce message} other {Cet achat}} a changé depuis que vous l’avez consulté (il est désormais {standing, select, pending_payment {en attente de paiement} pending_review {en attente de validation} accepted {accepté} acceptedBy {accepté par {by}} rejected {refusé} rejectedBy {refusé par {by}} paid {payé} refunded {remboursé} refundedBy {remboursé par {by}} expired {expiré} cancelled {annulé} on_air {à l’antenne} completed {terminé} no_show {manqué} other {{standing}}})',
  'error.purchases.seatAlreadyDecided': 'Ce hot seat est déjà {standing, select, pending_payment {en attente de paiement} pending_review {en attente de validation} accepted {accepté} acceptedBy {accepté par {by}} rejected {refusé} rejectedBy {refusé par {by}} paid {payé} refunded {remboursé} refundedBy {remboursé par {by}} expired {expiré} cancelled {annulé} on_air {à l’antenne} completed {terminé} no_show {manqué} other {{standing}}}',
  'error.purchases.onlyHotSeatsDecided': 'Seuls les hot seats peuvent être acceptés ou refusés',
  'error.purchases.onlyHotSeatsOnAir': 'Seuls les hot seats passent à l’antenne',
  'error.purchases.hotSeatNotRefunded': 'Les hot seats ne se remboursent pas\u00a0: refusez le hot seat pour libérer l’empreinte bancaire de l’acheteur',
  'error.purchases.hotSeatChargedAfterAir':
    'Un hot seat n’est prélevé qu’après le passage de l’invité à l’antenne\u00a0: refusez-le pour libérer l’empreinte bancaire de l’acheteur',
  'error.purchases.giftNotRefunded':
    'Les cadeaux ne se remboursent pas depuis le studio\u00a0: le cadeau a déjà été joué à l’antenne. Si vous y tenez, remboursez-le depuis votre tableau de bord Stripe.',
  'error.purchases.noMessage': 'Cet achat n’a pas de message',
  'error.purchases.messageNotPaid': 'Ce message n’est pas encore payé',
  'error.purchases.messageAlreadyModerated':
    'Ce message a déjà été {decision, select, approved {approuvé} other {refusé}} par {who, select, named {{by}} other {quelqu’un d’autre}}',
  'error.purchases.seatNotOnAirYet': 'Cet invité n’est pas encore passé à l’antenne',
  'error.purchases.seatNotPaid': 'Ce hot seat n’est pas encore payé',
  'error.purchases.seatInReview': 'Ce hot seat attend encore d’être validé',
  'error.purchases.seatDecidedBy': 'Ce hot seat a déjà été {decision, select, accepted {accepté} other {refusé}} par {who, select, named {{by}} other {quelqu’un d’autre}}',
  'error.purchases.seatExpired': 'Ce hot seat a expiré avant d’être payé',
  'error.purchases.seatCancelled': 'Ce hot seat a été annulé\u202f; rien n’a été prélevé à l’acheteur',
  'error.purchases.seatOnAir': 'Cet invité est à l’antenne en ce moment\u202f; terminez plutôt son passage',
  'error.purchases.seatOver': 'Ce hot seat est terminé\u00a0: l’invité a eu son temps d’antenne',
  'error.purchases.seatNoShow': 'Cet invité ne s’est pas présenté\u202f; rien n’a été prélevé à l’acheteur',
  'error.purchases.notAHotSeat': 'Cet achat n’est pas un hot seat',
  'error.purchases.refundUnderway': 'Un remboursement de cet achat est déjà en cours (demandé par {who, select, named {{by}} other {quelqu’un d’autre}})',
  'error.purchases.paymentNotSettled': 'Ce paiement n’est pas encore finalisé\u202f; réessayez dans un instant',
  'error.purchases.notPaidNothingToRefund': 'Cet achat n’est pas encore payé\u202f; il n’y a rien à rembourser',
  'error.purchases.alreadyRefunded': 'Cet achat a déjà été remboursé{who, select, named { par {by}} other {}}',
  'error.purchases.closedPaymentReturning': 'Cet achat a été clos avant l’arrivée de son paiement\u202f; le paiement est déjà en cours de restitution',
  'error.purchases.voidNothingToRefund': 'Cet achat {status, select, expired {a expiré} other {a été annulé}} avant d’être payé\u202f; il n’y a rien à rembourser',
  'error.purchases.orderNotFound': 'La commande {id} n’existe pas (ou plus)\u202f; rien n’a été marqué',
  'error.purchases.notMerchOrder':
    '{kind, select, tip {Le pourboire} gift {Le cadeau} hotseat {Le hot seat} other {La commande}} «\u00a0{offer}\u00a0» ({buyer}) n’est pas une commande de la boutique\u202f; rien n’a été marqué',
  'error.purchases.orderNotShippable':
    'La commande «\u00a0{offer}\u00a0» ({buyer}) est {standing, select, pending_payment {en attente de paiement} pending_review {en attente de validation} accepted {acceptée} acceptedBy {acceptée par {by}} rejected {refusée} rejectedBy {refusée par {by}} paid {payée} refunded {remboursée} refundedBy {remboursée par {by}} expired {expirée} cancelled {annulée} on_air {à l’antenne} completed {terminée} no_show {manquée} other {{standing}}} et ne peut donc pas être expédiée\u202f; rien n’a été marqué',

  'error.payments.switchFailed': 'Impossible de changer de mode de paiement\u00a0: {detail}',
  'error.payments.keyRefused': 'Stripe n’a pas accepté cette clé\u00a0: {detail}',
  'field.payments.keyRefused': 'n’a pas été acceptée par Stripe',
} as const satisfies Translation<typeof english>;
