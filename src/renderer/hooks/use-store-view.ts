import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorShape, Result } from '../../shared/result';
import { StoreView } from '../../shared/store-api';
import { requestJson } from '../lib/http';
import { storeApiPath } from '../lib/page-address';

export type StoreState =
  | { phase: 'loading' }
  | { phase: 'ready'; view: StoreView }
  | { phase: 'not-live' }
  | { phase: 'error'; error: AppErrorShape };

/** How often an open store page refreshes stock and remaining seats while visible. */
const REFRESH_MS = 30_000;

const fetchStoreView = (): Promise<Result<StoreView>> => requestJson(storeApiPath(window.location.pathname), StoreView);

/**
 * The store's offers, refreshed while the page is visible. A failed background refresh keeps the
 * offers on screen (a phone on a shaky connection should not lose the page it is reading).
 */
export function useStoreView(): { state: StoreState; retry: () => void; refresh: () => void } {
  const [state, setState] = useState<StoreState>({ phase: 'loading' });
  const hasView = useRef(false);

  const apply = useCallback((result: Result<StoreView>, foreground: boolean) => {
    if (result.ok) {
      hasView.current = true;
      setState({ phase: 'ready', view: result.value });
    } else if (result.error.code === 'show_not_live' || result.error.code === 'not_found') {
      hasView.current = false;
      setState({ phase: 'not-live' });
    } else if (foreground || !hasView.current) {
      setState({ phase: 'error', error: result.error });
    }
  }, []);

  const refresh = useCallback(() => {
    void fetchStoreView().then((result) => apply(result, false));
  }, [apply]);

  useEffect(() => {
    refresh();
    const whenVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    const timer = setInterval(whenVisible, REFRESH_MS);
    document.addEventListener('visibilitychange', whenVisible);
    window.addEventListener('online', whenVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', whenVisible);
      window.removeEventListener('online', whenVisible);
    };
  }, [refresh]);

  const retry = () => {
    setState({ phase: 'loading' });
    void fetchStoreView().then((result) => apply(result, true));
  };
  return { state, retry, refresh };
}
