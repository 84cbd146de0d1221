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

export interface HotseatApi {
  getSession(): Promise<HotseatSession>;
  /** Opens an http(s) link in the system browser; rejects for any other scheme. */
  openExternal(url: string): Promise<void>;
}

/** Each IPC channel with the arguments the page sends and the value main answers with. */
export interface IpcContract {
  'hotseat:get-session': { args: []; value: HotseatSession };
  'hotseat:open-external': { args: [url: string]; value: null };
}
export type IpcChannel = keyof IpcContract;
export type IpcReply<C extends IpcChannel> = Result<IpcContract[C]['value']>;

declare global {
  interface Window {
    /** Present only inside the Electron studio window; undefined in a plain browser. */
    readonly hotseat?: HotseatApi;
  }
}
