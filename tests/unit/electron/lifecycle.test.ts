import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryLogger } from '../../../src/main/core/log';
import type { Studio, StudioOptions } from '../../../src/main/core/studio';
import { launchShell } from '../../../src/main/shell/lifecycle';
import { STARTUP_ERROR_TITLE } from '../../../src/main/core/startup-error';
import { BrowserWindow, app, desktopCapturer, dialog, fakeCaptureSource, ipcMain, resetFakeElectron, session } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const HOST_TOKEN = 'hsh_lifecycle_test_token_0123456789';
let dataDir: string;
const servers: Server[] = [];

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/** A stand-in core that really listens, so port clashes and shutdowns are real. */
function httpStudio(close?: (server: Server) => Promise<void>) {
  const calls: StudioOptions[] = [];
  const closes: number[] = [];
  const startStudio = async (options: StudioOptions): Promise<Studio> => {
    calls.push(options);
    const server = createServer((_req, res) => res.end('studio'));
    servers.push(server);
    const port = await listen(server, options.port);
    const url = `http://127.0.0.1:${port}`;
    return {
      url,
      studioUrl: `${url}/studio#token=${HOST_TOKEN}`,
      hostToken: HOST_TOKEN,
      routes: () => [],
      close: () => {
        closes.push(Date.now());
        return close ? close(server) : new Promise<void>((resolve) => server.close(() => resolve()));
      },
    };
  };
  return { startStudio, calls, closes };
}

function launch(startStudio: (options: StudioOptions) => Promise<Studio>, env: NodeJS.ProcessEnv = { HOTSEAT_PORT: '0' }, closeTimeoutMs?: number) {
  const log = memoryLogger();
  const shell = launchShell({ startStudio, preloadPath: '/app/out/preload/index.cjs', pagesDir: '/app/out/renderer', env, log, closeTimeoutMs });
  return { ...shell, log };
}

beforeEach(() => {
  resetFakeElectron();
  dataDir = mkdtempSync(join(tmpdir(), 'hotseat-shell-'));
  app.userData = dataDir;
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  rmSync(dataDir, { recursive: true, force: true });
});

describe('startup', () => {
  it('starts the core in the user data folder, hardens Electron, then opens the studio page without a token in the URL', async () => {
    const core = httpStudio();
    const shell = launch(core.startStudio);
    await shell.started;

    expect(app.enableSandbox).toHaveBeenCalled();
    expect(core.calls).toHaveLength(1);
    const options = core.calls[0];
    expect(options).toMatchObject({ dataDir, port: 0, version: '1.2.3-test', pagesDir: '/app/out/renderer' });

    // The secrets the core gets are the safeStorage-backed store, in the user data folder.
    options?.secrets.set('obsPassword', 'pw-from-test');
    expect(options?.secrets.get('obsPassword')).toBe('pw-from-test');

    const window = BrowserWindow.instances[0];
    expect(BrowserWindow.instances).toHaveLength(1);
    expect(shell.studioWindow()).toBe(window);
    const pageUrl = window?.webContents.mainFrame.url ?? '';
    expect(pageUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/studio$/);
    expect(pageUrl).not.toContain(HOST_TOKEN);
    expect(window?.options.webPreferences).toMatchObject({ preload: '/app/out/preload/index.cjs', sandbox: true });
    expect(await (await fetch(pageUrl)).text()).toBe('studio');

    // Security is in place for the real origin before the window exists.
    expect(window?.webContents.attempt('will-navigate', 'https://evil.example/')).toBe(true);
    expect(window?.webContents.attempt('will-navigate', `${new URL(pageUrl).origin}/store`)).toBe(false);
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledTimes(1);

    // The page gets its session (with the host token) over IPC, from its main frame only.
    const getSession = ipcMain.handlers.get('hotseat:get-session');
    const reply = await getSession?.({ sender: window?.webContents, senderFrame: window?.webContents.mainFrame });
    expect(reply).toEqual({ ok: true, value: { serverUrl: new URL(pageUrl).origin, hostToken: HOST_TOKEN, version: '1.2.3-test' } });
    expect(dialog.showErrorBox).not.toHaveBeenCalled();

    // Screen share: the host's pick in the studio's picker is what getDisplayMedia then captures.
    desktopCapturer.sources = [fakeCaptureSource('screen:0:0', 'Entire screen'), fakeCaptureSource('window:42:0', 'Slides')];
    const mainFrame = { sender: window?.webContents, senderFrame: window?.webContents.mainFrame };
    await expect(ipcMain.handlers.get('hotseat:choose-share-source')?.(mainFrame, 'window:42:0')).resolves.toEqual({ ok: true, value: null });
    const displayMedia = session.defaultSession.setDisplayMediaRequestHandler.mock.calls[0]?.[0] as (request: unknown, callback: (streams: unknown) => void) => void;
    const granted = await new Promise((resolve) =>
      displayMedia(
        { frame: window?.webContents.mainFrame, securityOrigin: new URL(pageUrl).origin, videoRequested: true, audioRequested: false, userGesture: true },
        resolve,
      ),
    );
    expect(granted).toEqual({ video: { id: 'window:42:0', name: 'Slides' } });
  });

  it('explains a port that is already taken, then exits', async () => {
    const blocker = createServer();
    servers.push(blocker);
    const takenPort = await listen(blocker, 0);
    const core = httpStudio();
    await launch(core.startStudio, { HOTSEAT_PORT: String(takenPort) }).started;

    expect(dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, message] = dialog.showErrorBox.mock.calls[0] ?? [];
    expect(title).toBe(STARTUP_ERROR_TITLE);
    expect(message).toContain(`Port ${takenPort} is already in use`);
    expect(message).toContain('HOTSEAT_PORT');
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(BrowserWindow.instances).toHaveLength(0);
  });

  it('explains a database locked by another process', async () => {
    const dbPath = join(dataDir, 'studio.db');
    const holder = new Database(dbPath);
    holder.exec('CREATE TABLE t (x); BEGIN EXCLUSIVE');
    const startStudio = (options: StudioOptions): Promise<Studio> => {
      const db = new Database(join(options.dataDir, 'studio.db'), { timeout: 0 });
      try {
        db.exec('BEGIN EXCLUSIVE');
      } finally {
        db.close();
      }
      return Promise.reject(new Error('unreachable'));
    };
    try {
      await launch(startStudio).started;
    } finally {
      holder.close();
    }
    const message = dialog.showErrorBox.mock.calls[0]?.[1] ?? '';
    expect(message).toContain(`The studio database in ${dataDir} is locked by another program`);
    expect(app.exit).toHaveBeenCalledWith(1);
  });

  it('refuses a malformed HOTSEAT_PORT before starting anything', async () => {
    const core = httpStudio();
    await launch(core.startStudio, { HOTSEAT_PORT: '48 70' }).started;
    expect(core.calls).toHaveLength(0);
    expect(dialog.showErrorBox.mock.calls[0]?.[1]).toBe('HOTSEAT_PORT must be a whole number from 0 to 65535 (0 picks a free port); it is "48 70".');
    expect(app.exit).toHaveBeenCalledWith(1);
  });

  it('never shows a secret from an error message', async () => {
    await launch(() => Promise.reject(new Error('Invalid API Key provided: sk_live_51AbCdEfGhIjKlMnOp'))).started;
    const message = dialog.showErrorBox.mock.calls[0]?.[1] ?? '';
    expect(message).toContain('Invalid API Key provided');
    expect(message).not.toContain('sk_live_51AbCdEfGhIjKlMnOp');
  });

  it('closes a core that started when the rest of startup fails', async () => {
    const core = httpStudio();
    const broken = async (options: StudioOptions) => ({ ...(await core.startStudio(options)), url: 'not a url' });
    await launch(broken).started;
    expect(core.closes).toHaveLength(1);
    expect(servers[0]?.listening).toBe(false);
    expect(dialog.showErrorBox).toHaveBeenCalledTimes(1);
    expect(app.exit).toHaveBeenCalledWith(1);
  });
});

