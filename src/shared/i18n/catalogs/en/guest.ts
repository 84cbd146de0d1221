/** The guest page's words (keys start with `guest.`). */
export const guest = {} as const;
