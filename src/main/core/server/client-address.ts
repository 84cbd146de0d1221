import { isIP, type Socket } from 'node:net';
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
 *
 * A request on a socket of the studio's own tunnel (public/edge-ingress.ts: the SSH tunnel or
 * ngrok) came through the edge, which wrote the viewer's address as the last X-Forwarded-For hop
 * (Caddy and ngrok both append the address they saw and drop nothing a client could forge past
 * it): that last hop is the viewer, with nothing for the creator to list.
 */
export type TrustedProxies = () => readonly string[];
/** Is this socket one the studio's own tunnel opened (public/edge-ingress.ts)? */
export type FromEdge = (socket: Socket) => boolean;

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

export function clientKey(request: FastifyRequest, trusted: TrustedProxies, fromEdge: FromEdge = () => false): string {
  if (fromEdge(request.socket)) return edgeClient(request.headers['x-forwarded-for']);
  const peer = normalizeAddress(request.socket.remoteAddress);
  // Fastify walked X-Forwarded-For through trusted hops only (trustProxyFunction), so request.ip is the viewer.
  if (trusted().includes(peer)) return normalizeAddress(request.ip);
  const forwarded = request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined;
  return forwarded ? `via ${peer}` : peer;
}

/** The address the edge saw: the last X-Forwarded-For hop (earlier ones are the client's own words). */
function edgeClient(header: string | string[] | undefined): string {
  const hops = [header ?? []].flat().join(',').split(',');
  const last = hops[hops.length - 1]?.trim() ?? '';
  const address = normalizeAddress(last.replace(/^\[|\]$/g, ''));
  return isIP(address) !== 0 ? address : 'edge';
}
