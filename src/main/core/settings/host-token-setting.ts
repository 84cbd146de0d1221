import { HOST_TOKEN_PREFIX, newHostToken } from '../auth/host-token';
import type { SettingsRepo } from '../store/settings-repo';

const KEY = 'host_token';

/**
 * The host token is kept with the studio's data (the same trust as the database itself) so that an
 * open studio page keeps working across a restart of the core.
 */
export function loadOrCreateHostToken(settings: SettingsRepo): string {
  const existing = settings.get(KEY);
  if (existing?.startsWith(HOST_TOKEN_PREFIX)) return existing;
  const token = newHostToken();
  settings.set(KEY, token);
  return token;
}
