import { afterEach } from 'vitest';
import type { ObsSettingsInput, ObsStatus } from '../../../src/shared/obs';
import { memoryLogger } from '../../../src/main/core/log';
import { createObsDriver, type ObsDriver, type ObsDriverTuning } from '../../../src/main/core/obs/obs-driver';
import { createObsSettingsStore } from '../../../src/main/core/obs/obs-settings';
import { memorySecretStore } from '../../../src/main/core/secrets';
import type { SettingsRepo } from '../../../src/main/core/store/settings-repo';
import { FakeObs, type FakeObsOptions } from '../../support/fake-obs';
import { waitFor } from '../../support/wait-for';

/** The OBS driver against a fake obs-websocket server, with fast retries and timeouts, cleaned up after each test. */
export const PASSWORD = 'obs-secret-pass';
export const URLS = {
  page: () => 'http://127.0.0.1:4870/program?key=hsp_page',
  stream: () => 'http://127.0.0.1:4870/program/live.webm?key=hsp_stream',
  overlay: () => 'http://127.0.0.1:4870/overlay?key=hsp_overlay',
};

function memorySettings(): SettingsRepo {
  const values = new Map<string, string>();
  return { get: (k) => values.get(k) ?? null, set: (k, v) => void values.set(k, v), delete: (k) => void values.delete(k) };
}

export const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

export async function fakeObs(options: FakeObsOptions = {}): Promise<FakeObs> {
  const obs = new FakeObs(options);
  await obs.start();
  cleanup.push(() => obs.stop());
  return obs;
}

export function driverFor(
  address: string,
  input: Partial<ObsSettingsInput> = {},
  { overlayWanted, ...tuning }: ObsDriverTuning & { overlayWanted?: () => boolean } = {},
) {
  const log = memoryLogger();
  const secrets = memorySecretStore();
  const settings = createObsSettingsStore(memorySettings(), secrets);
  const statuses: ObsStatus[] = [];
  const driver = createObsDriver({
    settings,
    urls: URLS,
    ...(overlayWanted ? { overlayWanted } : {}),
    log,
    onStatus: (status) => statuses.push(status),
    tuning: { firstRetryMs: 30, maxRetryMs: 200, statsEveryMs: 50, requestTimeoutMs: 400, connectTimeoutMs: 1_000, ...tuning },
  });
  cleanup.push(() => driver.close());
  const configure = (patch: Partial<ObsSettingsInput> = {}) =>
    driver.configure({ enabled: true, address, programPath: 'auto', password: PASSWORD, ...input, ...patch });
  return { driver, log, statuses, configure, secrets };
}

export const connected = (driver: ObsDriver) => waitFor('OBS connected', () => driver.status().connection === 'connected' && driver.status());

