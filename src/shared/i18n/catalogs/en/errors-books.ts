/** Refusals of the books (Money → Books, its exports). */
export const errorsBooks = {
  'error.books.showNotFound': 'This show does not exist (any more)',
} as const;
