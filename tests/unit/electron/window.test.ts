import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createStudioWindow, focusWindow, studioWindowOptions } from '../../../src/main/shell/window';
import { BrowserWindow, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(() => resetFakeElectron());

describe('studio window', () => {
  it('uses the secure web preferences and the given preload', () => {
    const window = createStudioWindow('/app/out/preload/index.cjs') as unknown as BrowserWindow;
    expect(BrowserWindow.instances).toEqual([window]);
    expect(window.options).toEqual(studioWindowOptions('/app/out/preload/index.cjs'));
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
    expect(window.options).toMatchObject({ show: false, backgroundColor: expect.stringMatching(/^#[0-9a-f]{6}$/) as unknown });
  });

  it('has a sensible size that respects its minimum', () => {
    const { width = 0, height = 0, minWidth = Infinity, minHeight = Infinity } = studioWindowOptions('/p');
    expect(width).toBeGreaterThanOrEqual(minWidth);
    expect(height).toBeGreaterThanOrEqual(minHeight);
    expect(minWidth).toBeGreaterThanOrEqual(800);
  });

  it('stays hidden until ready-to-show', () => {
    const window = createStudioWindow('/p') as unknown as BrowserWindow;
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('focusWindow restores a minimised window and brings it forward', () => {
    const window = createStudioWindow('/p') as unknown as BrowserWindow;
    window.minimized = true;
    focusWindow(window as unknown as Electron.BrowserWindow);
    expect(window).toMatchObject({ minimized: false, visible: true, focused: true });
  });
});
