import { isIP } from 'node:net';

/**
 * Which browser origins may talk to the studio's WebSocket. The page must be same-origin with the
 * host it asks for (no cross-site socket hijacking), and that host must be an IP literal,
 * localhost, or the configured public URL's host: a rebound attacker domain that resolves to
 * 127.0.0.1 is neither, so DNS rebinding cannot reach the host's socket either.
 */
export function isAllowedOrigin(origin: string, hostHeader: string | undefined, publicBaseUrl: string | null): boolean {
  if (!hostHeader) return false;
  let originUrl: URL;
  let requested: URL;
  try {
    originUrl = new URL(origin);
    requested = new URL(`http://${hostHeader}`);
  } catch {
    return false;
  }
  if (originUrl.host !== requested.host) {
    // Behind a TLS-terminating proxy the Host the studio sees may carry no port; compare names then.
    if (!publicBaseUrl || originUrl.origin !== new URL(publicBaseUrl).origin) return false;
  }
  const name = originUrl.hostname.replace(/^\[|\]$/g, '');
  if (name === 'localhost' || isIP(name) !== 0) return true;
  return publicBaseUrl !== null && originUrl.origin === new URL(publicBaseUrl).origin;
}
