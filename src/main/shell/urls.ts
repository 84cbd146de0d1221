import { z } from 'zod';

/**
 * The two URL questions the shell asks: "is this the studio's own origin?" (exact scheme, host
 * and port, never a prefix match, so http://127.0.0.1:48701 and http://127.0.0.1.evil.com are
 * strangers) and "may this be handed to the system browser?" (http and https only).
 */
export function originOf(url: string): string | null {
  try {
    const { origin } = new URL(url);
    // Opaque origins (file:, data:, about:blank) serialise as "null" and match nothing.
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

export function isSameOrigin(url: string, studioOrigin: string): boolean {
  const origin = originOf(url);
  return origin !== null && origin === originOf(studioOrigin);
}

export const MAX_EXTERNAL_URL_LENGTH = 2048;

export const ExternalUrl = z
  .string({ error: 'must be a URL string' })
  .max(MAX_EXTERNAL_URL_LENGTH, `must be at most ${MAX_EXTERNAL_URL_LENGTH} characters`)
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// link' }))
  // Hand the OS the parsed form, not the page's raw text (stray whitespace, odd casing).
  .transform((url) => new URL(url).href);
