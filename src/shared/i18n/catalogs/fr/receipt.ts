import type { receipt as english } from '../en/receipt';
import type { Translation } from '../translation';

// Typography: a no-break space before « : » (\u00a0) and a narrow one before « ; ! ? » (\u202f).
// "Prélevé" rather than "débité" where the buyer is the subject, so no sentence guesses a gender.
export const receipt = {
  'receipt.documentTitle': 'Votre reçu · Hotseat',
  'receipt.title': 'Votre reçu',
  'receipt.missingToken.title': 'Ce lien de reçu est incomplet',
  'receipt.missingToken.body': 'Ouvrez le lien complet de votre confirmation de paiement\u202f; il se termine par <code>#t=…</code>.',
  'receipt.loading': 'Chargement de votre reçu…',
  'receipt.notFound.title': 'Nous n’avons pas trouvé ce reçu',
  'receipt.notFound.body': 'Vérifiez que vous avez ouvert le lien complet de votre confirmation de paiement ou de votre e-mail.',
  'receipt.loadFailed.title': 'Votre reçu n’a pas pu être chargé',
  'receipt.loadFailed.body': 'Vérifiez votre connexion, puis réessayez.',
  'receipt.keepNote':
    '<strong>Conservez cette page.</strong> Ajoutez-la à vos favoris pour suivre votre commande plus tard. Le lien est privé\u00a0: toute personne qui le possède peut voir ce reçu, ne le partagez donc pas.',

  'receipt.live':
    '{status, select, online {Mise à jour en direct} refused {Mises à jour en direct indisponibles — rechargez la page pour actualiser} offline {Hors ligne — reconnexion dès votre retour} other {Reconnexion…}}',

  'receipt.minutesOnAir': '{minutes}\u00a0min à l’antenne',
  'receipt.status':
    '{status, select, pending_payment {Paiement en attente} pending_review {En attente de validation par l’hôte} accepted {Demande acceptée — vous êtes dans la file d’attente} rejected {Demande non retenue — rien ne vous a été prélevé} paid {Payé} refunded {Remboursé} expired {Paiement expiré — rien ne vous a été prélevé} cancelled {Annulé — rien ne vous a été prélevé} on_air {Vous êtes à l’antenne} completed {Terminé — merci d’avoir participé à l’émission\u202f!} no_show {Tour manqué — rien ne vous a été prélevé} other {{status}}}',
  'receipt.next.pendingPayment': 'Terminez le paiement pour finaliser votre commande. Rien n’est prélevé d’ici là.',
  'receipt.next.pendingReview':
    'Votre carte est seulement pré-autorisée. Si l’hôte n’accepte pas, l’empreinte bancaire est libérée et vous ne payez rien.',
  'receipt.next.accepted':
    'Le paiement ne sera prélevé qu’après votre passage à l’antenne. Gardez cette page ouverte\u00a0: votre lien pour rejoindre l’émission apparaîtra ici.',
  'receipt.next.paid': 'Merci de soutenir l’émission\u202f!',
  'receipt.next.merchShipped': 'Votre commande est en route.',
  'receipt.next.merchToShip': 'Merci\u202f! Votre commande sera expédiée à l’adresse indiquée lors du paiement.',
  'receipt.next.refunded': 'Le remboursement est en route vers votre carte\u202f; les banques mettent généralement 5 à 10 jours.',
  'receipt.next.onAir':
    'Le paiement sera prélevé une fois votre temps d’antenne effectué comme convenu\u202f; si vous partez avant, l’empreinte bancaire est libérée.',
  'receipt.next.completedCharged': 'Votre carte a été débitée pour votre passage à l’antenne.',
  'receipt.next.completedSettling': 'Votre paiement est en cours de règlement.',
  'receipt.next.noShow':
    'Vous n’avez pas rejoint l’émission à temps après l’appel de l’hôte\u00a0: l’empreinte bancaire sur votre carte a donc été libérée.',

  'receipt.fact.name': 'Nom',
  'receipt.fact.variant': 'Variante',
  'receipt.fact.charged': 'Prélevé',
  'receipt.fact.ordered': 'Commandé le',
  'receipt.fact.shipped': 'Expédié le',
  'receipt.fact.reference': 'Référence',
  'receipt.charged.yes': 'Oui, {amount}',
  'receipt.charged.authorizedOnly': 'Pas encore — votre carte est seulement pré-autorisée',
  'receipt.charged.no': 'Non',
  'receipt.shippedWithTracking': '{date} · numéro de suivi <code>{trackingNumber}</code>',

  'receipt.question.title': 'Votre question',
  'receipt.message.title': 'Votre message',
  'receipt.messageStatus':
    '{status, select, held {Votre message attend la validation de l’hôte.} approved {Votre message a été validé et affiché en direct.} rejected {Votre message n’a pas été affiché en direct.} other {}}',

  'receipt.join.title': '{onAir, select, yes {Vous êtes à l’antenne} other {Votre lien pour rejoindre l’émission}}',
  'receipt.join.onAirBody':
    'Votre passage a commencé. Si votre page d’invité s’est fermée, revenez-y d’ici\u00a0: le temps qu’il vous reste est conservé.',
  'receipt.join.waitingBody':
    'Quand ce sera votre tour, rejoignez l’émission depuis cet appareil. Autorisez la caméra et le micro quand on vous le demande.',
  'receipt.join.backToShow': 'Retourner à l’émission',
  'receipt.join.greenRoom': 'Rejoindre la loge',
  'receipt.join.linkSoon': 'Votre lien pour rejoindre l’émission apparaîtra ici avant votre tour. Gardez cette page ouverte.',
  'receipt.join.ifAccepted': 'Si l’hôte vous accepte, votre lien pour rejoindre l’émission apparaîtra ici même.',

  'receipt.selfies.title': '{count, plural, one {Votre selfie} other {Vos selfies}}',
  'receipt.selfies.empty': 'Quand l’hôte prendra votre selfie à l’antenne, il apparaîtra ici et vous pourrez le télécharger.',
  'receipt.selfie.alt': 'Selfie {number}, pris à l’antenne',
  'receipt.selfie.caption': 'Selfie {number} · {takenAt}',
  'receipt.selfie.loading': 'Chargement de votre selfie…',
  'receipt.selfie.download': 'Télécharger',
} as const satisfies Translation<typeof english>;
