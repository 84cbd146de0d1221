import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localizeError } from '../../../src/shared/i18n/localize-error';
import { createBooksService, type BooksService } from '../../../src/main/core/books/books-service';
import { studio, type Studio } from '../queue/services-fixture';

/** The books' refusal as a reason, through the real service on real SQLite. */

let s: Studio;
let books: BooksService;
beforeEach(() => {
  s = studio();
  books = createBooksService(s.temp.db);
});
afterEach(() => s.cleanup());

describe('the books’ refusals', () => {
  it('a show that does not exist (any more), for the summary and the export alike', () => {
    const range = { scope: 'show', showId: 'shw_gone0000' } as const;
    const summary = books.summary(range);
    const exported = books.export(range, 'purchases');
    for (const result of [summary, exported]) {
      expect(result).toEqual({
        ok: false,
        error: { code: 'not_found', message: 'This show does not exist (any more)', reason: { id: 'error.books.showNotFound' } },
      });
      if (!result.ok) expect(localizeError(result.error, 'fr').message).toBe('Cette émission n’existe pas (ou plus)');
    }
  });
});
