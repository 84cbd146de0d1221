import { z } from 'zod';
import type { DesktopCapturerSource, Session, WebContents } from 'electron';
import type { Logger } from '../core/log';
import type { ShareSourceInfo } from '../../preload/api';
import { isSameOrigin } from './urls';

/**
 * Screen and window sharing in the desktop app. Chromium's `getDisplayMedia` has no picker inside
 * Electron, so the studio page shows its own (thumbnails from `desktopCapturer`), tells main which
 * source the host picked, and only then calls `getDisplayMedia`. The display-media handler grants
 * exactly that source, once, shortly after the pick, and only to the studio window's main frame:
 * a page cannot capture the screen without the host's click on a source in the studio's picker.
 */

/** How long a pick stays good for the `getDisplayMedia` call that follows it. */
export const SHARE_CHOICE_TTL_MS = 15_000;

/** desktopCapturer ids look like `screen:0:0` or `window:94371843:0`. */
export const ShareSourceId = z
  .string({ error: 'must be a source id string' })
  .max(200, 'must be at most 200 characters')
  .regex(/^(screen|window):[0-9]+:[0-9]+$/, 'must be a screen or window id from the share picker');

export type GetSources = (options: { types: ('screen' | 'window')[]; thumbnailSize: { width: number; height: number } }) => Promise<DesktopCapturerSource[]>;

/** The host's pick, waiting for the page's `getDisplayMedia` call; each pick grants one capture. */
export class ShareChoice {
  private pending: { id: string; at: number } | null = null;

  constructor(private readonly now: () => number = Date.now) {}

  choose(id: string): void {
    this.pending = { id, at: this.now() };
  }

  /** The pick, if it is fresh; it is used up either way. */
  take(): string | null {
    const pending = this.pending;
    this.pending = null;
    if (!pending || this.now() - pending.at > SHARE_CHOICE_TTL_MS) return null;
    return pending.id;
  }
}

export async function listShareSources(getSources: GetSources): Promise<ShareSourceInfo[]> {
  const sources = await getSources({ types: ['screen', 'window'], thumbnailSize: { width: 320, height: 180 } });
  return sources.map((source) => ({
    id: source.id,
    name: source.name,
    kind: source.id.startsWith('screen:') ? 'screen' : 'window',
    thumbnail: source.thumbnail.isEmpty() ? null : source.thumbnail.toDataURL(),
  }));
}

type DisplayMediaHandler = NonNullable<Parameters<Session['setDisplayMediaRequestHandler']>[0]>;

export interface DisplayMediaDependencies {
  studioOrigin: string;
  studioContents(): WebContents | null;
  choice: ShareChoice;
  getSources: GetSources;
  platform: NodeJS.Platform;
  log: Logger;
}

export function displayMediaHandler(deps: DisplayMediaDependencies): DisplayMediaHandler {
  return (request, callback) => {
    const contents = deps.studioContents();
    const fromStudio = contents !== null && request.frame !== null && request.frame === contents.mainFrame && isSameOrigin(request.securityOrigin, deps.studioOrigin);
    // Used up even when refused: a stray request must not spend a pick meant for the studio.
    const picked = deps.choice.take();
    if (!fromStudio) {
      deps.log.warn('Refused screen capture outside the studio page', { origin: request.securityOrigin });
      callback(null);
      return;
    }
    if (picked === null) {
      deps.log.warn('Refused screen capture: no source was picked in the studio');
      callback(null);
      return;
    }
    deps
      .getSources({ types: ['screen', 'window'], thumbnailSize: { width: 0, height: 0 } })
      .then((sources) => {
        const source = sources.find((candidate) => candidate.id === picked);
        if (!source) {
          deps.log.warn('Refused screen capture: the picked window or screen is gone', { source: picked });
          callback(null);
          return;
        }
        // System sound comes with a screen only on Windows (loopback); elsewhere the share is silent.
        const audio = request.audioRequested && deps.platform === 'win32' && picked.startsWith('screen:') ? 'loopback' : undefined;
        callback(audio ? { video: { id: source.id, name: source.name }, audio } : { video: { id: source.id, name: source.name } });
      })
      .catch((error: unknown) => {
        deps.log.error('Could not list screens and windows to share', { error });
        callback(null);
      });
  };
}
