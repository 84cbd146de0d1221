/** The store page's words (keys start with `store.`). */
export const store = {
  'store.offer.seatsLeft': '{count, plural, =0 {All seats taken} one {Last seat!} other {# seats left}}',
} as const;
