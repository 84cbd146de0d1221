import { createHash, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { solidPng } from './png';

/**
 * A small stand-in for OBS Studio's obs-websocket 5 server (JSON over WebSocket with op codes),
 * enough to test the driver: Hello/Identify with the real challenge-response authentication, the
 * requests the driver sends over an in-memory model of scenes, inputs and outputs, events, and
 * faults (wrong protocol version, malformed answers, silence, restarts). The real OBS is met in
 * the e2e tests (tests/e2e/support/obs-process.ts).
 */
export interface FakeObsOptions {
  password?: string | null;
  obsWebSocketVersion?: string;
  inputKinds?: string[];
  /** Act like obs-websocket 4: accept the socket without the v5 subprotocol. */
  legacyProtocol?: boolean;
  baseSize?: { width: number; height: number };
  /** Act like OBS 30.2+ (obs-websocket 5.5): lists and answers CreateRecordChapter. */
  chapters?: boolean;
  /** What GetSourceScreenshot answers (a data URL); by default a PNG of the requested size. */
  screenshot?: (request: { width: number; height: number; format: string }) => string;
}

interface SceneItem {
  sceneItemId: number;
  sourceName: string;
  transform: Record<string, unknown>;
}

export interface FakeObsState {
  scenes: string[];
  currentScene: string;
  inputs: Map<string, { inputKind: string; inputSettings: Record<string, unknown> }>;
  items: Map<string, SceneItem[]>;
  streaming: boolean;
  recording: boolean;
  /** Chapter markers added to the recording running now. */
  chapters: string[];
}

type Answer = { ok: true; data?: Record<string, unknown> } | { ok: false; code: number; comment: string };

export class FakeObs {
  readonly state: FakeObsState = {
    scenes: ['Scene', 'Be right back'],
    currentScene: 'Scene',
    inputs: new Map([['Webcam', { inputKind: 'v4l2_input', inputSettings: {} }]]),
    items: new Map([
      ['Scene', [{ sceneItemId: 1, sourceName: 'Webcam', transform: {} }]],
      ['Be right back', []],
    ]),
    streaming: false,
    recording: false,
    chapters: [],
  };
  /** Every request type received, in order. */
  readonly requests: string[] = [];
  /**
   * Request type → what to do instead of answering normally: a malformed answer, no answer, an
   * error status, closing the socket on receipt (mid-request), or answering after `delayMs`.
   */
  readonly faults = new Map<string, 'garbage' | 'silence' | 'close' | { code: number; comment: string } | { delayMs: number }>();
  /** Every answer waits this long (a busy, overloaded OBS); 0 answers at once. */
  replyDelayMs = 0;
  /** Sockets accepted since start (a retry storm shows here). */
  accepted = 0;
  private server: WebSocketServer | null = null;
  private sockets = new Set<WebSocket>();
  private nextItemId = 100;
  private port = 0;
  password: string | null;

  constructor(private readonly options: FakeObsOptions = {}) {
    this.password = options.password === undefined ? 'obs-secret-pass' : options.password;
  }

  get url(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = new WebSocketServer({
      host: '127.0.0.1',
      port: this.port,
      handleProtocols: (protocols) => (this.options.legacyProtocol ? false : protocols.has('obswebsocket.json') ? 'obswebsocket.json' : false),
    });
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
    server.on('connection', (socket) => this.accept(socket));
  }

  /** OBS quits (or crashes, with `abrupt`): every client is cut and nothing listens any more. */
  async stop({ abrupt = false } = {}): Promise<void> {
    for (const socket of this.sockets) {
      if (abrupt) socket.terminate();
      else socket.close(1001, 'Server stopping.');
    }
    this.sockets.clear();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  connectionCount(): number {
    return this.sockets.size;
  }

  itemsOf(scene: string): string[] {
    return (this.state.items.get(scene) ?? []).map((item) => item.sourceName);
  }

  emit(eventType: string, eventData: Record<string, unknown> = {}): void {
    for (const socket of this.sockets) socket.send(JSON.stringify({ op: 5, d: { eventType, eventIntent: 1, eventData } }));
  }

  private accept(socket: WebSocket): void {
    this.accepted += 1;
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    if (this.options.legacyProtocol) return; // a v4 server says nothing until asked in its own dialect
    const salt = randomBytes(16).toString('base64');
    const challenge = randomBytes(16).toString('base64');
    const auth = this.password !== null;
    socket.send(
      JSON.stringify({
        op: 0,
        d: {
          obsWebSocketVersion: this.options.obsWebSocketVersion ?? '5.1.0',
          rpcVersion: 1,
          ...(auth ? { authentication: { challenge, salt } } : {}),
        },
      }),
    );
    let identified = false;
    socket.on('message', (raw) => {
      let message: { op: number; d: Record<string, unknown> };
      try {
        message = JSON.parse((raw as Buffer).toString('utf8')) as { op: number; d: Record<string, unknown> };
      } catch {
        socket.close(4002, 'Unable to decode message.');
        return;
      }
      if (message.op === 1) {
        if (auth) {
          const secret = sha256(`${this.password ?? ''}${salt}`);
          const expected = sha256(`${secret}${challenge}`);
          if (message.d.authentication !== expected) {
            socket.close(4009, 'Authentication failed.');
            return;
          }
        }
        if (message.d.rpcVersion !== 1) {
          socket.close(4010, 'Unsupported RPC version.');
          return;
        }
        identified = true;
        socket.send(JSON.stringify({ op: 2, d: { negotiatedRpcVersion: 1 } }));
        return;
      }
      if (!identified) {
        socket.close(4007, 'Not identified.');
        return;
      }
      if (message.op === 6) {
        const { requestType, requestId, requestData } = message.d as { requestType: string; requestId: string; requestData?: Record<string, unknown> };
        this.requests.push(requestType);
        const fault = this.faults.get(requestType);
        if (fault === 'silence') return;
        if (fault === 'close') {
          socket.close(1011, 'OBS closed mid-request.');
          return;
        }
        if (fault === 'garbage') {
          socket.send(JSON.stringify({ op: 7, d: { requestType, requestId, requestStatus: { result: true, code: 100 }, responseData: { nonsense: true } } }));
          return;
        }
        const delayMs = fault && 'delayMs' in fault ? fault.delayMs : this.replyDelayMs;
        // The request acts at once (as OBS does); only its answer is late.
        const answer: Answer = fault && 'code' in fault ? { ok: false, ...fault } : this.answer(requestType, requestData ?? {});
        const reply = () => {
          if (socket.readyState !== socket.OPEN) return;
          const requestStatus = answer.ok ? { result: true, code: 100 } : { result: false, code: answer.code, comment: answer.comment };
          const responseData = answer.ok && answer.data ? { responseData: answer.data } : {};
          socket.send(JSON.stringify({ op: 7, d: { requestType, requestId, requestStatus, ...responseData } }));
        };
        if (delayMs > 0) setTimeout(reply, delayMs);
        else reply();
      }
    });
  }

  private answer(type: string, data: Record<string, unknown>): Answer {
    const s = this.state;
    const sceneName = typeof data.sceneName === 'string' ? data.sceneName : '';
    const items = () => s.items.get(sceneName);
    switch (type) {
      case 'GetVersion':
        return {
          ok: true,
          data: {
            obsVersion: this.options.chapters ? '30.2.0' : '29.0.2',
            obsWebSocketVersion: this.options.obsWebSocketVersion ?? (this.options.chapters ? '5.5.0' : '5.1.0'),
            rpcVersion: 1,
            availableRequests: [...REQUESTS, ...(this.options.chapters ? ['CreateRecordChapter'] : [])],
            supportedImageFormats: ['png', 'jpg', 'ppm'],
            platform: 'linux',
            platformDescription: 'fake',
          },
        };
      case 'GetInputKindList':
        return { ok: true, data: { inputKinds: this.options.inputKinds ?? ['image_source', 'color_source_v3', 'ffmpeg_source', 'v4l2_input'] } };
      case 'GetVideoSettings': {
        const size = this.options.baseSize ?? { width: 1920, height: 1080 };
        return { ok: true, data: { baseWidth: size.width, baseHeight: size.height, outputWidth: size.width, outputHeight: size.height, fpsNumerator: 30, fpsDenominator: 1 } };
      }
      case 'GetSceneList':
        return {
          ok: true,
          data: { currentProgramSceneName: s.currentScene, currentPreviewSceneName: null, scenes: s.scenes.map((name, i) => ({ sceneName: name, sceneIndex: s.scenes.length - 1 - i })).reverse() },
        };
      case 'CreateScene':
        if (s.scenes.includes(sceneName)) return { ok: false, code: 601, comment: 'A source already exists by that scene name.' };
        s.scenes.push(sceneName);
        s.items.set(sceneName, []);
        return { ok: true, data: { sceneUuid: randomBytes(4).toString('hex') } };
      case 'GetInputList':
        return { ok: true, data: { inputs: [...s.inputs].map(([inputName, input]) => ({ inputName, inputKind: input.inputKind, unversionedInputKind: input.inputKind })) } };
      case 'CreateInput': {
        const inputName = String(data.inputName);
        if (s.inputs.has(inputName) || s.scenes.includes(inputName)) return { ok: false, code: 601, comment: 'A source already exists by that input name.' };
        if (!items()) return { ok: false, code: 600, comment: 'No source was found by the name of `sceneName`.' };
        s.inputs.set(inputName, { inputKind: String(data.inputKind), inputSettings: { ...(data.inputSettings as Record<string, unknown>) } });
        const sceneItemId = this.nextItemId++;
        items()?.push({ sceneItemId, sourceName: inputName, transform: {} });
        return { ok: true, data: { sceneItemId, inputUuid: randomBytes(4).toString('hex') } };
      }
      case 'RemoveInput': {
        const inputName = String(data.inputName);
        if (!s.inputs.delete(inputName)) return { ok: false, code: 600, comment: 'No source was found.' };
        for (const [scene, list] of s.items) s.items.set(scene, list.filter((item) => item.sourceName !== inputName));
        return { ok: true };
      }
      case 'SetInputSettings': {
        const input = s.inputs.get(String(data.inputName));
        if (!input) return { ok: false, code: 600, comment: 'No source was found.' };
        input.inputSettings = { ...input.inputSettings, ...(data.inputSettings as Record<string, unknown>) };
        return { ok: true };
      }
      case 'GetSceneItemList': {
        const list = items();
        if (!list) return { ok: false, code: 600, comment: 'No source was found by the name of `sceneName`.' };
        return { ok: true, data: { sceneItems: list.map((item, index) => ({ sceneItemId: item.sceneItemId, sourceName: item.sourceName, sceneItemIndex: index })) } };
      }
      case 'CreateSceneItem': {
        const list = items();
        const sourceName = String(data.sourceName);
        if (!list || !s.inputs.has(sourceName)) return { ok: false, code: 600, comment: 'No source was found.' };
        const sceneItemId = this.nextItemId++;
        list.push({ sceneItemId, sourceName, transform: {} });
        return { ok: true, data: { sceneItemId } };
      }
      case 'RemoveSceneItem': {
        const list = items();
        if (!list) return { ok: false, code: 600, comment: 'No source was found.' };
        s.items.set(sceneName, list.filter((item) => item.sceneItemId !== data.sceneItemId));
        return { ok: true };
      }
      case 'SetSceneItemTransform': {
        const item = items()?.find((candidate) => candidate.sceneItemId === data.sceneItemId);
        if (!item) return { ok: false, code: 600, comment: 'No scene item was found.' };
        item.transform = { ...(data.sceneItemTransform as Record<string, unknown>) };
        return { ok: true };
      }
      case 'SetSceneItemIndex': {
        const list = items();
        const item = list?.find((candidate) => candidate.sceneItemId === data.sceneItemId);
        if (!list || !item) return { ok: false, code: 600, comment: 'No scene item was found.' };
        list.splice(list.indexOf(item), 1);
        list.splice(Number(data.sceneItemIndex), 0, item);
        return { ok: true };
      }
      case 'SetCurrentProgramScene':
        if (!s.scenes.includes(sceneName)) return { ok: false, code: 600, comment: 'No source was found by the name of `sceneName`.' };
        s.currentScene = sceneName;
        this.emit('CurrentProgramSceneChanged', { sceneName });
        return { ok: true };
      case 'GetStats':
        return {
          ok: true,
          data: { cpuUsage: 3.5, memoryUsage: 200, availableDiskSpace: 51_200, activeFps: 30, averageFrameRenderTime: 2, renderSkippedFrames: 1, renderTotalFrames: 900, outputSkippedFrames: 2, outputTotalFrames: 600, webSocketSessionIncomingMessages: 1, webSocketSessionOutgoingMessages: 1 },
        };
      case 'GetStreamStatus':
        return { ok: true, data: { outputActive: s.streaming, outputReconnecting: false, outputTimecode: '00:00:00.000', outputDuration: s.streaming ? 1500 : 0, outputCongestion: s.streaming ? 0.1 : 0, outputBytes: 0, outputSkippedFrames: 0, outputTotalFrames: s.streaming ? 45 : 0 } };
      case 'GetRecordStatus':
        return { ok: true, data: { outputActive: s.recording, outputPaused: false, outputTimecode: '00:00:00.000', outputDuration: s.recording ? 2000 : 0, outputBytes: 0 } };
      case 'StartStream':
      case 'StartRecord': {
        const key = type === 'StartStream' ? 'streaming' : 'recording';
        if (s[key]) return { ok: false, code: 500, comment: 'The output is already running.' };
        s[key] = true;
        if (key === 'recording') s.chapters = [];
        this.emit(type === 'StartStream' ? 'StreamStateChanged' : 'RecordStateChanged', { outputActive: true, outputState: 'OBS_WEBSOCKET_OUTPUT_STARTED', outputPath: null });
        return { ok: true };
      }
      case 'StopStream':
      case 'StopRecord': {
        const key = type === 'StopStream' ? 'streaming' : 'recording';
        if (!s[key]) return { ok: false, code: 501, comment: 'The output is not running.' };
        s[key] = false;
        const outputPath = '/home/creator/Videos/2024-01-01 20-00-00.mkv';
        this.emit(type === 'StopStream' ? 'StreamStateChanged' : 'RecordStateChanged', { outputActive: false, outputState: 'OBS_WEBSOCKET_OUTPUT_STOPPED', outputPath });
        return { ok: true, data: type === 'StopRecord' ? { outputPath } : {} };
      }
      case 'GetSourceScreenshot': {
        if (!s.inputs.has(String(data.sourceName)) && !s.scenes.includes(String(data.sourceName))) return { ok: false, code: 600, comment: 'No source was found.' };
        const request = { width: Number(data.imageWidth ?? 64), height: Number(data.imageHeight ?? 36), format: String(data.imageFormat) };
        const imageData = this.options.screenshot?.(request) ?? `data:image/png;base64,${solidPng(request.width, request.height, [30, 200, 90]).toString('base64')}`;
        return { ok: true, data: { imageData } };
      }
      case 'CreateRecordChapter':
        if (!this.options.chapters) return { ok: false, code: 204, comment: `Your request type is not valid: ${type}` };
        if (!s.recording) return { ok: false, code: 501, comment: 'The output is not running.' };
        s.chapters.push(typeof data.chapterName === 'string' ? data.chapterName : 'Unnamed');
        return { ok: true };
      default:
        return { ok: false, code: 204, comment: `Your request type is not valid: ${type}` };
    }
  }
}

/** What the fake answers besides CreateRecordChapter (listed in GetVersion like the real one). */
const REQUESTS = [
  'GetVersion', 'GetInputKindList', 'GetVideoSettings', 'GetSceneList', 'CreateScene', 'GetInputList', 'CreateInput', 'RemoveInput',
  'SetInputSettings', 'GetSceneItemList', 'CreateSceneItem', 'RemoveSceneItem', 'SetSceneItemTransform', 'SetSceneItemIndex',
  'SetCurrentProgramScene', 'GetStats', 'GetStreamStatus', 'GetRecordStatus', 'StartStream', 'StartRecord', 'StopStream', 'StopRecord',
  'GetSourceScreenshot',
];

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}
