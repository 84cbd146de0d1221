import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { OnHeadersReceivedListenerDetails, WebContents } from 'electron';
import { memoryLogger } from '../../../src/main/core/log';
import { addMissingStudioCsp, studioContentSecurityPolicy } from '../../../src/main/shell/csp';
import {
  hardenWebContents,
  installSecurity,
  isPermissionAllowed,
  navigationGuard,
  permissionCheckHandler,
  permissionRequestHandler,
  windowOpenHandler,
} from '../../../src/main/shell/security';
import { FakeWebContents, PreventableEvent, app, resetFakeElectron, session, shell } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const STUDIO = 'http://127.0.0.1:4870';
const STRANGERS = [
  'http://127.0.0.1:48701/studio', // port prefix lookalike
  'http://127.0.0.1.evil.com/studio', // host prefix lookalike
  'http://127.0.0.1.evil.com:4870/studio',
  'https://127.0.0.1:4870/studio', // same host, other scheme
  'http://localhost:4870/studio', // same server, other origin
  'http://127.0.0.1:487/studio',
  'https://example.com/',
  'file:///etc/passwd',
  'data:text/html,<h1>hi</h1>',
  'javascript:alert(1)',
  'not a url',
];

function policy() {
  return { studioOrigin: STUDIO, log: memoryLogger() };
}

beforeEach(() => resetFakeElectron());

describe('permissions', () => {
  it('allows camera/microphone and sanitized clipboard writes for the studio origin only', () => {
    expect(isPermissionAllowed('media', `${STUDIO}/studio`, STUDIO)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', `${STUDIO}/studio#x`, STUDIO)).toBe(true);
    for (const url of STRANGERS) {
      expect(isPermissionAllowed('media', url, STUDIO), url).toBe(false);
    }
    expect(isPermissionAllowed('media', undefined, STUDIO)).toBe(false);
  });

  it('refuses every other permission, even for the studio origin', () => {
    for (const permission of ['geolocation', 'notifications', 'clipboard-read', 'display-capture', 'openExternal', 'hid', 'usb', 'serial', 'midiSysex', 'fullscreen', 'pointerLock', 'unknown']) {
      expect(isPermissionAllowed(permission, `${STUDIO}/studio`, STUDIO), permission).toBe(false);
    }
  });

  it('answers requests through the callback and checks by origin (trailing slash or not)', () => {
    const request = permissionRequestHandler(STUDIO);
    const answers: boolean[] = [];
    const contents = new FakeWebContents() as unknown as WebContents;
    request(contents, 'media', (granted) => answers.push(granted), { requestingUrl: `${STUDIO}/studio`, isMainFrame: true });
    request(contents, 'media', (granted) => answers.push(granted), { requestingUrl: 'http://127.0.0.1:48701/', isMainFrame: true });
    request(contents, 'geolocation', (granted) => answers.push(granted), { requestingUrl: `${STUDIO}/studio`, isMainFrame: true });
    expect(answers).toEqual([true, false, false]);

    const check = permissionCheckHandler(STUDIO);
    expect(check(contents, 'media', `${STUDIO}/`, { isMainFrame: true })).toBe(true);
    expect(check(contents, 'media', 'http://127.0.0.1.evil.com/', { isMainFrame: true })).toBe(false);
    expect(check(null, 'notifications', `${STUDIO}/`, { isMainFrame: true })).toBe(false);
  });
});

describe('navigation', () => {
  it('stays within the studio origin', () => {
    const guard = navigationGuard(policy());
    const refused = (url: string) => {
      const event = new PreventableEvent(url);
      guard(event);
      return event.defaultPrevented;
    };
    expect(refused(`${STUDIO}/studio`)).toBe(false);
    expect(refused(`${STUDIO}/store/abc?x=1`)).toBe(false);
    for (const url of STRANGERS) expect(refused(url), url).toBe(true);
  });

  it('is applied to navigations, subframe navigations and redirects of a webContents', () => {
    const contents = new FakeWebContents();
    const log = memoryLogger();
    hardenWebContents(contents as unknown as WebContents, { studioOrigin: STUDIO, log });
    for (const eventName of ['will-navigate', 'will-frame-navigate', 'will-redirect'] as const) {
      const isMainFrame = eventName !== 'will-frame-navigate';
      expect(contents.attempt(eventName, 'https://evil.example/', isMainFrame), eventName).toBe(true);
      expect(contents.attempt(eventName, `${STUDIO}/studio`, isMainFrame), eventName).toBe(false);
    }
    expect(log.lines.filter((line) => line.includes('Refused navigation'))).toHaveLength(3);
  });

  it('prevents attaching a webview', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContents, policy());
    const event = new PreventableEvent();
    contents.emit('will-attach-webview', event, {}, { src: `${STUDIO}/studio` });
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('new windows', () => {
  it('denies every window and hands only http(s) links to the system browser', async () => {
    const opened: string[] = [];
    const handler = windowOpenHandler((url) => {
      opened.push(url);
      return Promise.resolve();
    }, memoryLogger());
    const urls = ['https://dashboard.stripe.com/payments', 'http://example.com/a b', `${STUDIO}/store`, ...STRANGERS.slice(7), 'hotseat://x', 'mailto:a@b.co', 'smb://server/share', 'vbscript:x'];
    for (const url of urls) expect(handler({ url }), url).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(opened).toHaveLength(3));
    expect(opened).toEqual(['https://dashboard.stripe.com/payments', 'http://example.com/a%20b', `${STUDIO}/store`]);
  });

  it('wires the handler to shell.openExternal on every hardened webContents', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContents, policy());
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(shell.openExternal.mock.calls).toEqual([['https://example.com/']]);
  });

  it('logs instead of throwing when the browser cannot be opened', async () => {
    const log = memoryLogger();
    const handler = windowOpenHandler(() => Promise.reject(new Error('no browser')), log);
    expect(handler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(log.lines.join('\n')).toContain('no browser'));
  });
});

