import { app, session, shell } from 'electron';
import type { Session, WebContents } from 'electron';
import type { Logger } from '../core/log';
import { addMissingStudioCsp } from './csp';
import { ExternalUrl, isSameOrigin } from './urls';

/**
 * Electron's security checklist for every webContents the app creates. The studio origin is the
 * only trusted one: it may use camera and microphone and navigate within itself; everything else
 * is refused, and web links leave the app for the system browser.
 */
export interface SecurityPolicy {
  studioOrigin: string;
  log: Logger;
}

/** Permissions the studio page needs: camera/microphone, and copying links for the host. */
export const STUDIO_PERMISSIONS: ReadonlySet<string> = new Set(['media', 'clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined, studioOrigin: string): boolean {
  return STUDIO_PERMISSIONS.has(permission) && requestingUrl !== undefined && isSameOrigin(requestingUrl, studioOrigin);
}

type RequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
type CheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>;

export function permissionRequestHandler(studioOrigin: string): RequestHandler {
  return (_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, studioOrigin));
  };
}

export function permissionCheckHandler(studioOrigin: string): CheckHandler {
  return (_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin, studioOrigin);
}

interface PreventableNavigation {
  url: string;
  preventDefault(): void;
}

/** For navigations and redirects in any frame: stay on the studio's own origin. */
export function navigationGuard({ studioOrigin, log }: SecurityPolicy): (event: PreventableNavigation) => void {
  return (event) => {
    if (isSameOrigin(event.url, studioOrigin)) return;
    event.preventDefault();
    log.warn('Refused navigation away from the studio', { url: event.url });
  };
}

/** No window ever opens inside the app; web links go to the system browser, nothing else does. */
export function windowOpenHandler(
  openExternal: (url: string) => Promise<void>,
  log: Logger,
): (details: { url: string }) => { action: 'deny' } {
  return ({ url }) => {
    const parsed = ExternalUrl.safeParse(url);
    if (parsed.success) {
      openExternal(parsed.data).catch((error: unknown) => log.warn('Could not open link in the browser', { url, error }));
    } else {
      log.warn('Refused to open a window', { url });
    }
    return { action: 'deny' };
  };
}

export function preventWebviewAttach(event: { preventDefault(): void }): void {
  event.preventDefault();
}

export function hardenWebContents(contents: WebContents, policy: SecurityPolicy): void {
  const guard = navigationGuard(policy);
  contents.on('will-navigate', guard);
  // Also fires for the main frame, which will-navigate already covers: guard subframes here.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) guard(event);
  });
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', preventWebviewAttach);
  contents.setWindowOpenHandler(windowOpenHandler((url) => shell.openExternal(url), policy.log));
}

/** Call once the studio origin is known and before any window is created. */
export function installSecurity(policy: SecurityPolicy): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, policy));
  const { defaultSession } = session;
  defaultSession.setPermissionRequestHandler(permissionRequestHandler(policy.studioOrigin));
  defaultSession.setPermissionCheckHandler(permissionCheckHandler(policy.studioOrigin));
  defaultSession.webRequest.onHeadersReceived(addMissingStudioCsp(policy.studioOrigin));
}
