import { z } from 'zod';
import { DEFAULT_OBS_ADDRESS, ObsAddress, ObsPathChoice, type ObsSettings, type ObsSettingsInput } from '../../../shared/obs';
import type { SecretStore } from '../secrets';
import type { SettingsRepo } from '../store/settings-repo';

const KEY = 'obs';
const Stored = z.object({ enabled: z.boolean(), address: ObsAddress, programPath: ObsPathChoice });
type Stored = z.infer<typeof Stored>;

/** Off until the host turns it on: a creator without OBS never sees connection errors. */
const DEFAULT: Stored = { enabled: false, address: DEFAULT_OBS_ADDRESS, programPath: 'auto' };

/**
 * The host's OBS choices: address and path in the settings table, the password in the secret
 * store (never in the database, never returned).
 */
export interface ObsSettingsStore {
  read(): ObsSettings;
  password(): string | null;
  write(input: ObsSettingsInput): ObsSettings;
}

export function createObsSettingsStore(settings: SettingsRepo, secrets: SecretStore): ObsSettingsStore {
  const stored = (): Stored => {
    const raw = settings.get(KEY);
    if (!raw) return DEFAULT;
    try {
      const parsed = Stored.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : DEFAULT;
    } catch {
      return DEFAULT;
    }
  };
  const read = (): ObsSettings => ({ ...stored(), passwordSet: Boolean(secrets.get('obsPassword')) });
  return {
    read,
    password: () => secrets.get('obsPassword'),
    write(input) {
      const value: Stored = { enabled: input.enabled, address: input.address.replace(/\/+$/, ''), programPath: input.programPath };
      settings.set(KEY, JSON.stringify(value));
      if (input.password !== undefined) secrets.set('obsPassword', input.password === '' ? null : input.password);
      return read();
    },
  };
}
