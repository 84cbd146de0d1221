import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import type { Logger } from '../core/log';
import { z } from 'zod';
import { failWith, failZod, ok } from '../../shared/result';
import type { HotseatSession, IpcChannel, IpcReply, ShareSourceInfo } from '../../preload/api';
import { ShareSourceId } from './screen-share';
import { ExternalUrl, isSameOrigin } from './urls';

/**
 * The only place that calls `ipcMain.handle`. Every handler first proves the caller is the studio
 * window's main frame showing the studio origin: a subframe, another window or a page that has
 * navigated elsewhere gets `forbidden`. Arguments from the page are untrusted and validated.
 *
 * Refusals are reasons like the core's (`failWith`, `failZod`): the studio page words them in the
 * creator's language, so the desktop app's own channel says nothing in English only.
 */
export interface IpcDependencies {
  studioOrigin: string;
  /** The studio window's webContents, or null while no window is open. */
  studioContents(): WebContents | null;
  session(): HotseatSession;
  openExternal(url: string): Promise<void>;
  shareSources(): Promise<ShareSourceInfo[]>;
  chooseShareSource(id: string): void;
  log: Logger;
}

export function isStudioMainFrame(event: IpcMainInvokeEvent, contents: WebContents | null, studioOrigin: string): boolean {
  const frame = event.senderFrame;
  return (
    contents !== null &&
    frame !== null &&
    event.sender === contents &&
    frame === contents.mainFrame &&
    isSameOrigin(frame.url, studioOrigin)
  );
}

type Handler<C extends IpcChannel> = (...args: unknown[]) => Promise<IpcReply<C>>;

export function ipcHandlers(deps: IpcDependencies): { [C in IpcChannel]: Handler<C> } {
  return {
    'hotseat:get-session': () => Promise.resolve(ok(deps.session())),
    'hotseat:open-external': async (url) => {
      // Checked as a named field, so the refusal says which argument was wrong ("url: …") in each language.
      const parsed = z.object({ url: ExternalUrl }).safeParse({ url });
      if (!parsed.success) return failZod('bad_request', parsed.error);
      await deps.openExternal(parsed.data.url);
      return ok(null);
    },
    'hotseat:list-share-sources': async () => ok(await deps.shareSources()),
    'hotseat:choose-share-source': (id) => {
      const parsed = z.object({ id: ShareSourceId }).safeParse({ id });
      if (!parsed.success) return Promise.resolve(failZod('bad_request', parsed.error));
      deps.chooseShareSource(parsed.data.id);
      return Promise.resolve(ok(null));
    },
  };
}

/** Registers every channel; returns a function that removes them again. */
export function registerIpcHandlers(deps: IpcDependencies): () => void {
  const handlers = ipcHandlers(deps);
  const channels = Object.keys(handlers) as IpcChannel[];
  for (const channel of channels) {
    const handler: Handler<IpcChannel> = handlers[channel];
    ipcMain.handle(channel, async (event, ...args: unknown[]): Promise<IpcReply<IpcChannel>> => {
      if (!isStudioMainFrame(event, deps.studioContents(), deps.studioOrigin)) {
        deps.log.warn('Refused IPC from outside the studio page', { channel, url: event.senderFrame?.url ?? '(gone)' });
        return failWith('forbidden', 'error.ipc.notStudioPage');
      }
      try {
        return await handler(...args);
      } catch (error) {
        // The cause goes to the log (which redacts every line); the page gets a reason it can word, not the OS's English.
        deps.log.error('IPC handler failed', { channel, error });
        return failWith('internal', 'error.internal');
      }
    });
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}
