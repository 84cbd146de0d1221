import type { studioEditor as english } from '../en/studio-editor';
import type { Translation } from '../translation';

// Typography: a no-break space before « : » and inside « » (\u00a0), a narrow one before « ; ! ? » (\u202f).
export const studioEditor = {
  'editor.shows.title': 'Émissions',
  'editor.shows.new': 'Nouvelle émission',
  'editor.shows.empty.title': 'Pas encore d’émission',
  'editor.shows.empty.body': 'Créez votre première émission pour y préparer vos offres.',
  'editor.shows.meta': '/{slug} · {currency}',
  'editor.shows.details': 'Détails de l’émission',

  'editor.show.title': 'Titre',
  'editor.show.titlePlaceholder': 'Questions-réponses du vendredi soir',
  'editor.show.currency': 'Devise',
  'editor.show.currencyHint': 'Les prix des offres existantes ne sont pas convertis.',
  'editor.show.language': 'Langue à l’antenne',
  'editor.show.languageHint': 'Celle des alertes, du compte à rebours et de la carte de la boutique à l’antenne.',
  'editor.show.address': 'Adresse de la boutique',
  'editor.show.addressHint': 'Le public ouvre …/s/{slug}',
  'editor.show.addressExample': 'votre-emission',
  'editor.show.save': 'Enregistrer l’émission',
  'editor.show.create': 'Créer l’émission',

  'editor.saving': 'Enregistrement…',
  'editor.saved': 'Enregistré',
  'editor.cancel': 'Annuler',

  'editor.offers.title': 'Offres',
  'editor.offers.add': 'Ajouter une offre',
  'editor.offers.addLabel': 'Ajouter',
  'editor.offers.empty.title': 'Pas encore d’offre',
  'editor.offers.empty.body':
    'Ajoutez un pot à pourboires, un cadeau, un article de boutique ou un hot seat. Le public voit les offres actives sur la page de la boutique, dans cet ordre.',

  'editor.offer.formLabel':
    '{mode, select, edit {Modifier l’offre} other {Nouvelle offre}} {kind, select, tip {de pourboire} gift {de cadeau} merch {boutique} hotseat {de hot seat} other {{kind}}}',
  'editor.offer.heading':
    '{mode, select, edit {Modifier l’offre} other {Nouvelle offre}} {kind, select, tip {de pourboire} gift {de cadeau} merch {boutique} hotseat {de hot seat} other {{kind}}}',
  'editor.offer.fixFields': 'Corrigez les champs signalés.',
  'editor.offer.save': 'Enregistrer l’offre',
  'editor.offer.add': 'Ajouter l’offre',
  'editor.offer.active': 'Active',
  'editor.offer.hidden': 'Masquée',
  'editor.offer.edit': 'Modifier',
  'editor.offer.defaultTitle': '{kind, select, tip {Laisser un pourboire} gift {Offrir un cadeau} merch {T-shirt de l’émission} other {Questions-réponses en hot seat}}',
  'editor.offer.summary.tip': '{min} – {max} · messages {held, select, yes {validés avant affichage} other {affichés aussitôt}}',
  'editor.offer.summary.gift':
    '{price} · animation {animation, select, confetti {confettis} hearts {cœurs} rocket {fusée} crown {couronne} fireworks {feu d’artifice} other {{animation}}}',
  'editor.offer.summary.merch': '{price} · {variants, plural, one {# variante} other {# variantes}} · {stock} en stock · livraison vers {countries}',
  'editor.offer.summary.hotseat': '{price} · {format} · {minutes}\u00a0min · {perShow} par émission, {perBuyer} par acheteur',

  'editor.invalid.amount': '{decimals, select, none {doit être un montant comme 500} other {doit être un montant comme 5 ou 5,50}}',
  'editor.invalid.wholeNumber': 'doit être un nombre entier',

  'editor.field.title': 'Titre',
  'editor.field.description': 'Description',
  'editor.field.descriptionHint': 'Facultative, affichée sur la carte de la boutique.',
  'editor.field.price': 'Prix ({currency})',
  'editor.field.messageLimit': 'Longueur maximale du message',
  'editor.field.messageLimitHint': 'En caractères\u202f; 0 désactive les messages.',
  'editor.field.holdMessages': 'Valider les messages avant affichage',
  'editor.field.holdMessagesHint': 'Les messages n’apparaissent à l’antenne qu’une fois validés par vous.',

  'editor.tip.minimum': 'Pourboire minimum ({currency})',
  'editor.tip.maximum': 'Pourboire maximum ({currency})',

  'editor.gift.animation': 'Animation',
  'editor.gift.animationName': '{animation, select, confetti {Confettis} hearts {Cœurs} rocket {Fusée} crown {Couronne} fireworks {Feu d’artifice} other {{animation}}}',

  'editor.hotseat.format': 'Format',
  'editor.hotseat.priceHint': 'Pré-autorisé au paiement, prélevé seulement après le passage à l’antenne.',
  'editor.hotseat.minutes': 'Minutes à l’antenne',
  'editor.hotseat.perShow': 'Places par émission',
  'editor.hotseat.perBuyer': 'Places par acheteur',
  'editor.hotseat.questionRequired': 'Question obligatoire',
  'editor.hotseat.questionRequiredHint': 'Les acheteurs doivent écrire ce qu’ils veulent demander ou aborder.',

  'editor.merch.shipsTo': 'Livraison vers',
  'editor.merch.shipsToHint': 'Codes pays à deux lettres, par exemple «\u00a0FR, BE, CH\u00a0».',
  'editor.merch.variants': 'Variantes et stock',
  'editor.merch.variantLabel': 'Libellé',
  'editor.merch.inStock': 'En stock',
  'editor.merch.remove': 'Retirer',
  'editor.merch.variantLabelField': 'Libellé de la variante {number}',
  'editor.merch.variantStockField': 'Stock de la variante {number}',
  'editor.merch.removeVariant': 'Retirer la variante {name}',
  'editor.merch.addVariant': 'Ajouter une variante',
  'editor.merch.defaultVariant': 'Taille unique',
} as const satisfies Translation<typeof english>;
