import type { HotseatApi } from '../../preload/api';
import type { KeyValueStorage } from './buyer-key';

/**
 * Where the studio page gets its server address and host token: from the Electron preload when it
 * runs in the studio window, otherwise from the `#token=` fragment of the link `serve` printed.
 * The fragment is moved into sessionStorage and wiped from the address bar at once, so the token is
 * not shoulder-surfed, bookmarked or kept in history; a reload of the same tab still works.
 */
export const HOST_TOKEN_STORAGE = 'hotseat.hostToken';

export interface HostSession {
  serverUrl: string;
  token: string;
}

export interface HostSessionSources {
  bridge: Pick<HotseatApi, 'getSession'> | undefined;
  location: { href: string; hash: string };
  history: { replaceState(data: unknown, unused: string, url?: string): void };
  storage: (KeyValueStorage & { removeItem(key: string): void }) | null;
}

export type HostSessionResult = { ok: true; session: HostSession } | { ok: false; reason: string };

export async function resolveHostSession(sources: HostSessionSources): Promise<HostSessionResult> {
  if (sources.bridge) {
    try {
      const { serverUrl, hostToken } = await sources.bridge.getSession();
      return { ok: true, session: { serverUrl, token: hostToken } };
    } catch (error) {
      return { ok: false, reason: `The studio window could not reach the core: ${String(error)}` };
    }
  }
  const serverUrl = new URL(sources.location.href).origin;
  const fromFragment = new URLSearchParams(sources.location.hash.replace(/^#/, '')).get('token');
  if (fromFragment) {
    attempt(() => sources.storage?.setItem(HOST_TOKEN_STORAGE, fromFragment));
    const clean = new URL(sources.location.href);
    clean.hash = '';
    sources.history.replaceState(null, '', clean.pathname + clean.search);
    return { ok: true, session: { serverUrl, token: fromFragment } };
  }
  const stored = attempt(() => sources.storage?.getItem(HOST_TOKEN_STORAGE) ?? null);
  if (stored) return { ok: true, session: { serverUrl, token: stored } };
  return {
    ok: false,
    reason: 'This page needs the studio link with its access token. Open the link printed by the studio (…/studio#token=…).',
  };
}

/** After the core refuses a token, forget it so the next visit asks for a fresh link. */
export function forgetHostToken(storage: HostSessionSources['storage']): void {
  attempt(() => storage?.removeItem(HOST_TOKEN_STORAGE));
}

function attempt<T>(action: () => T): T | null {
  try {
    return action();
  } catch {
    return null;
  }
}
