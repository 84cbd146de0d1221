/** What the public pages read from their own address. */

/** The API path for a store page address: /s/:slug asks for that show, /store for the live one. */
export function storeApiPath(pathname: string): string {
  const slug = /^\/s\/([^/]+)\/?$/.exec(pathname)?.[1];
  if (!slug) return '/api/store';
  let decoded: string;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    decoded = slug; // a malformed escape: let the server answer "not found"
  }
  return `/api/store/${encodeURIComponent(decoded)}`;
}

/**
 * The receipt token from `/receipt#t=<token>`. It lives in the fragment so it never reaches a server
 * log or a Referer header; the page keeps it there so the buyer's bookmark keeps working.
 */
export function receiptTokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('t');
  return token && token.length <= 200 ? token : null;
}
