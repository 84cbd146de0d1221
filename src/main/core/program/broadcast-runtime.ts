import { alertsLayerOf, storeCardOf, type OverlayState, type ProgramArrangement, type ProgramSettings, type ProgramState, type StoreCard } from '../../../shared/program';
import type { Locale } from '../../../shared/i18n/locale';
import type { EventBus } from '../bus';
import type { Logger } from '../log';
import { createObsDriver, type ObsDriver, type ObsDriverTuning } from '../obs/obs-driver';
import { createObsSettingsStore } from '../obs/obs-settings';
import type { SecretStore } from '../secrets';
import { PROGRAM_STREAM_PATH, type ProgramRoutesDeps } from '../server/routes/program';
import type { SettingsRepo } from '../store/settings-repo';
import { loadOrCreateProgramAccess, type ProgramAccess } from './program-access';
import { createProgramFeed } from './program-feed';
import { readArrangement, readProgramSettings, writeArrangement, writeProgramSettings } from './program-settings';

/**
 * Everything between the program picture and OBS, composed: the program settings, the live program
 * feed and its key, and the OBS driver. The URLs given to OBS use the studio's local address, since
 * OBS runs on the same machine (never the public URL: the stream need not leave the computer).
 */
export interface BroadcastDeps {
  settings: SettingsRepo;
  secrets: SecretStore;
  bus: EventBus;
  log: Logger;
  /** The studio's own address, known once the server listens. */
  localBase(): string;
  isHostToken(token: string): boolean;
  /** The running show's store at the public address; null while links are local only or there is no show. */
  publicStoreUrl(): string | null;
  /** The running show's language (the studio's when there is no show): words on stream speak it. */
  showLanguage(): Locale;
  obsTuning?: ObsDriverTuning;
}

export interface ProgramService {
  state(): ProgramState;
  update(settings: ProgramSettings): ProgramState;
  arrange(arrangement: ProgramArrangement): ProgramState;
  /** What the alert overlay page may know (see auth/overlay-view.ts). */
  overlayState(): OverlayState;
  /** The public address or the running show changed: tells the pages when the store card did. */
  /** The running show or the public address changed: the store card and the on-stream language may follow. */
  runningShowChanged(): void;
}

export interface Broadcast {
  handlerDeps: { obs: ObsDriver; program: ProgramService };
  routes: Omit<ProgramRoutesDeps, 'isAllowedOrigin' | 'guard'>;
  /** The program key: it also opens the alert overlay's event session (auth: role `overlay`). */
  access: ProgramAccess;
  /** Starts the OBS connection (once the studio's address is known). */
  start(): void;
  close(): Promise<void>;
}

export function startBroadcast(deps: BroadcastDeps): Broadcast {
  const access = loadOrCreateProgramAccess(deps.settings);
  const key = encodeURIComponent(access.key);
  const urls = {
    page: () => `${deps.localBase()}/program?key=${key}`,
    stream: () => `${deps.localBase()}${PROGRAM_STREAM_PATH}?key=${key}`,
    overlay: () => `${deps.localBase()}/overlay?key=${key}`,
  };
  let publishTimer: NodeJS.Timeout | null = null;
  /** Whether OBS holds the overlay input, as the driver last said (decides where `auto` puts alerts). */
  let overlayInput = false;
  const alertsLayer = () => alertsLayerOf(readProgramSettings(deps.settings).alerts, overlayInput);
  const storeCard = () => storeCardOf(readProgramSettings(deps.settings).storeQr, deps.publicStoreUrl());
  const showFacts = (state: { storeCard: StoreCard | null; language: Locale }) => JSON.stringify([state.storeCard, state.language]);
  let announcedShow = showFacts({ storeCard: storeCard(), language: deps.showLanguage() });
  const publishState = (): ProgramState => {
    const state = program.state();
    announcedShow = showFacts(state);
    deps.bus.publish({ type: 'program.state', program: state });
    return state;
  };
  const program: ProgramService = {
    state: () => {
      const feed = feedRef.state();
      return {
        settings: readProgramSettings(deps.settings),
        links: { page: urls.page(), stream: urls.stream(), overlay: urls.overlay() },
        alertsLayer: alertsLayer(),
        arrangement: readArrangement(deps.settings),
        storeCard: storeCard(),
        language: deps.showLanguage(),
        feed: { live: feed.live, readers: feed.readers, bytes: feed.bytes, problem: feed.problem },
      };
    },
    update(settings) {
      const before = readProgramSettings(deps.settings).alerts;
      writeProgramSettings(deps.settings, settings);
      // The overlay input follows the choice: made when wanted, taken out of the scene when not.
      if (settings.alerts !== before) void obs.resync();
      return publishState();
    },
    arrange(arrangement) {
      writeArrangement(deps.settings, arrangement);
      return publishState();
    },
    overlayState: () => {
      const settings = readProgramSettings(deps.settings);
      return { resolution: settings.resolution, wordFilter: settings.wordFilter, alertsLayer: alertsLayer(), storeCard: storeCard(), language: deps.showLanguage() };
    },
    runningShowChanged() {
      if (showFacts({ storeCard: storeCard(), language: deps.showLanguage() }) !== announcedShow) publishState();
    },
  };
  // Readers come and go in bursts (OBS reconnecting): tell the studio at most every 250 ms.
  const feedChanged = () => {
    if (publishTimer) return;
    publishTimer = setTimeout(() => {
      publishTimer = null;
      publishState();
    }, 250);
  };
  const feedRef = createProgramFeed({ onChange: feedChanged });
  const obs = createObsDriver({
    settings: createObsSettingsStore(deps.settings, deps.secrets),
    urls,
    overlayWanted: () => readProgramSettings(deps.settings).alerts !== 'program',
    log: deps.log,
    onStatus: (status) => {
      deps.bus.publish({ type: 'obs.status', status });
      if (status.overlayInput === overlayInput) return;
      overlayInput = status.overlayInput;
      publishState();
    },
    ...(deps.obsTuning ? { tuning: deps.obsTuning } : {}),
  });
  return {
    handlerDeps: { obs, program },
    access,
    routes: { feed: feedRef, access, isHostToken: (token) => deps.isHostToken(token), log: deps.log },
    start: () => obs.start(),
    async close() {
      if (publishTimer) clearTimeout(publishTimer);
      feedRef.close();
      await obs.close();
    },
  };
}


