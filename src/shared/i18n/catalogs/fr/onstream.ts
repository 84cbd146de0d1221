import type { onstream as english } from '../en/onstream';
import type { Translation } from '../translation';

export const onstream = {
  'onstream.alert.headline': '{kind, select, tip {{name} a donné {what}} gift {{name} a offert {what}} other {{name} a acheté {what}}}',
  'onstream.alert.someone': 'Quelqu’un',
  'onstream.alert.more': '+{count, number} autres',
  'onstream.alert.badge': '{kind, select, tip {Pourboire} gift {Cadeau} other {Vendu}}',
  'onstream.alert.size': 'Taille {size}',
  'onstream.banner.host': 'Hôte',
  'onstream.card.connecting': 'Connexion…',
  'onstream.card.noCamera': 'Pas de caméra',
  'onstream.store.caption': 'Scannez pour la boutique',
  'onstream.store.qrLabel': 'QR code pour {address}',
  'onstream.countdown.hotSeat': '{name} · hot seat',
  'onstream.countdown.selfie': 'Selfie avec {name}',
} as const satisfies Translation<typeof english>;
