import { useEffect, useState } from 'react';
import { AppErrorShape } from '../../shared/result';
import { fileNameOf } from '../lib/content-disposition';

export interface ImageBlob {
  /** An object URL of the picture (for <img> and a download link), once loaded. */
  src: string | null;
  /** The name the server suggests for saving it (Content-Disposition). */
  fileName: string | null;
  error: string | null;
}

/**
 * Loads a picture that needs a secret header (the receipt token, the host token): fetched with the
 * header, shown and downloaded from an object URL, so the secret never goes into a URL. The object
 * URL is released when the component goes away or the picture changes.
 */
export function useImageBlob(url: string | null, headers: Record<string, string> | null): ImageBlob {
  const headerKey = headers ? JSON.stringify(headers) : null;
  const key = url && headerKey ? `${url}\n${headerKey}` : null;
  // The state names the picture it is about: a new url shows nothing stale while it loads.
  const [state, setLoaded] = useState<ImageBlob & { key: string | null }>({ key: null, src: null, fileName: null, error: null });
  useEffect(() => {
    if (!url || !headerKey) return;
    const loadedKey = `${url}\n${headerKey}`;
    const setState = (value: ImageBlob) => setLoaded({ ...value, key: loadedKey });
    let current = true;
    let objectUrl: string | null = null;
    void (async () => {
      try {
        const response = await fetch(url, { headers: JSON.parse(headerKey) as Record<string, string>, credentials: 'same-origin', cache: 'no-store' });
        if (!response.ok) {
          const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
          const error = AppErrorShape.safeParse(body?.error);
          if (current) setState({ src: null, fileName: null, error: error.success ? error.data.message : `The picture could not be loaded (${response.status}).` });
          return;
        }
        const blob = await response.blob();
        if (!current) return;
        objectUrl = URL.createObjectURL(blob);
        setState({ src: objectUrl, fileName: fileNameOf(response.headers.get('content-disposition')), error: null });
      } catch {
        if (current) setState({ src: null, fileName: null, error: 'The picture could not be loaded. Check your connection and try again.' });
      }
    })();
    return () => {
      current = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [url, headerKey]);
  return state.key === key ? { src: state.src, fileName: state.fileName, error: state.error } : { src: null, fileName: null, error: null };
}
