import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { memoryLogger } from '../../../src/main/core/log';
import { displayMediaHandler, listShareSources, SHARE_CHOICE_TTL_MS, ShareChoice, type GetSources } from '../../../src/main/shell/screen-share';
import { desktopCapturer, fakeCaptureSource, FakeWebContents, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const STUDIO = 'http://127.0.0.1:4870';

beforeEach(() => resetFakeElectron());

function setup(platform: NodeJS.Platform = 'linux') {
  let now = 1_000_000;
  const studio = new FakeWebContents();
  studio.mainFrame.url = `${STUDIO}/studio`;
  desktopCapturer.sources = [fakeCaptureSource('screen:0:0', 'Entire screen'), fakeCaptureSource('window:42:0', 'Slides — Keynote', null)];
  const choice = new ShareChoice(() => now);
  const log = memoryLogger();
  const getSources = desktopCapturer.getSources as unknown as GetSources;
  const handler = displayMediaHandler({ studioOrigin: STUDIO, studioContents: () => studio as unknown as WebContents, choice, getSources, platform, log });
  const request = (overrides: Record<string, unknown> = {}) =>
    new Promise((resolve) =>
      (handler as unknown as (request: unknown, callback: (streams: unknown) => void) => void)(
        { frame: studio.mainFrame, securityOrigin: STUDIO, videoRequested: true, audioRequested: true, userGesture: true, ...overrides },
        resolve,
      ),
    );
  return { studio, choice, log, request, advance: (ms: number) => (now += ms) };
}

describe('screen share picker list', () => {
  it('lists screens and windows with their kind and thumbnail', async () => {
    setup();
    await expect(listShareSources(desktopCapturer.getSources as unknown as GetSources)).resolves.toEqual([
      { id: 'screen:0:0', name: 'Entire screen', kind: 'screen', thumbnail: 'data:image/png;base64,AAAA' },
      { id: 'window:42:0', name: 'Slides — Keynote', kind: 'window', thumbnail: null },
    ]);
  });
});

describe('getDisplayMedia in the desktop app', () => {
  it('grants exactly the source the host picked, once', async () => {
    const { choice, request } = setup();
    choice.choose('window:42:0');
    await expect(request()).resolves.toEqual({ video: { id: 'window:42:0', name: 'Slides — Keynote' } });
    await expect(request()).resolves.toBeNull();
  });

  it('refuses when nothing was picked, or the pick is stale', async () => {
    const { choice, request, advance, log } = setup();
    await expect(request()).resolves.toBeNull();
    choice.choose('screen:0:0');
    advance(SHARE_CHOICE_TTL_MS + 1);
    await expect(request()).resolves.toBeNull();
    expect(log.lines.filter((line) => line.includes('no source was picked'))).toHaveLength(2);
  });

  it('refuses a subframe, another origin or a vanished frame, and spends the pick', async () => {
    const { studio, choice, request } = setup();
    for (const overrides of [{ frame: { url: `${STUDIO}/studio`, parent: studio.mainFrame } }, { securityOrigin: 'https://evil.example' }, { frame: null }]) {
      choice.choose('screen:0:0');
      await expect(request(overrides)).resolves.toBeNull();
      // The pick was used up by the refused request: the studio's next call must pick again.
      await expect(request()).resolves.toBeNull();
    }
  });

  it('refuses a window that closed between the pick and the capture', async () => {
    const { choice, request, log } = setup();
    choice.choose('window:77:0');
    await expect(request()).resolves.toBeNull();
    expect(log.lines.join('\n')).toContain('gone');
  });

  it('adds system sound (loopback) only for a screen on Windows', async () => {
    const windows = setup('win32');
    windows.choice.choose('screen:0:0');
    await expect(windows.request()).resolves.toEqual({ video: { id: 'screen:0:0', name: 'Entire screen' }, audio: 'loopback' });
    windows.choice.choose('window:42:0');
    await expect(windows.request()).resolves.toEqual({ video: { id: 'window:42:0', name: 'Slides — Keynote' } });
    windows.choice.choose('screen:0:0');
    await expect(windows.request({ audioRequested: false })).resolves.toEqual({ video: { id: 'screen:0:0', name: 'Entire screen' } });
    const mac = setup('darwin');
    mac.choice.choose('screen:0:0');
    await expect(mac.request()).resolves.toEqual({ video: { id: 'screen:0:0', name: 'Entire screen' } });
  });

  it('refuses, and says why, when the system cannot list sources', async () => {
    const { choice, request, log } = setup();
    desktopCapturer.getSources.mockRejectedValueOnce(new Error('no X display'));
    choice.choose('screen:0:0');
    await expect(request()).resolves.toBeNull();
    expect(log.lines.join('\n')).toContain('Could not list screens and windows');
  });
});
