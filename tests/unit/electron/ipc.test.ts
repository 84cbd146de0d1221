import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { memoryLogger } from '../../../src/main/core/log';
import type { HotseatSession, ShareSourceInfo } from '../../../src/preload/api';
import { registerIpcHandlers } from '../../../src/main/shell/ipc';
import { localizeError } from '../../../src/shared/i18n/localize-error';
import type { AppErrorShape } from '../../../src/shared/result';
import { FakeWebContents, ipcMain, resetFakeElectron } from './fake-electron';
import type { FakeFrame } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const STUDIO = 'http://127.0.0.1:4870';
const SESSION: HotseatSession = { serverUrl: STUDIO, hostToken: 'hsh_0123456789abcdef0123', version: '1.2.3' };

const SOURCES: ShareSourceInfo[] = [{ id: 'screen:0:0', name: 'Entire screen', kind: 'screen', thumbnail: null }];

function setup(openExternal = vi.fn((_url: string) => Promise.resolve())) {
  const studio = new FakeWebContents();
  studio.mainFrame.url = `${STUDIO}/studio`;
  const log = memoryLogger();
  const chooseShareSource = vi.fn((_id: string) => undefined);
  const dispose = registerIpcHandlers({
    studioOrigin: STUDIO,
    studioContents: () => studio as unknown as WebContents,
    session: () => SESSION,
    openExternal,
    shareSources: () => Promise.resolve(SOURCES),
    chooseShareSource,
    log,
  });
  const invoke = (channel: string, sender: FakeWebContents, frame: FakeFrame | null, ...args: unknown[]) => {
    const handler = ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler({ sender, senderFrame: frame }, ...args);
  };
  return { studio, log, dispose, invoke, openExternal, chooseShareSource };
}

beforeEach(() => resetFakeElectron());

