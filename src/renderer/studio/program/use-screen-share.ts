import { useCallback, useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import type { ShareSourceInfo } from '../../../preload/api';
import { describeShareError } from '../../lib/screen-share-errors';

/**
 * The host's screen or window share, a program source like a camera. In a browser the browser's
 * own picker chooses what to share; in the desktop app (no picker of its own) the studio lists the
 * screens and windows and the host picks one (`picker`), which main then grants. When the host
 * stops sharing from the system's own "Stop sharing" bar, the share ends here too.
 */
export interface ScreenShare {
  stream: MediaStream | null;
  /** What is being shared, as the system names it ("Entire screen", a window title) when the host picked it in the desktop app; null in a browser. */
  label: string | null;
  /** What kind of surface is shared, for a share the system gives no name (a browser's). */
  surface: ShareSurface;
  starting: boolean;
  error: string | null;
  /** The desktop app's picker: null when closed; `sources` null while they are being listed. */
  picker: { sources: ShareSourceInfo[] | null; error: string | null } | null;
  start: () => void;
  pick: (id: string) => void;
  closePicker: () => void;
  stop: () => void;
}

/** Chromium's extra getDisplayMedia options (not yet in TypeScript's DOM types). */
interface DisplayMediaOptions extends DisplayMediaStreamOptions {
  /** Don't offer the studio's own window: sharing it shows the program inside itself. */
  selfBrowserSurface?: 'include' | 'exclude';
  surfaceSwitching?: 'include' | 'exclude';
  systemAudio?: 'include' | 'exclude';
}

const OPTIONS: DisplayMediaOptions = {
  video: { frameRate: { ideal: 30, max: 30 }, width: { max: 1920 }, height: { max: 1080 } },
  audio: true,
  selfBrowserSurface: 'exclude',
  surfaceSwitching: 'include',
  systemAudio: 'include',
};

export type ShareSurface = 'screen' | 'window' | 'browser';

/** What a browser's share is, from the track's `displaySurface` (its label is an id like `screen:0:0`). */
function surfaceOf(surface: string | undefined): ShareSurface {
  return surface === 'window' || surface === 'browser' ? surface : 'screen';
}

/** What went wrong, for the words around it: the error's name, else its message (as describeShareError says it). */
function errorDetail(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  return name || (error instanceof Error ? error.message : String(error));
}

/** `onSharing` hears each start and end of a share (the program switches layout on it). */
export function useScreenShare(onSharing: (sharing: boolean) => void): ScreenShare {
  const intl = useIntl();
  const [stream, setStream] = useState<MediaStream | null>(null);
  const listener = useRef(onSharing);
  useEffect(() => {
    listener.current = onSharing;
  });
  const [label, setLabel] = useState<string | null>(null);
  const [surface, setSurface] = useState<ShareSurface>('screen');
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [picker, setPicker] = useState<ScreenShare['picker']>(null);
  const current = useRef<MediaStream | null>(null);

  const end = useCallback((ended: MediaStream) => {
    if (current.current !== ended) return;
    ended.getTracks().forEach((track) => track.stop());
    current.current = null;
    setStream(null);
    listener.current(false);
  }, []);

  /** `name`: what the host picked in the desktop app's picker; a browser only says what kind of surface. */
  const capture = useCallback(async (name: string | null) => {
    setStarting(true);
    setError(null);
    try {
      const next = await navigator.mediaDevices.getDisplayMedia(OPTIONS);
      const replacing = current.current;
      if (replacing) {
        replacing.getTracks().forEach((track) => track.stop());
      }
      current.current = next;
      setLabel(name);
      setSurface(surfaceOf(next.getVideoTracks()[0]?.getSettings().displaySurface));
      // The system's own "Stop sharing" (or the window closing) ends the video track.
      next.getVideoTracks()[0]?.addEventListener('ended', () => end(next), { once: true });
      setStream(next);
      if (!replacing) listener.current(true);
    } catch (caught) {
      const problem = describeShareError(caught);
      if (problem.kind !== 'cancelled') setError(intl.formatMessage({ id: 'program.share.error' }, { kind: problem.kind, detail: errorDetail(caught) }));
    } finally {
      setStarting(false);
    }
  }, [end, intl]);

  const start = useCallback(() => {
    setError(null);
    const desktop = window.hotseat;
    if (!desktop) {
      void capture(null);
      return;
    }
    setPicker({ sources: null, error: null });
    desktop.listShareSources().then(
      (sources) => setPicker((open) => (open ? { sources, error: null } : open)),
      (caught: unknown) =>
        setPicker((open) =>
          open ? { sources: [], error: intl.formatMessage({ id: 'program.share.listFailed' }, { reason: caught instanceof Error ? caught.message : String(caught) }) } : open,
        ),
    );
  }, [capture, intl]);

  const pick = useCallback(
    (id: string) => {
      const desktop = window.hotseat;
      if (!desktop) return;
      const name = picker?.sources?.find((source) => source.id === id)?.name ?? null;
      setPicker(null);
      desktop.chooseShareSource(id).then(
        () => capture(name),
        (caught: unknown) => setError(intl.formatMessage({ id: 'program.share.pickFailed' }, { reason: caught instanceof Error ? caught.message : String(caught) })),
      );
    },
    [capture, picker, intl],
  );

  const stop = useCallback(() => {
    if (current.current) end(current.current);
  }, [end]);

  useEffect(() => () => current.current?.getTracks().forEach((track) => track.stop()), []);

  return { stream, label: stream ? label : null, surface, starting, error, picker, start, pick, closePicker: () => setPicker(null), stop };
}
