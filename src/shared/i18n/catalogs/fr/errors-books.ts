import type { errorsBooks as english } from '../en/errors-books';
import type { Translation } from '../translation';

export const errorsBooks = {
  'error.books.showNotFound': 'Cette émission n’existe pas (ou plus)',
} as const satisfies Translation<typeof english>;
