/** The receipt page's words (keys start with `receipt.`). */
export const receipt = {} as const;
