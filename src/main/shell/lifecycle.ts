import { join } from 'node:path';
import { app, desktopCapturer, dialog, safeStorage, session, shell } from 'electron';
import type { BrowserWindow } from 'electron';
import { consoleLogger } from '../core/log';
import { openFileLog, teeLogger } from '../core/logs/file-log';
import type { Logger } from '../core/log';
import type { Studio, StudioOptions } from '../core/studio';
import { registerIpcHandlers } from './ipc';
import { createSafeSecretStore, SECRETS_FILE_NAME } from './safe-secret-store';
import { displayMediaHandler, listShareSources, ShareChoice } from './screen-share';
import { installSecurity } from './security';
import { describeStartupError, STARTUP_ERROR_TITLE } from '../core/startup-error';
import { DEFAULT_STUDIO_PORT, studioPortFromEnv } from './studio-port';
import { createStudioWindow, focusWindow } from './window';

/**
 * The desktop app's life: one instance, start the core, harden Electron for the studio origin,
 * open the window, and on quit close the core before the process ends (the quit is held back once
 * while it closes). A startup failure is explained in a dialog, then the app exits.
 */
export interface ShellOptions {
  startStudio(options: StudioOptions): Promise<Studio>;
  preloadPath: string;
  pagesDir: string;
  env?: NodeJS.ProcessEnv;
  log?: Logger;
  /** How long quitting waits for the core to close before giving up on it. */
  closeTimeoutMs?: number;
}

export interface Shell {
  /** Settles once the window is open, or once a startup failure has been shown. */
  started: Promise<void>;
  studioWindow(): BrowserWindow | null;
}

function closeWithin(closing: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`the studio did not close within ${ms} ms`)), ms);
  });
  return Promise.race([closing, timeout]).finally(() => clearTimeout(timer));
}

export function launchShell(options: ShellOptions): Shell {
  // A packaged app has no terminal: the shell and the core write the same rotated files (core/logs).
  const log = options.log ?? teeLogger(consoleLogger('hotseat-shell'), openFileLog(join(app.getPath('userData'), 'logs')));
  const env = options.env ?? process.env;
  let window: BrowserWindow | null = null;
  let runningStudio: Studio | null = null;
  let port = DEFAULT_STUDIO_PORT;
  let readyToQuit = false;

  app.enableSandbox();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return { started: Promise.resolve(), studioWindow: () => null };
  }

  const openWindow = (studio: Studio): BrowserWindow => {
    const opened = createStudioWindow(options.preloadPath);
    opened.on('closed', () => {
      if (window === opened) window = null;
    });
    opened.loadURL(new URL('/studio', studio.url).href).catch((error: unknown) => log.error('Could not load the studio page', { error }));
    return opened;
  };

  const startCore = async (): Promise<Studio> => {
    const dataDir = app.getPath('userData');
    port = studioPortFromEnv(env);
    const secrets = createSafeSecretStore({ filePath: join(dataDir, SECRETS_FILE_NAME), encryptor: safeStorage });
    const studio = await options.startStudio({ dataDir, port, secrets, version: app.getVersion(), pagesDir: options.pagesDir, log });
    try {
      const studioOrigin = new URL(studio.url).origin;
      installSecurity({ studioOrigin, log });
      const studioContents = () => (window !== null && !window.isDestroyed() ? window.webContents : null);
      const shareChoice = new ShareChoice();
      const getSources = desktopCapturer.getSources.bind(desktopCapturer);
      session.defaultSession.setDisplayMediaRequestHandler(
        displayMediaHandler({ studioOrigin, studioContents, choice: shareChoice, getSources, platform: process.platform, log }),
      );
      registerIpcHandlers({
        studioOrigin,
        studioContents,
        session: () => ({ serverUrl: studio.url, hostToken: studio.hostToken, version: app.getVersion() }),
        openExternal: (url) => shell.openExternal(url),
        shareSources: () => listShareSources(getSources),
        chooseShareSource: (id) => shareChoice.choose(id),
        log,
      });
      return studio;
    } catch (error) {
      await studio.close();
      throw error;
    }
  };

  const studioReady = app.whenReady().then(startCore);
  let closing: Promise<void> | null = null;
  const closeStudio = (): Promise<void> => {
    closing ??= studioReady.then(
      (studio) => closeWithin(studio.close(), options.closeTimeoutMs ?? 10_000),
      () => undefined, // it never started: nothing to close
    ).catch((error: unknown) => log.error('The studio did not close cleanly', { error }));
    return closing;
  };

  app.on('second-instance', () => {
    if (window !== null) focusWindow(window);
  });
  app.on('before-quit', (event) => {
    if (readyToQuit) return;
    event.preventDefault();
    void closeStudio().then(() => {
      readyToQuit = true;
      app.quit();
    });
  });
  app.on('window-all-closed', () => {
    // macOS keeps apps alive without windows; the dock icon brings the studio back.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (runningStudio !== null && window === null) window = openWindow(runningStudio);
  });

  const started = studioReady.then(
    (studio) => {
      if (closing !== null) return; // the host quit while the core was starting
      runningStudio = studio;
      window = openWindow(studio);
    },
    (error: unknown) => {
      // startCore has already closed a core that started; nothing else is open yet.
      log.error('Hotseat could not start', { error });
      dialog.showErrorBox(STARTUP_ERROR_TITLE, describeStartupError(error, { port, dataDir: app.getPath('userData') }));
      readyToQuit = true;
      app.exit(1);
    },
  );
  return { started, studioWindow: () => window };
}
