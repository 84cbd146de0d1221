import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The studio window: sandboxed, context-isolated, no Node in the page. Its only door to the main
 * process is the preload's narrow API. It stays hidden until the first paint, so the host never
 * sees a white flash on the dark UI.
 */
export const STUDIO_BACKGROUND = '#0f1115';

export function studioWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'Hotseat',
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 680,
    backgroundColor: STUDIO_BACKGROUND,
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // The program's audio mix runs from the start, so its recording has sound from its first byte
      // and never restarts when the host first clicks (renderer/compositor/program-audio-plan.ts).
      autoplayPolicy: 'no-user-gesture-required',
    },
  };
}

export function createStudioWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow(studioWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  return window;
}

/** A second launch, or the dock icon: bring the existing window to the front. */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
