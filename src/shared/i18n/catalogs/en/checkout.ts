/** The checkout page's words (keys start with `checkout.`). */
export const checkout = {} as const;
