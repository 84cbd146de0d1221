import { EventSubscription, OBSWebSocket } from 'obs-websocket-js/json';
import { reconnectDelay } from '../../../shared/backoff';
import { CHAPTERS_NEED, OBS_NAMES, type ObsOutputCommand, type ObsProblem, type ObsSettingsInput, type ObsStatus } from '../../../shared/obs';
import { said } from '../../../shared/i18n/said';
import { errorWith, failWith, ok, type Result } from '../../../shared/result';
import type { Logger } from '../log';
import type { ObsCaller } from './obs-calls';
import { runOutput } from './obs-outputs';
import { createObsRequests, ObsTimeoutError, slowProblem, withTimeout } from './obs-requests';
import type { ProgramUrls } from './obs-program-path';
import { setUpObs, setUpScene, type SceneInputs } from './obs-setup';
import { describeObsFailure, isPermanent, ObsProblemError, versionTooOld } from './obs-problems';
import type { ObsSettingsStore } from './obs-settings';
import { emptyStatus, readLiveStatus } from './obs-status';

/**
 * The studio's hands on OBS Studio (obs-websocket 5). It connects with the host's address and
 * password, reconnects by itself with backoff when OBS closes or restarts, makes sure the Hotseat
 * scene exists at every (re)connect, runs the outputs, and reports a live status.
 *
 * One connection at a time: every attempt gets a generation number, and anything an older attempt
 * was still doing is ignored once a newer one started (settings changed, OBS came back).
 *
 * Longer than the core's 350 lines on purpose: what is left here is the one connection's state
 * (socket, generation, timers, slowness, last file) that every command reads; the parts that do not
 * need it live beside it: requests with deadlines (obs-requests.ts), typed and checked calls
 * (obs-calls.ts), setup at connect (obs-setup.ts), outputs (obs-outputs.ts), status (obs-status.ts).
 */
export interface ObsDriverDeps {
  settings: ObsSettingsStore;
  urls: ProgramUrls;
  /** Whether the alerts should be on their own overlay input (program settings: not forced into the program). */
  overlayWanted?: () => boolean;
  log: Logger;
  onStatus(status: ObsStatus): void;
  tuning?: ObsDriverTuning;
}

export interface ObsDriverTuning {
  /** First retry delay; doubles per failed attempt up to `maxRetryMs`. */
  firstRetryMs?: number;
  maxRetryMs?: number;
  statsEveryMs?: number;
  requestTimeoutMs?: number;
  connectTimeoutMs?: number;
  /** How long a started or stopped output may take to get there. */
  outputSettleMs?: number;
}

export interface ObsDriver {
  /** Connects if OBS is enabled in settings. Call once the studio's own address is known. */
  start(): void;
  status(): ObsStatus;
  configure(input: ObsSettingsInput): Promise<Result<ObsStatus>>;
  /** Tries now instead of waiting for the next retry (after fixing something in OBS). */
  reconnect(): Result<ObsStatus>;
  /** Sets the Hotseat scene up again on the open connection (the overlay choice changed). */
  resync(): Promise<void>;
  setOutput(command: ObsOutputCommand): Promise<Result<ObsStatus>>;
  switchScene(sceneName: string): Promise<Result<ObsStatus>>;
  /** A PNG (data URL) of one source as OBS renders it. */
  screenshot(sourceName: string, width: number, height: number, format?: 'png' | 'jpg'): Promise<Result<string>>;
  /** The program input as OBS renders it, at OBS's full canvas size (a data URL). */
  programShot(format: 'png' | 'jpg'): Promise<Result<ProgramShot>>;
  /**
   * Adds a chapter marker to the recording running now, where OBS can (30.2+). Not recording, not
   * connected or an OBS without chapters: nothing to do (`added: false` and why); OBS refusing: a failure.
   */
  addChapter(name: string): Promise<Result<{ added: boolean; reason: string | null }>>;
  close(): Promise<void>;
}

export interface ProgramShot {
  dataUrl: string;
  width: number;
  height: number;
  /** How the program reaches OBS: the media path shows the program a second or more late. */
  path: ObsStatus['programPath'];
}

/** obs-websocket's request status for a name OBS does not know (a scene, a source). */
const RESOURCE_NOT_FOUND = 600;
/** Status checks in a row that OBS leaves unanswered before the connection counts as lost. */
const SLOW_MISSES_BEFORE_LOST = 3;

