/**
 * How long browsers and a CDN in front of the public address may keep the studio's static files.
 * Vite names every built asset after its content (`/assets/studio-BQWcviDO.js`): a new build gets
 * new names, so those are kept for a year and never revalidated. Anything else (an unhashed icon)
 * is revalidated each time by its ETag. HTML and API answers are never stored
 * (security-headers.ts): they carry the state of a live show and point at the current assets.
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'public, no-cache';

/** Rollup's default `[name]-[hash].[ext]`: an 8-character base64url hash before the extension. */
const HASHED_ASSET = /^\/?assets\/(?:.+\/)?[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

/** The Cache-Control for a static file, by its path relative to the pages folder. */
export function cacheControlFor(relativePath: string): string {
  return HASHED_ASSET.test(relativePath.replaceAll('\\', '/')) ? IMMUTABLE : REVALIDATE;
}
