import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module (the binary cannot run here). Test files install it with
 * `vi.mock('electron', () => import('./fake-electron'))` and inspect the same instance directly.
 * It mimics the behaviour the shell relies on: events, preventable quits, one handler per channel.
 */
export class PreventableEvent {
  defaultPrevented = false;
  constructor(
    readonly url = '',
    readonly isMainFrame = true,
  ) {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

type OpenHandler = (details: { url: string }) => { action: string };

export class FakeWebContents extends EventEmitter {
  readonly mainFrame: FakeFrame = { url: 'about:blank', parent: null };
  windowOpenHandler: OpenHandler | null = null;
  setWindowOpenHandler(handler: OpenHandler): void {
    this.windowOpenHandler = handler;
  }
  /** Emits a navigation event the way Electron does and reports whether it was refused. */
  attempt(eventName: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', url: string, isMainFrame = true): boolean {
    const event = new PreventableEvent(url, isMainFrame);
    this.emit(eventName, event, url);
    return event.defaultPrevented;
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  visible = false;
  focused = false;
  minimized = false;
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.instances.push(this);
    app.emit('web-contents-created', new PreventableEvent(), this.webContents);
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  loadURL(url: string): Promise<void> {
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  close(): void {
    this.destroyed = true;
    this.emit('closed');
  }
}

class FakeApp extends EventEmitter {
  hasLock = true;
  userData = '/nonexistent';
  quitted = false;
  enableSandbox = vi.fn();
  requestSingleInstanceLock = vi.fn(() => this.hasLock);
  exit = vi.fn();
  whenReady = vi.fn(() => Promise.resolve());
  getVersion = vi.fn(() => '1.2.3-test');
  getPath = vi.fn((name: string) => {
    if (name !== 'userData') throw new Error(`unexpected getPath(${name})`);
    return this.userData;
  });
  /** Like Electron: before-quit may be prevented; otherwise the app quits. */
  quit = vi.fn(() => {
    const event = new PreventableEvent();
    this.emit('before-quit', event);
    if (!event.defaultPrevented) this.quitted = true;
  });
}
export const app = new FakeApp();

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;
export const ipcMain = {
  handlers: new Map<string, InvokeHandler>(),
  handle: vi.fn((channel: string, handler: InvokeHandler) => {
    if (ipcMain.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcMain.handlers.set(channel, handler);
  }),
  removeHandler: vi.fn((channel: string) => {
    ipcMain.handlers.delete(channel);
  }),
};

export const ipcRenderer = { invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>() };
export const contextBridge = { exposeInMainWorld: vi.fn<(key: string, api: unknown) => void>() };
export const shell = { openExternal: vi.fn<(url: string) => Promise<void>>(() => Promise.resolve()) };
export const dialog = { showErrorBox: vi.fn<(title: string, content: string) => void>() };
export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDisplayMediaRequestHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn() },
  },
};

/** A screen or window as desktopCapturer lists it, with a thumbnail that is (or is not) empty. */
export function fakeCaptureSource(id: string, name: string, thumbnail: string | null = 'data:image/png;base64,AAAA') {
  return {
    id,
    name,
    display_id: '',
    appIcon: null,
    thumbnail: { isEmpty: () => thumbnail === null, toDataURL: () => thumbnail ?? 'data:image/png;base64,' },
  };
}
export const desktopCapturer = {
  sources: [] as ReturnType<typeof fakeCaptureSource>[],
  getSources: vi.fn(function (this: { sources: unknown[] }) {
    return Promise.resolve(desktopCapturer.sources);
  }),
};

/** Real AES-GCM under a per-run key, so "nothing readable on disk" is a real check. */
export class FakeSafeStorage {
  available = true;
  backend = 'gnome_libsecret';
  private readonly key = randomBytes(32);
  isEncryptionAvailable(): boolean {
    return this.available;
  }
  getSelectedStorageBackend(): string {
    return this.backend;
  }
  encryptString(plainText: string): Buffer {
    if (!this.available) throw new Error('Encryption is not available.');
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }
  decryptString(encrypted: Buffer): string {
    const decipher = createDecipheriv('aes-256-gcm', this.key, encrypted.subarray(0, 12));
    decipher.setAuthTag(encrypted.subarray(12, 28));
    return Buffer.concat([decipher.update(encrypted.subarray(28)), decipher.final()]).toString('utf8');
  }
}
export const safeStorage = new FakeSafeStorage();

export function resetFakeElectron(): void {
  app.removeAllListeners();
  app.hasLock = true;
  app.quitted = false;
  app.userData = '/nonexistent';
  BrowserWindow.instances = [];
  ipcMain.handlers.clear();
  safeStorage.available = true;
  safeStorage.backend = 'gnome_libsecret';
  desktopCapturer.sources = [];
  vi.clearAllMocks();
}
