import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { HotseatApi } from '../../../src/preload/api';
import { contextBridge, ipcRenderer } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let exposedKey: string | undefined;
let exposed: Record<string, unknown> = {};

beforeAll(async () => {
  await import('../../../src/preload/index');
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, api] = contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  exposedKey = key;
  exposed = api as Record<string, unknown>;
});

function api(): HotseatApi {
  return exposed as unknown as HotseatApi;
}

describe('preload bridge', () => {
  it('exposes exactly the typed API as window.hotseat, functions only', () => {
    expect(exposedKey).toBe('hotseat');
    expect(Object.keys(exposed).sort()).toEqual(['chooseShareSource', 'getSession', 'listShareSources', 'openExternal'] satisfies (keyof HotseatApi)[]);
    for (const value of Object.values(exposed)) {
      expect(typeof value).toBe('function');
      expect(value).not.toBe(ipcRenderer.invoke);
    }
    expect(Object.values(exposed)).not.toContain(ipcRenderer);
  });

  it('each function calls its own channel and unwraps the reply', async () => {
    const session = { serverUrl: 'http://127.0.0.1:4870', hostToken: 'tok', version: '1.0.0' };
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: session });
    await expect(api().getSession()).resolves.toEqual(session);
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: null });
    await expect(api().openExternal('https://example.com/')).resolves.toBeUndefined();
    const sources = [{ id: 'screen:0:0', name: 'Entire screen', kind: 'screen', thumbnail: null }];
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: sources });
    await expect(api().listShareSources()).resolves.toEqual(sources);
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: null });
    await expect(api().chooseShareSource('screen:0:0')).resolves.toBeUndefined();
    expect(ipcRenderer.invoke.mock.calls).toEqual([
      ['hotseat:get-session'],
      ['hotseat:open-external', 'https://example.com/'],
      ['hotseat:list-share-sources'],
      ['hotseat:choose-share-source', 'screen:0:0'],
    ]);
  });

  it('turns an error reply into a rejection with the main process message', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'bad_request', message: 'url: must be an http:// or https:// link' } });
    await expect(api().openExternal('file:///etc/passwd')).rejects.toThrow('url: must be an http:// or https:// link');
    ipcRenderer.invoke.mockResolvedValueOnce('surprise');
    await expect(api().getSession()).rejects.toThrow('unexpected reply on hotseat:get-session');
  });
});
