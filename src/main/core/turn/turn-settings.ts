import { z } from 'zod';
import { TurnUrl, type TurnSettings, type TurnSettingsInput } from '../../../shared/turn';
import type { SecretStore } from '../secrets';
import type { SettingsRepo } from '../store/settings-repo';

const KEY = 'turn';
const Stored = z.object({ urls: z.array(TurnUrl).max(4) });
type Stored = z.infer<typeof Stored>;

/**
 * The creator's TURN server: its addresses in the settings table, the shared secret in the secret
 * store (`turnSharedSecret`: never in the database, never returned; the studio sees `secretSet`).
 * `startUrls` (headless `serve --turn-url`) are saved at start, as if the host had typed them.
 */
export interface TurnSettingsStore {
  read(): TurnSettings;
  secret(): string | null;
  write(input: TurnSettingsInput): TurnSettings;
}

export function createTurnSettingsStore(settings: SettingsRepo, secrets: SecretStore, startUrls: readonly string[] = []): TurnSettingsStore {
  const stored = (): Stored => {
    const raw = settings.get(KEY);
    if (!raw) return { urls: [] };
    try {
      const parsed = Stored.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : { urls: [] };
    } catch {
      return { urls: [] };
    }
  };
  const secret = () => secrets.get('turnSharedSecret');
  const read = (): TurnSettings => ({ urls: stored().urls, secretSet: Boolean(secret()) });
  const write = (input: TurnSettingsInput): TurnSettings => {
    settings.set(KEY, JSON.stringify({ urls: input.urls } satisfies Stored));
    if (input.secret !== undefined) secrets.set('turnSharedSecret', input.secret);
    return read();
  };
  if (startUrls.length > 0) write({ urls: [...startUrls] });
  return { read, secret, write };
}