describe('single instance', () => {
  it('a second launch quits at once without starting a core', async () => {
    app.hasLock = false;
    const core = httpStudio();
    await launch(core.startStudio).started;
    expect(app.quitted).toBe(true);
    expect(core.calls).toHaveLength(0);
    expect(BrowserWindow.instances).toHaveLength(0);
  });

  it('the running instance focuses its window when another launch is attempted', async () => {
    await launch(httpStudio().startStudio).started;
    const window = BrowserWindow.instances[0];
    if (!window) throw new Error('no window');
    window.minimized = true;
    app.emit('second-instance', {}, [], '/');
    expect(window).toMatchObject({ minimized: false, visible: true, focused: true });
  });
});

describe('quitting', () => {
  it('holds the quit once, closes the core, then quits', async () => {
    const core = httpStudio();
    await launch(core.startStudio).started;
    app.quit();
    app.quit();
    expect(app.quitted).toBe(false);
    await vi.waitFor(() => expect(app.quitted).toBe(true), { timeout: 5000 });
    expect(core.closes).toHaveLength(1);
    expect(servers[0]?.listening).toBe(false);
  });

  it('quits when the last window closes (not on macOS) and closes the core first', async () => {
    const core = httpStudio();
    await launch(core.startStudio).started;
    BrowserWindow.instances[0]?.close();
    app.emit('window-all-closed');
    if (process.platform === 'darwin') return;
    await vi.waitFor(() => expect(app.quitted).toBe(true), { timeout: 5000 });
    expect(core.closes).toHaveLength(1);
  });

  it('gives up on a core that never finishes closing, so the app still quits', async () => {
    const core = httpStudio(() => new Promise<void>(() => {}));
    const { started, log } = launch(core.startStudio, { HOTSEAT_PORT: '0' }, 50);
    await started;
    app.quit();
    await vi.waitFor(() => expect(app.quitted).toBe(true), { timeout: 5000 });
    expect(log.lines.join('\n')).toContain('did not close within 50 ms');
  });

  it('a quit during startup waits for the core and closes it', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const core = httpStudio();
    const slow = async (options: StudioOptions) => {
      await gate;
      return core.startStudio(options);
    };
    const { started } = launch(slow);
    app.quit();
    release();
    await started;
    await vi.waitFor(() => expect(app.quitted).toBe(true), { timeout: 5000 });
    expect(core.closes).toHaveLength(1);
    expect(BrowserWindow.instances).toHaveLength(0);
  });
});
