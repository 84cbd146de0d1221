import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { memoryLogger } from '../../../src/main/core/log';
import type { HotseatSession } from '../../../src/preload/api';
import { registerIpcHandlers } from '../../../src/main/shell/ipc';
import { FakeWebContents, ipcMain, resetFakeElectron } from './fake-electron';
import type { FakeFrame } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const STUDIO = 'http://127.0.0.1:4870';
const SESSION: HotseatSession = { serverUrl: STUDIO, hostToken: 'hsh_0123456789abcdef0123', version: '1.2.3' };

function setup(openExternal = vi.fn((_url: string) => Promise.resolve())) {
  const studio = new FakeWebContents();
  studio.mainFrame.url = `${STUDIO}/studio`;
  const log = memoryLogger();
  const dispose = registerIpcHandlers({
    studioOrigin: STUDIO,
    studioContents: () => studio as unknown as WebContents,
    session: () => SESSION,
    openExternal,
    log,
  });
  const invoke = (channel: string, sender: FakeWebContents, frame: FakeFrame | null, ...args: unknown[]) => {
    const handler = ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler({ sender, senderFrame: frame }, ...args);
  };
  return { studio, log, dispose, invoke, openExternal };
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
    await expect(invoke('hotseat:get-session', studio, studio.mainFrame)).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(log.lines.filter((line) => line.includes('Refused IPC'))).toHaveLength(attempts.length + 1);
    expect(log.lines.join('\n')).not.toContain(SESSION.hostToken);
  });

  it('refuses everything while no studio window exists', async () => {
    const log = memoryLogger();
    registerIpcHandlers({ studioOrigin: STUDIO, studioContents: () => null, session: () => SESSION, openExternal: () => Promise.resolve(), log });
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
      expect(reply).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringMatching(/^url: /) as unknown } });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('reports a failing browser launch as an error reply', async () => {
    const { studio, invoke } = setup(vi.fn(() => Promise.reject(new Error('xdg-open not found'))));
    await expect(invoke('hotseat:open-external', studio, studio.mainFrame, 'https://example.com/')).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'xdg-open not found' },
    });
  });
});

describe('registration', () => {
  it('registers exactly the two channels and removes them on dispose', () => {
    const { dispose } = setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(['hotseat:get-session', 'hotseat:open-external']);
    dispose();
    expect(ipcMain.handlers.size).toBe(0);
    expect(() => setup()).not.toThrow();
  });
});
