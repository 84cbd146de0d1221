import { useEffect, useState } from 'react';
import { resolveHostSession, type HostSessionResult } from '../lib/host-session';

/** The studio page's server address and host token (Electron bridge or `#token=` link). */
export function useHostSession(): HostSessionResult | null {
  const [result, setResult] = useState<HostSessionResult | null>(null);
  useEffect(() => {
    let current = true;
    void resolveHostSession({
      bridge: window.hotseat,
      location: window.location,
      history: window.history,
      storage: sessionStorageOrNull(),
    }).then((resolved) => {
      if (current) setResult(resolved);
    });
    return () => {
      current = false;
    };
  }, []);
  return result;
}

export function sessionStorageOrNull(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage disabled by the browser
  }
}
