import type { KeyValueStorage } from './buyer-key';

/**
 * Where the moderator page gets its token: the `#token=` fragment of the invite link, moved into
 * sessionStorage and wiped from the address bar at once (not bookmarked, not in history, never
 * sent to a server); a reload of the same tab still works.
 */
export const MODERATOR_TOKEN_STORAGE = 'hotseat.moderatorToken';

export interface FragmentSources {
  location: { href: string; hash: string };
  history: { replaceState(data: unknown, unused: string, url?: string): void };
  storage: (KeyValueStorage & { removeItem(key: string): void }) | null;
}

export type ModeratorSessionResult = { ok: true; serverUrl: string; token: string } | { ok: false; reason: string };

export function resolveModeratorSession(sources: FragmentSources): ModeratorSessionResult {
  const serverUrl = new URL(sources.location.href).origin;
  const fromFragment = new URLSearchParams(sources.location.hash.replace(/^#/, '')).get('token');
  if (fromFragment) {
    attempt(() => sources.storage?.setItem(MODERATOR_TOKEN_STORAGE, fromFragment));
    const clean = new URL(sources.location.href);
    clean.hash = '';
    sources.history.replaceState(null, '', clean.pathname + clean.search);
    return { ok: true, serverUrl, token: fromFragment };
  }
  const stored = attempt(() => sources.storage?.getItem(MODERATOR_TOKEN_STORAGE) ?? null);
  if (stored) return { ok: true, serverUrl, token: stored };
  return { ok: false, reason: 'Open the moderator link the host sent you (it ends in #token=…). Ask the host for a new one if you lost it.' };
}

/** After the studio refuses the token (revoked, expired), forget it so a new link is asked for. */
export function forgetModeratorToken(storage: FragmentSources['storage']): void {
  attempt(() => storage?.removeItem(MODERATOR_TOKEN_STORAGE));
}

function attempt<T>(action: () => T): T | null {
  try {
    return action();
  } catch {
    return null;
  }
}