describe('IPC sender checks', () => {
  it('answers the studio window main frame', async () => {
    const { studio, invoke } = setup();
    await expect(invoke('hotseat:get-session', studio, studio.mainFrame)).resolves.toEqual({ ok: true, value: SESSION });
  });

  it('refuses a subframe, another window, a foreign page and a vanished frame', async () => {
    const { studio, invoke, log } = setup();
    const subframe: FakeFrame = { url: `${STUDIO}/studio`, parent: studio.mainFrame };
    const other = new FakeWebContents();
    other.mainFrame.url = `${STUDIO}/studio`;
    const attempts: [FakeWebContents, FakeFrame | null][] = [
      [studio, subframe],
      [other, other.mainFrame],
      [studio, other.mainFrame],
      [studio, null],
    ];
    for (const [sender, frame] of attempts) {
      await expect(invoke('hotseat:get-session', sender, frame)).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    studio.mainFrame.url = 'http://127.0.0.1:48701/studio';
    const refused = (await invoke('hotseat:get-session', studio, studio.mainFrame)) as { ok: false; error: AppErrorShape };
    expect(refused).toEqual({ ok: false, error: { code: 'forbidden', message: 'Only the studio page may use this.', reason: { id: 'error.ipc.notStudioPage' } } });
    expect(localizeError(refused.error, 'fr').message).toBe('Seule la page du studio peut faire cela.');
    expect(log.lines.filter((line) => line.includes('Refused IPC'))).toHaveLength(attempts.length + 1);
    expect(log.lines.join('\n')).not.toContain(SESSION.hostToken);
  });

  it('refuses everything while no studio window exists', async () => {
    const log = memoryLogger();
    registerIpcHandlers({
      studioOrigin: STUDIO,
      studioContents: () => null,
      session: () => SESSION,
      openExternal: () => Promise.resolve(),
      shareSources: () => Promise.resolve(SOURCES),
      chooseShareSource: () => undefined,
      log,
    });
    const contents = new FakeWebContents();
    contents.mainFrame.url = `${STUDIO}/studio`;
    const handler = ipcMain.handlers.get('hotseat:get-session');
    await expect(handler?.({ sender: contents, senderFrame: contents.mainFrame })).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('hotseat:open-external', () => {
  it('opens http(s) links, normalised', async () => {
    const { studio, invoke, openExternal } = setup();
    await expect(invoke('hotseat:open-external', studio, studio.mainFrame, 'https://dashboard.stripe.com/test/payments')).resolves.toEqual({ ok: true, value: null });
    expect(openExternal.mock.calls).toEqual([['https://dashboard.stripe.com/test/payments']]);
  });

  it('refuses other schemes and non-strings with a clear error, opening nothing', async () => {
    const { studio, invoke, openExternal } = setup();
    for (const bad of ['file:///etc/passwd', 'javascript:alert(1)', 'hotseat://x', 'mailto:a@b.co', `https://x.com/${'a'.repeat(3000)}`, 42, undefined, { url: 'https://x.com' }]) {
      const reply = await invoke('hotseat:open-external', studio, studio.mainFrame, bad);
      expect(reply).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringMatching(/^url: /) as unknown, reason: { id: 'error.invalidFields' } } });
      expect(Object.keys((reply as { error: AppErrorShape }).error.fieldReasons ?? {})).toEqual(['url']);
    }
    const notText = (await invoke('hotseat:open-external', studio, studio.mainFrame, 42)) as { error: AppErrorShape };
    expect(localizeError(notText.error, 'fr').message).toBe('url: doit être du texte');
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('reports a failing browser launch as an error reply, its cause in the log only', async () => {
    const { studio, invoke, log } = setup(vi.fn(() => Promise.reject(new Error('xdg-open not found'))));
    await expect(invoke('hotseat:open-external', studio, studio.mainFrame, 'https://example.com/')).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'The studio could not do that. Try again; if it keeps failing, restart the studio.', reason: { id: 'error.internal' } },
    });
    expect(log.lines.join('\n')).toContain('xdg-open not found');
  });
});

describe('screen share channels', () => {
  it('lists the shareable screens and windows, and passes a valid pick on', async () => {
    const { studio, invoke, chooseShareSource } = setup();
    await expect(invoke('hotseat:list-share-sources', studio, studio.mainFrame)).resolves.toEqual({ ok: true, value: SOURCES });
    await expect(invoke('hotseat:choose-share-source', studio, studio.mainFrame, 'window:94371843:0')).resolves.toEqual({ ok: true, value: null });
    expect(chooseShareSource.mock.calls).toEqual([['window:94371843:0']]);
  });

  it('refuses a pick that is not a desktopCapturer id, choosing nothing', async () => {
    const { studio, invoke, chooseShareSource } = setup();
    for (const bad of ['', 'screen', 'tab:1:0', 'screen:0:0;rm -rf', `window:${'1'.repeat(300)}:0`, 42, null, { id: 'screen:0:0' }]) {
      await expect(invoke('hotseat:choose-share-source', studio, studio.mainFrame, bad)).resolves.toMatchObject({
        ok: false,
        error: { code: 'bad_request', message: expect.stringMatching(/^id: /) as unknown },
      });
    }
    expect(chooseShareSource).not.toHaveBeenCalled();
  });

  it('refuses a pick from a subframe', async () => {
    const { studio, invoke, chooseShareSource } = setup();
    const subframe: FakeFrame = { url: `${STUDIO}/studio`, parent: studio.mainFrame };
    await expect(invoke('hotseat:choose-share-source', studio, subframe, 'screen:0:0')).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(chooseShareSource).not.toHaveBeenCalled();
  });
});

describe('registration', () => {
  it('registers exactly the four channels and removes them on dispose', () => {
    const { dispose } = setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual([
      'hotseat:choose-share-source',
      'hotseat:get-session',
      'hotseat:list-share-sources',
      'hotseat:open-external',
    ]);
    dispose();
    expect(ipcMain.handlers.size).toBe(0);
    expect(() => setup()).not.toThrow();
  });
});