export function createObsDriver(deps: ObsDriverDeps): ObsDriver {
  const tuning = {
    firstRetryMs: deps.tuning?.firstRetryMs ?? 1_000,
    maxRetryMs: deps.tuning?.maxRetryMs ?? 15_000,
    statsEveryMs: deps.tuning?.statsEveryMs ?? 2_000,
    requestTimeoutMs: deps.tuning?.requestTimeoutMs ?? 5_000,
    connectTimeoutMs: deps.tuning?.connectTimeoutMs ?? 5_000,
    outputSettleMs: deps.tuning?.outputSettleMs ?? 15_000,
  };
  const { log } = deps;
  let status: ObsStatus = emptyStatus(deps.settings.read());
  let socket: OBSWebSocket | null = null;
  let generation = 0;
  let attempt = 0;
  let retryTimer: NodeJS.Timeout | null = null;
  let statsTimer: NodeJS.Timeout | null = null;
  let closed = false;
  let lastFile: string | null = null;
  /** What the last successful setup was made from, to set the scene up again without reconnecting. */
  let sceneInputs: SceneInputs | null = null;
  let canvas: { width: number; height: number } | null = null;
  let chaptersSupported: boolean | null = null;
  /** Status checks in a row OBS did not answer in time (it is slow, not gone: the socket is open). */
  let slowStreak = 0;
  let refreshesInFlight = 0;
  const requests = createObsRequests();

  const publish = (patch: Partial<ObsStatus>) => {
    const next: ObsStatus = { ...status, ...patch, settings: deps.settings.read(), updatedAt: new Date().toISOString() };
    const changed = JSON.stringify({ ...next, updatedAt: '' }) !== JSON.stringify({ ...status, updatedAt: '' });
    status = next;
    if (changed) deps.onStatus(status);
  };

  const caller = (obs: OBSWebSocket, timeoutMs = tuning.requestTimeoutMs): ObsCaller => requests.caller(obs, timeoutMs);

  const stopTimers = () => {
    if (retryTimer) clearTimeout(retryTimer);
    if (statsTimer) clearInterval(statsTimer);
    retryTimer = null;
    statsTimer = null;
  };

  const dropSocket = () => {
    const old = socket;
    socket = null;
    requests.failWaiting('OBS closed the connection before answering');
    if (!old) return;
    old.removeAllListeners();
    old.disconnect().catch(() => undefined);
  };

  const scheduleRetry = (problem: ObsProblem) => {
    attempt += 1;
    const delay = reconnectDelay(attempt, { baseMs: tuning.firstRetryMs, maxMs: tuning.maxRetryMs }, Math.random);
    publish({ ...disconnectedFields(), connection: 'reconnecting', problem, attempt, retryAt: new Date(Date.now() + delay).toISOString() });
    const mine = generation;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      if (mine === generation && !closed) void connect();
    }, delay);
  };

  const lost = (mine: number, problem: ObsProblem, error?: unknown) => {
    if (mine !== generation || closed) return;
    generation++;
    stopTimers();
    dropSocket();
    if (isPermanent(problem, error)) {
      attempt += 1;
      publish({ ...disconnectedFields(), connection: 'failed', problem, attempt, retryAt: null });
      log.warn('obs: giving up until settings change', { problem: problem.code });
      return;
    }
    log.warn('obs: not connected', { problem: problem.code, attempt: attempt + 1 });
    scheduleRetry(problem);
  };

  const connect = async () => {
    stopTimers();
    dropSocket();
    const mine = ++generation;
    const settings = deps.settings.read();
    if (!settings.enabled || closed) {
      attempt = 0;
      publish({ ...disconnectedFields(), connection: 'disabled', problem: null, attempt: 0, retryAt: null, overlayInput: false });
      return;
    }
    publish({ connection: attempt === 0 ? 'connecting' : 'reconnecting', retryAt: null });
    const password = deps.settings.password();
    const obs = new OBSWebSocket();
    socket = obs;
    let authRequired: boolean | null = null;
    obs.on('Hello', (hello) => {
      authRequired = Boolean(hello.authentication);
    });
    try {
      const identified = await withTimeout(
        obs.connect(settings.address, password ?? undefined, {
          rpcVersion: 1,
          eventSubscriptions: EventSubscription.General | EventSubscription.Scenes | EventSubscription.Outputs,
        }),
        tuning.connectTimeoutMs,
        () => new Error(`no answer within ${tuning.connectTimeoutMs} ms`),
      );
      if (mine !== generation) return;
      const tooOld = versionTooOld(identified.obsWebSocketVersion, identified.negotiatedRpcVersion);
      if (tooOld) throw new ObsProblemError(tooOld, false);
      obs.on('ConnectionClosed', () => lost(mine, { code: 'lost', ...said('error.obs.closed') }));
      obs.on('ExitStarted', () => lost(mine, { code: 'lost', ...said('error.obs.exiting') }));
      obs.on('RecordStateChanged', (event) => {
        if (!event.outputActive && event.outputPath) lastFile = event.outputPath;
        void refresh(mine);
      });
      obs.on('StreamStateChanged', () => void refresh(mine));
      obs.on('CurrentProgramSceneChanged', () => void refresh(mine));
      obs.on('SceneListChanged', () => void refresh(mine));

      const setup = await setUpObs(caller(obs), settings.programPath, deps.urls, deps.overlayWanted?.() ?? true);
      if (mine !== generation) return;
      const { inputKinds, path, canChapter } = setup;
      sceneInputs = { inputKinds, path, canvas: setup.canvas };
      attempt = 0;
      canvas = setup.canvas;
      chaptersSupported = canChapter;
      slowStreak = 0;
      log.info('obs: connected', { address: settings.address, obs: setup.obsVersion, path, setup: setup.changes.join('; ') || 'already in place' });
      publish({
        connection: 'connected',
        problem: null,
        attempt: 0,
        retryAt: null,
        obsVersion: setup.obsVersion,
        websocketVersion: setup.websocketVersion,
        programPath: path,
        sceneReady: true,
        overlayInput: setup.plan.overlay !== null,
        chapters: { ...status.chapters, supported: canChapter, problem: canChapter ? status.chapters.problem : null, problemReason: canChapter ? (status.chapters.problemReason ?? null) : null },
      });
      await refresh(mine);
      // One status check at a time: a slow OBS must not pile up unanswered requests.
      if (mine === generation) statsTimer = setInterval(() => refreshesInFlight === 0 && void refresh(mine), tuning.statsEveryMs);
    } catch (error) {
      if (mine !== generation) return;
      const problem = describeObsFailure(error, { address: settings.address, passwordSent: Boolean(password), authRequired });
      lost(mine, problem, error);
    }
  };

  /** Marks OBS slow (connected, but a request went unanswered); true while that is all it is. */
  const slowAnswer = (mine: number, error: ObsTimeoutError): boolean => {
    if (mine !== generation) return false;
    slowStreak += 1;
    if (slowStreak >= SLOW_MISSES_BEFORE_LOST) return false;
    log.warn('obs: slow to answer', { request: error.requestType, misses: slowStreak });
    publish({ problem: slowProblem(error) });
    return true;
  };

  /**
   * Re-reads outputs, stats and scenes. A request OBS leaves unanswered makes it "slow to answer";
   * a few in a row, or any other failure, mean OBS is gone: reconnect.
   */
  const refresh = async (mine: number) => {
    const obs = socket;
    if (!obs || mine !== generation) return;
    refreshesInFlight++;
    try {
      const live = await readLiveStatus(caller(obs));
      if (mine !== generation) return;
      slowStreak = 0;
      publish({ ...live, recording: { ...live.recording, lastFile }, ...(status.problem?.code === 'slow' ? { problem: null } : {}) });
    } catch (error) {
      if (error instanceof ObsTimeoutError && slowAnswer(mine, error)) return;
      lost(mine, { code: 'lost', ...said('error.obs.lost', { detail: errorMessage(error) }) });
    } finally {
      refreshesInFlight--;
    }
  };

  /** What a command tells the host when OBS did not do it: a slow OBS is named as such. */
  const commandFailed = <T>(what: ObsAction, error: unknown): Result<T> => {
    if (error instanceof ObsTimeoutError) {
      slowAnswer(generation, error);
      return failWith('unavailable', 'error.obs.slowCommand', { ...what, seconds: error.ms / 1000, request: error.requestType });
    }
    return failWith('unavailable', 'error.obs.commandFailed', { ...what, detail: errorMessage(error) });
  };

  const connected = (): OBSWebSocket | null => (status.connection === 'connected' ? socket : null);
  const currentStatus = (): ObsStatus => ({ ...status, settings: deps.settings.read() });
  const screenshot: ObsDriver['screenshot'] = async (sourceName, width, height, format = 'png') => {
    const obs = connected();
    if (!obs) return notConnected();
    try {
      const shot = await caller(obs, tuning.outputSettleMs).call('GetSourceScreenshot', { sourceName, imageFormat: format, imageWidth: width, imageHeight: height });
      return ok(shot.imageData);
    } catch (error) {
      return commandFailed({ action: 'screenshot', source: sourceName }, error);
    }
  };
  const notConnected = <T>(): Result<T> => ({ ok: false, error: notConnectedError(status.problem) });

  return {
    start: () => void connect(),
    status: currentStatus,
    async configure(input) {
      deps.settings.write(input);
      attempt = 0;
      await connect();
      return ok(currentStatus());
    },
    reconnect() {
      attempt = 0;
      void connect();
      return ok(currentStatus());
    },
    async resync() {
      const obs = connected();
      const mine = generation;
      if (!obs || !sceneInputs) return;
      try {
        const { plan, changes } = await setUpScene(caller(obs), sceneInputs, deps.urls, deps.overlayWanted?.() ?? true);
        if (mine !== generation) return;
        if (changes.length > 0) log.info('obs: scene updated', { setup: changes.join('; ') });
        publish({ overlayInput: plan.overlay !== null });
      } catch (error) {
        lost(mine, { code: 'lost', message: `Lost the connection to OBS (${errorMessage(error)}). Reconnecting…` });
      }
    },
    async setOutput(command) {
      const obs = connected();
      if (!obs) return notConnected();
      const { output, action } = command;
      const outcome = await runOutput({ act: caller(obs, tuning.outputSettleMs), poll: caller(obs) }, command, tuning.outputSettleMs);
      if (outcome.kind === 'failed') return commandFailed({ action: `${action}${output === 'stream' ? 'Stream' : 'Record'}` }, outcome.error);
      if (outcome.kind === 'done' && outcome.lastFile) lastFile = outcome.lastFile;
      await refresh(generation);
      if (outcome.kind === 'unsettled') {
        return failWith('unavailable', 'error.obs.unsettled', { output, action, seconds: tuning.outputSettleMs / 1000 });
      }
      return ok(currentStatus());
    },
    async switchScene(sceneName) {
      const obs = connected();
      if (!obs) return notConnected();
      try {
        await caller(obs).call('SetCurrentProgramScene', { sceneName });
      } catch (error) {
        if ((error as { code?: unknown }).code === RESOURCE_NOT_FOUND) return failWith('not_found', 'error.obs.noScene', { scene: sceneName });
        return commandFailed({ action: 'switchScene' }, error);
      }
      await refresh(generation);
      return ok(currentStatus());
    },
    screenshot,
    async programShot(format) {
      const size = canvas;
      if (!connected() || !size) return notConnected();
      const shot = await screenshot(OBS_NAMES.programInput, size.width, size.height, format);
      return shot.ok ? ok({ dataUrl: shot.value, width: size.width, height: size.height, path: status.programPath }) : shot;
    },
    async addChapter(name) {
      const obs = connected();
      if (!obs) return ok({ added: false, reason: 'OBS is not connected' });
      if (!chaptersSupported) return ok({ added: false, reason: CHAPTERS_NEED });
      if (!status.recording.active) return ok({ added: false, reason: 'OBS is not recording' });
      try {
        await caller(obs).call('CreateRecordChapter', { chapterName: name });
      } catch (error) {
        const refused = errorWith('unavailable', 'error.obs.chapterRefused', { name, detail: errorMessage(error) });
        publish({ chapters: { ...status.chapters, problem: refused.message, problemReason: refused.reason ?? null } });
        log.warn('obs: chapter marker refused', { error: errorMessage(error) });
        return { ok: false, error: refused };
      }
      publish({ chapters: { supported: true, last: { name, at: new Date().toISOString() }, problem: null, problemReason: null } });
      return ok({ added: true, reason: null });
    },
    async close() {
      closed = true;
      generation++;
      stopTimers();
      dropSocket();
      await Promise.resolve();
    },
  };
}

function disconnectedFields(): Partial<ObsStatus> {
  return { sceneReady: false, stats: null, programPath: null, currentScene: null, scenes: [] };
}

/** What a command asked OBS to do, as the catalog's `action` select names it (and the source, for a screenshot). */
type ObsAction = { action: 'startStream' | 'stopStream' | 'startRecord' | 'stopRecord' | 'switchScene' } | { action: 'screenshot'; source: string };

/**
 * A command refused because OBS is not connected. With a problem known, the English keeps saying
 * both ("OBS is not connected: OBS refused the password…") and the reason is the problem's own, so
 * a page words what is wrong (the part the host acts on) in its language.
 */
function notConnectedError(problem: ObsProblem | null): ReturnType<typeof errorWith> {
  if (!problem) return errorWith('unavailable', 'error.obs.notConnected');
  const error = { code: 'unavailable' as const, message: `OBS is not connected: ${problem.message}` };
  return problem.reason ? { ...error, reason: problem.reason } : error;
}

function errorMessage(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}
