/**
 * Words drawn on stream, by the program (compositor) and the alert overlay: they speak the show's
 * language (Show.language), whatever the studio's. Buyer and guest names come in as placeholders,
 * already cleaned and word-filtered.
 */
export const onstream = {
  'onstream.alert.headline': '{kind, select, tip {{name} tipped {what}} gift {{name} sent {what}} other {{name} bought {what}}}',
  'onstream.alert.someone': 'Someone',
  'onstream.alert.more': '+{count, number} more',
  'onstream.alert.badge': '{kind, select, tip {Tip} gift {Gift} other {Sold}}',
  'onstream.alert.size': 'Size {size}',
  'onstream.banner.host': 'Host',
  'onstream.card.connecting': 'Connecting…',
  'onstream.card.noCamera': 'No camera',
  'onstream.store.caption': 'Scan for the store',
  'onstream.store.qrLabel': 'QR code for {address}',
  'onstream.countdown.hotSeat': '{name} · hot seat',
  'onstream.countdown.selfie': 'Selfie with {name}',
} as const;
