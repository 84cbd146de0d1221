import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { localizeError } from '../../../src/shared/i18n/localize-error';
import { OfferInput } from '../../../src/shared/offers';
import { describeZodError, failFields, failWith, failZod, field, type AppErrorShape } from '../../../src/shared/result';

/**
 * Errors travel as codes plus reasons (a catalog id and its values) with their English beside
 * them; each page words them in its own language. Through the real catalogs and real schemas.
 */

function errorOf(result: { ok: boolean; error?: AppErrorShape }): AppErrorShape {
  if (result.ok || !result.error) throw new Error('expected an error');
  return result.error;
}

describe('errors as reasons', () => {
  it('writes the English message from the catalog and keeps the reason', () => {
    const error = errorOf(failWith('bad_request', 'error.serverStatus', { status: 502, statusText: 'Bad Gateway' }));
    expect(error).toEqual({
      code: 'bad_request',
      message: 'The server answered 502 Bad Gateway.',
      reason: { id: 'error.serverStatus', values: { status: 502, statusText: 'Bad Gateway' } },
    });
    expect(localizeError(error, 'fr').message).toBe('Le serveur a répondu 502 Bad Gateway.');
    expect(localizeError(error, 'en').message).toBe(error.message);
  });

  it('words named fields in English and in French, with their numbers', () => {
    const error = errorOf(failFields('bad_request', { name: 'field.required', bio: field('field.tooLong', { limit: 40 }) }));
    expect(error.details).toEqual({ name: 'is required', bio: 'must be at most 40 characters' });
    const french = localizeError(error, 'fr');
    expect(french.details).toEqual({ name: 'est obligatoire', bio: 'doit faire 40 caractères au plus' });
    expect(french.message).toBe('name: est obligatoire; bio: doit faire 40 caractères au plus');
  });

  it('uses plurals for the numbers zod gives', () => {
    const error = errorOf(failFields('bad_request', { a: field('field.atLeastSeconds', { limit: 1 }), b: field('field.atLeastSeconds', { limit: 5 }) }));
    expect(error.details).toEqual({ a: 'must be at least 1 second', b: 'must be at least 5 seconds' });
    expect(localizeError(error, 'fr').details).toEqual({ a: 'doit être d’au moins 1 seconde', b: 'doit être d’au moins 5 secondes' });
  });

  it('turns a real schema failure into reasons: a schema’s own id, zod’s generic checks with its limits', () => {
    const parsed = OfferInput.safeParse({ kind: 'tip', title: '', minAmount: 0, maxAmount: 100, messageMaxLength: 501 });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const { details, fieldReasons } = describeZodError(parsed.error);
    expect(fieldReasons.title).toEqual({ id: 'field.required', values: { limit: 1 } });
    expect(details.title).toBe('is required');
    expect(fieldReasons.minAmount).toEqual({ id: 'field.moreThanZero', values: { limit: 1 } });
    expect(details.minAmount).toBe('must be more than zero');
    expect(details.messageMaxLength).toBe('must be at most 500 characters');
    const french = localizeError(errorOf(failZod('bad_request', parsed.error)), 'fr');
    expect(french.details?.title).toBe('est obligatoire');
    expect(french.details?.messageMaxLength).toBe('doit faire 500 caractères au plus');
    expect(french.message).toContain('title: est obligatoire');
  });

  it('maps zod’s own checks to generic ids', () => {
    const schema = z.object({ name: z.string().max(3), tags: z.array(z.string()).min(2), age: z.number().min(18), mail: z.email(), kind: z.enum(['a', 'b']) });
    const parsed = schema.safeParse({ name: 'abcd', tags: [], age: 3, mail: 'nope', kind: 'c' });
    if (parsed.success) throw new Error('expected a failure');
    const { fieldReasons, details } = describeZodError(parsed.error);
    expect(fieldReasons).toMatchObject({
      name: { id: 'field.tooLong', values: { limit: 3 } },
      tags: { id: 'field.tooFew', values: { limit: 2 } },
      age: { id: 'field.tooLow', values: { limit: 18 } },
      mail: { id: 'field.email' },
      kind: { id: 'field.notAllowed' },
    });
    expect(details.age).toBe('must be at least 18');
    expect(describeZodError(schema.safeParse([1]).error!).details['(input)']).toBe('must be an object');
    expect(describeZodError(schema.safeParse({}).error!).details.name).toBe('is required');
  });

  it('formats amounts in each page’s money format', () => {
    const error = errorOf(failWith('bad_request', 'error.purchases.tipMin', { amount: { amount: 1250, currency: 'eur' } }));
    expect(error.message).toBe('The minimum tip is €12.50');
    expect(localizeError(error, 'fr').message).toMatch(/12,50\s€/);
  });

  it('keeps the English of a reason this build does not know (a newer core), and of an error without one', () => {
    const unknown: AppErrorShape = { code: 'conflict', message: 'Something new happened.', reason: { id: 'error.fromTheFuture' }, details: { x: 'is odd' }, fieldReasons: { x: { id: 'field.fromTheFuture' } } };
    expect(localizeError(unknown, 'fr')).toEqual(unknown);
    const plain: AppErrorShape = { code: 'internal', message: 'Plain English.' };
    expect(localizeError(plain, 'fr')).toEqual(plain);
  });
});
