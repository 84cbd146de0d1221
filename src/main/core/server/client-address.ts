import type { FastifyRequest } from 'fastify';

/**
 * Who a request comes from, for per-client limits (rate limits, open checkouts, wrong-token
 * attempts). X-Forwarded-For is believed only when the request arrives from a proxy the host
 * listed in the network settings (`trustedProxies`, default none): anyone else could write any
 * address into it and be counted as a new client on every request.
 *
 * A request that carries forwarding headers from an untrusted address came through a proxy the
 * host has not declared (a tunnel on this computer, say): everyone behind it shares one key,
 * `via <address>`, kept apart from the same address connecting directly (the studio window and
 * OBS on 127.0.0.1), so viewers hammering a tunnel never lock the host out of their own studio.
 */
export type TrustedProxies = () => readonly string[];

/** `::ffff:127.0.0.1` and `127.0.0.1` are the same peer. */
export function normalizeAddress(address: string | undefined): string {
  if (!address) return 'unknown';
  const lower = address.toLowerCase();
  return lower.startsWith('::ffff:') && lower.includes('.') ? lower.slice(7) : lower;
}

/** Fastify's `trustProxy` as a function: asked per request, so a settings change applies at once. */
export function trustProxyFunction(trusted: TrustedProxies): (address: string, hop: number) => boolean {
  return (address) => trusted().includes(normalizeAddress(address));
}

export function clientKey(request: FastifyRequest, trusted: TrustedProxies): string {
  const peer = normalizeAddress(request.socket.remoteAddress);
  // Fastify walked X-Forwarded-For through trusted hops only (trustProxyFunction), so request.ip is the viewer.
  if (trusted().includes(peer)) return normalizeAddress(request.ip);
  const forwarded = request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined;
  return forwarded ? `via ${peer}` : peer;
}
