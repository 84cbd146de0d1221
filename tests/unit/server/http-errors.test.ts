import type { FastifyError } from 'fastify';
import { describe, expect, it } from 'vitest';
import { toAppError } from '../../../src/main/core/server/http-errors';
import { localizeError } from '../../../src/shared/i18n/localize-error';

/**
 * Fastify's own failures as reasons: each in the one error shape with its English from the
 * catalog, worded in French by a French page; Fastify's message (which may echo the client's URL
 * or headers) never goes out.
 */
const fastifyError = (fields: { code?: string; statusCode?: number; message?: string }): FastifyError =>
  Object.assign(new Error(fields.message ?? 'boom'), { code: fields.code ?? '', statusCode: fields.statusCode });

describe('toAppError', () => {
  it.each([
    ['FST_ERR_CTP_BODY_TOO_LARGE', 413, 'too_large', 'error.http.bodyTooLarge', 'Le corps de la requête est trop volumineux.'],
    ['FST_ERR_CTP_INVALID_MEDIA_TYPE', 415, 'bad_request', 'error.http.notJson', 'Envoyez le corps de la requête en JSON (Content-Type: application/json).'],
    ['FST_ERR_CTP_INVALID_CONTENT_LENGTH', 400, 'bad_request', 'error.http.notJson', 'Envoyez le corps de la requête en JSON (Content-Type: application/json).'],
    ['FST_ERR_BAD_URL', 400, 'bad_request', 'error.http.badUrl', 'Cette adresse n’est pas valide : elle contient un échappement % incomplet.'],
    ['FST_ERR_CTP_EMPTY_JSON_BODY', 400, 'bad_request', 'error.http.emptyBody', 'Le corps de la requête est vide ; du JSON était attendu.'],
    ['FST_ERR_CTP_INVALID_JSON_BODY', 400, 'bad_request', 'error.http.invalidJson', 'Le corps de la requête n’est pas du JSON valide.'],
    ['', 429, 'rate_limited', 'error.http.rateLimited', 'Trop de requêtes. Patientez un instant, puis réessayez.'],
    ['', 500, 'internal', 'error.http.internal', 'Un problème est survenu dans le studio. L’hôte a été prévenu.'],
  ])('%s (%i): %s, by reason', (code, statusCode, expectedCode, id, french) => {
    const error = toAppError(fastifyError({ code, statusCode }));
    expect(error).toMatchObject({ code: expectedCode, reason: { id } });
    expect(error.message).not.toBe('boom');
    expect(localizeError(error, 'fr').message).toBe(french);
  });

  it('reads a SyntaxError from the JSON parser as invalid JSON', () => {
    const error = toAppError(Object.assign(new SyntaxError('Unexpected end of JSON input'), { code: '' }));
    expect(error).toEqual({ code: 'bad_request', message: 'The request body is not valid JSON.', reason: { id: 'error.http.invalidJson' } });
  });

  it('says another 4xx by its framework code only, never by its message (it may echo a token)', () => {
    const leaky = toAppError(fastifyError({ code: 'FST_CE_UNSUPPORTED_CONTENT_ENCODING', statusCode: 415, message: 'Unsupported Content-Encoding: hsh_secret' }));
    expect(leaky).toEqual({
      code: 'bad_request',
      message: 'The studio could not accept this request (FST_CE_UNSUPPORTED_CONTENT_ENCODING).',
      reason: { id: 'error.http.refused', values: { code: 'FST_CE_UNSUPPORTED_CONTENT_ENCODING' } },
    });
    expect(JSON.stringify(leaky)).not.toContain('hsh_secret');
    expect(localizeError(leaky, 'fr').message).toBe('Le studio n’a pas pu accepter cette requête (FST_CE_UNSUPPORTED_CONTENT_ENCODING).');
    // A code that is not a fixed name (a plugin passing input through) is left out too.
    const odd = toAppError(fastifyError({ code: 'token hsh_secret', statusCode: 403, message: 'hsh_secret' }));
    expect(odd.reason).toEqual({ id: 'error.http.refused', values: { code: 'HTTP 403' } });
    expect(JSON.stringify(odd)).not.toContain('hsh_secret');
  });
});
