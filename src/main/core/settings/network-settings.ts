import { DEFAULT_NETWORK, NetworkSettings } from '../../../shared/settings';
import { normalizeAddress } from '../server/client-address';
import type { PublicMode } from '../../../shared/public-address';
import type { SettingsRepo } from '../store/settings-repo';

const KEY = 'network';

/** Settings saved before "Go public" existed, or sent without a mode, mean what they meant then. */
export function publicModeOf(value: NetworkSettings): PublicMode {
  return value.publicMode ?? (value.publicBaseUrl ? 'own_url' : 'off');
}

/** The host's network choices, kept in the settings table and validated on the way in and out. */
export function readNetworkSettings(settings: SettingsRepo): NetworkSettings {
  const raw = settings.get(KEY);
  if (!raw) return DEFAULT_NETWORK;
  try {
    const parsed = NetworkSettings.safeParse(JSON.parse(raw));
    return parsed.success ? { ...parsed.data, publicMode: publicModeOf(parsed.data) } : DEFAULT_NETWORK;
  } catch {
    return DEFAULT_NETWORK;
  }
}

export function writeNetworkSettings(settings: SettingsRepo, value: NetworkSettings): NetworkSettings {
  const normalized: NetworkSettings = {
    ...value,
    publicMode: publicModeOf(value),
    publicBaseUrl: value.publicBaseUrl?.replace(/\/+$/, '') ?? null,
    trustedProxies: [...new Set(value.trustedProxies.map((a) => normalizeAddress(a)))],
  };
  settings.set(KEY, JSON.stringify(normalized));
  return normalized;
}
