import { backoffDelay } from '../../shared/backoff';
import { Observable, type Readable } from '../lib/observable';

/**
 * Records the program (compositor canvas + audio mix) as live WebM and sends it to the core over
 * `/program/ingest`, which serves it to OBS's media source. A key frame every second lets OBS join
 * (or rejoin) the stream at once. If the socket drops, the recording restarts with a fresh header
 * after a short wait: the core ends its readers and OBS reconnects by itself.
 */
export type RecorderState =
  | { status: 'idle' }
  | { status: 'connecting' }
  | { status: 'recording'; since: number; bytes: number; mimeType: string }
  /** Why it stopped, as the studio words it (`program.feed.cause`); `detail` is the browser's own words. */
  | { status: 'retrying'; cause: RetryCause; detail?: string; retryAt: number }
  /** This browser cannot record WebM (worded by `program.feed`). */
  | { status: 'unsupported' };

export type RetryCause = 'notHost' | 'dropped' | 'recorderRefused' | 'recorderStopped';

export interface ProgramRecorderOptions {
  ingestUrl: string;
  token: string;
  /** Builds the stream to record (canvas.captureStream + audio), called at every (re)start. */
  stream(): MediaStream;
  videoBitsPerSecond?: number;
  /** Milliseconds of media per piece sent. */
  timesliceMs?: number;
}

/** WebSocket messages stay below the studio's 64 KiB limit. */
const PART_BYTES = 48 * 1024;
const RETRY_BACKOFF = { baseMs: 500, maxMs: 10_000 };
const MIME_TYPES = ['video/webm;codecs=vp8,opus', 'video/webm;codecs=vp8', 'video/webm'];

export class ProgramRecorder {
  private readonly stateValue = new Observable<RecorderState>({ status: 'idle' });
  readonly state: Readable<RecorderState> = this.stateValue;
  private socket: WebSocket | null = null;
  private recorder: MediaRecorder | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private running = false;
  private failures = 0;
  private sendQueue: Promise<void> = Promise.resolve();

  constructor(private readonly options: ProgramRecorderOptions) {}

  start(): void {
    if (this.running) return;
    const mimeType = typeof MediaRecorder === 'undefined' ? undefined : MIME_TYPES.find((type) => MediaRecorder.isTypeSupported(type));
    if (!mimeType) {
      this.stateValue.set({ status: 'unsupported' });
      return;
    }
    this.running = true;
    this.open(mimeType);
  }

  stop(): void {
    this.running = false;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.teardown();
    this.stateValue.set({ status: 'idle' });
  }

  private open(mimeType: string): void {
    this.teardown();
    this.stateValue.set({ status: 'connecting' });
    const socket = new WebSocket(this.options.ingestUrl);
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    socket.onopen = () => socket.send(JSON.stringify({ type: 'hello', token: this.options.token, mimeType }));
    socket.onmessage = () => {
      if (this.socket !== socket || this.recorder) return;
      this.record(socket, mimeType);
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.retry(mimeType, event.code === 4401 ? 'notHost' : 'dropped');
    };
    socket.onerror = () => undefined;
  }

  private record(socket: WebSocket, mimeType: string): void {
    let recorder: MediaRecorder;
    try {
      recorder = new MediaRecorder(this.options.stream(), {
        mimeType,
        videoBitsPerSecond: this.options.videoBitsPerSecond ?? 3_000_000,
        // Chromium: a key frame (and so a new WebM Cluster) every second, for quick joins.
        ...({ videoKeyFrameIntervalDuration: 1000 } as object),
      });
    } catch (error) {
      this.retry(mimeType, 'recorderRefused', String(error));
      return;
    }
    this.recorder = recorder;
    const since = Date.now();
    let bytes = 0;
    recorder.ondataavailable = (event) => {
      if (event.data.size === 0 || this.socket !== socket) return;
      const blob = event.data;
      // Pieces go out strictly in order, whatever arrayBuffer() timing does.
      this.sendQueue = this.sendQueue.then(async () => {
        const buffer = await blob.arrayBuffer();
        if (socket.readyState !== WebSocket.OPEN) return;
        for (let at = 0; at < buffer.byteLength; at += PART_BYTES) socket.send(buffer.slice(at, at + PART_BYTES));
        bytes += buffer.byteLength;
        this.failures = 0;
        this.stateValue.set({ status: 'recording', since, bytes, mimeType });
      });
    };
    recorder.onerror = () => this.retry(mimeType, 'recorderStopped');
    recorder.start(this.options.timesliceMs ?? 100);
    this.stateValue.set({ status: 'recording', since, bytes: 0, mimeType });
  }

  private retry(mimeType: string, cause: RetryCause, detail?: string): void {
    this.teardown();
    if (!this.running) return;
    this.failures += 1;
    const delay = backoffDelay(this.failures, RETRY_BACKOFF);
    this.stateValue.set(detail === undefined ? { status: 'retrying', cause, retryAt: Date.now() + delay } : { status: 'retrying', cause, detail, retryAt: Date.now() + delay });
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.running) this.open(mimeType);
    }, delay);
  }

  private teardown(): void {
    const recorder = this.recorder;
    this.recorder = null;
    if (recorder && recorder.state !== 'inactive') {
      recorder.ondataavailable = null;
      recorder.stop();
    }
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onclose = null;
      socket.onmessage = null;
      socket.close();
    }
  }
}
