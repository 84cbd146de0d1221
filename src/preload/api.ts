import type { Result } from '../shared/result';

/**
 * The bridge between the studio window and the main process: the only things the studio page can
 * ask Electron for. Everything else (commands, events) goes over the core's WebSocket, like any
 * other client. Renderer code imports this file for its types only.
 */
export interface HotseatSession {
  /** Base URL of the core's HTTP + WebSocket server, e.g. http://127.0.0.1:4870 */
  serverUrl: string;
  /** The host's token for the WebSocket `hello`; handed over here so it never sits in a URL. */
  hostToken: string;
  version: string;
}

/** A screen or window the host may share into the program (the desktop app's own picker). */
export interface ShareSourceInfo {
  id: string;
  name: string;
  kind: 'screen' | 'window';
  /** A small picture of it as a data: URL, or null when the system gave none. */
  thumbnail: string | null;
}

export interface HotseatApi {
  getSession(): Promise<HotseatSession>;
  /** Opens an http(s) link in the system browser; rejects for any other scheme. */
  openExternal(url: string): Promise<void>;
  /** The screens and windows that can be shared, for the studio's picker. */
  listShareSources(): Promise<ShareSourceInfo[]>;
  /** The host picked one: the next `getDisplayMedia` call (within 15 s) captures it. */
  chooseShareSource(id: string): Promise<void>;
}

/** Each IPC channel with the arguments the page sends and the value main answers with. */
export interface IpcContract {
  'hotseat:get-session': { args: []; value: HotseatSession };
  'hotseat:open-external': { args: [url: string]; value: null };
  'hotseat:list-share-sources': { args: []; value: ShareSourceInfo[] };
  'hotseat:choose-share-source': { args: [id: string]; value: null };
}
export type IpcChannel = keyof IpcContract;
export type IpcReply<C extends IpcChannel> = Result<IpcContract[C]['value']>;

declare global {
  interface Window {
    /** Present only inside the Electron studio window; undefined in a plain browser. */
    readonly hotseat?: HotseatApi;
  }
}
