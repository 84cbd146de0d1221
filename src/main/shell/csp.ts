import type { HeadersReceivedResponse, OnHeadersReceivedListenerDetails } from 'electron';
import { isSameOrigin } from './urls';

/**
 * Defence in depth for the studio window: the core's HTTP server already sends a CSP with every
 * page; should one response ever lack it, the window still gets this strict policy.
 */
export function studioContentSecurityPolicy(studioOrigin: string): string {
  const { protocol, host } = new URL(studioOrigin);
  const socketScheme = protocol === 'https:' ? 'wss:' : 'ws:';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob: mediastream:",
    `connect-src 'self' ${socketScheme}//${host}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function hasContentSecurityPolicy(headers: Record<string, string[]> | undefined): boolean {
  return Object.keys(headers ?? {}).some((name) => name.toLowerCase() === 'content-security-policy');
}

type HeadersListener = (
  details: OnHeadersReceivedListenerDetails,
  callback: (response: HeadersReceivedResponse) => void,
) => void;

/** For `session.webRequest.onHeadersReceived`: adds the policy to studio responses without one. */
export function addMissingStudioCsp(studioOrigin: string): HeadersListener {
  const policy = studioContentSecurityPolicy(studioOrigin);
  return (details, callback) => {
    if (!isSameOrigin(details.url, studioOrigin) || hasContentSecurityPolicy(details.responseHeaders)) {
      callback({});
      return;
    }
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  };
}