describe('installSecurity', () => {
  it('hardens every webContents created later and sets the session handlers', () => {
    installSecurity(policy());
    const contents = new FakeWebContents();
    app.emit('web-contents-created', new PreventableEvent(), contents);
    expect(contents.attempt('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.windowOpenHandler).not.toBeNull();

    const { setPermissionRequestHandler, setPermissionCheckHandler, webRequest } = session.defaultSession;
    expect(setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(setPermissionCheckHandler).toHaveBeenCalledTimes(1);
    expect(webRequest.onHeadersReceived).toHaveBeenCalledTimes(1);
    const check = setPermissionCheckHandler.mock.calls[0]?.[0] as ReturnType<typeof permissionCheckHandler>;
    expect(check(null, 'media', `${STUDIO}/`, { isMainFrame: true })).toBe(true);
    expect(check(null, 'media', 'http://127.0.0.1:48701/', { isMainFrame: true })).toBe(false);
  });
});

describe('content security policy', () => {
  function headersAfter(url: string, responseHeaders?: Record<string, string[]>) {
    const listener = addMissingStudioCsp(STUDIO);
    let result: unknown;
    listener({ url, responseHeaders } as OnHeadersReceivedListenerDetails, (response) => {
      result = response;
    });
    return result;
  }

  it('builds a strict policy whose only socket target is the studio host', () => {
    const policy = studioContentSecurityPolicy('http://127.0.0.1:51234');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("connect-src 'self' ws://127.0.0.1:51234;");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-eval');
    expect(studioContentSecurityPolicy('https://show.example.com')).toContain("connect-src 'self' wss://show.example.com;");
  });

  it('adds the policy to studio responses without one', () => {
    expect(headersAfter(`${STUDIO}/studio`, { 'Content-Type': ['text/html'] })).toEqual({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [studioContentSecurityPolicy(STUDIO)] },
    });
  });

  it("keeps the server's own policy and leaves other origins alone", () => {
    expect(headersAfter(`${STUDIO}/studio`, { 'content-security-policy': ["default-src 'none'"] })).toEqual({});
    expect(headersAfter('https://js.stripe.com/v3', { 'Content-Type': ['text/javascript'] })).toEqual({});
    expect(headersAfter('http://127.0.0.1:48701/studio', {})).toEqual({});
  });
});
