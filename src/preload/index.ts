import { contextBridge, ipcRenderer } from 'electron';
import type { HotseatApi, IpcChannel, IpcContract, IpcReply } from './api';

/**
 * Runs sandboxed before the studio page. It exposes one object with one function per channel;
 * `ipcRenderer` itself never crosses the bridge, so the page cannot reach any other channel.
 */
function isReply<C extends IpcChannel>(reply: unknown): reply is IpcReply<C> {
  return typeof reply === 'object' && reply !== null && 'ok' in reply && typeof reply.ok === 'boolean';
}

async function invoke<C extends IpcChannel>(channel: C, ...args: IpcContract[C]['args']): Promise<IpcContract[C]['value']> {
  const reply: unknown = await ipcRenderer.invoke(channel, ...args);
  if (!isReply<C>(reply)) throw new Error(`Hotseat: unexpected reply on ${channel}`);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value;
}

const api = {
  getSession: () => invoke('hotseat:get-session'),
  openExternal: async (url: string) => {
    await invoke('hotseat:open-external', url);
  },
  listShareSources: () => invoke('hotseat:list-share-sources'),
  chooseShareSource: async (id: string) => {
    await invoke('hotseat:choose-share-source', id);
  },
} satisfies HotseatApi;

contextBridge.exposeInMainWorld('hotseat', api);
