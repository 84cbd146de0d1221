import { useEffect, useState } from 'react';
import { AppErrorShape, errorWith } from '../../shared/result';
import { useLocalizeError } from '../i18n/use-localize-error';
import { fileNameOf } from '../lib/content-disposition';

export interface ImageBlob {
  /** An object URL of the picture (for <img> and a download link), once loaded. */
  src: string | null;
  /** The name the server suggests for saving it (Content-Disposition). */
  fileName: string | null;
  /** Why it could not be loaded, in the page's language. */
  error: string | null;
}

type Loaded = Omit<ImageBlob, 'error'> & { key: string | null; error: AppErrorShape | null };

/**
 * Loads a picture that needs a secret header (the receipt token, the host token): fetched with the
 * header, shown and downloaded from an object URL, so the secret never goes into a URL. The object
 * URL is released when the component goes away or the picture changes.
 */
export function useImageBlob(url: string | null, headers: Record<string, string> | null): ImageBlob {
  const headerKey = headers ? JSON.stringify(headers) : null;
  const key = url && headerKey ? `${url}\n${headerKey}` : null;
  // The state names the picture it is about: a new url shows nothing stale while it loads.
  const [state, setLoaded] = useState<Loaded>({ key: null, src: null, fileName: null, error: null });
  const localize = useLocalizeError();
  useEffect(() => {
    if (!url || !headerKey) return;
    const loadedKey = `${url}\n${headerKey}`;
    const setState = (value: Omit<Loaded, 'key'>) => setLoaded({ ...value, key: loadedKey });
    let current = true;
    let objectUrl: string | null = null;
    void (async () => {
      try {
        const response = await fetch(url, { headers: JSON.parse(headerKey) as Record<string, string>, credentials: 'same-origin', cache: 'no-store' });
        if (!response.ok) {
          const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
          const error = AppErrorShape.safeParse(body?.error);
          if (current) setState({ src: null, fileName: null, error: error.success ? error.data : errorWith('unavailable', 'error.pictureNotLoaded', { status: response.status }) });
          return;
        }
        const blob = await response.blob();
        if (!current) return;
        objectUrl = URL.createObjectURL(blob);
        setState({ src: objectUrl, fileName: fileNameOf(response.headers.get('content-disposition')), error: null });
      } catch {
        if (current) setState({ src: null, fileName: null, error: errorWith('unavailable', 'error.pictureUnreachable') });
      }
    })();
    return () => {
      current = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [url, headerKey]);
  return state.key === key ? { src: state.src, fileName: state.fileName, error: state.error ? localize(state.error).message : null } : { src: null, fileName: null, error: null };
}
