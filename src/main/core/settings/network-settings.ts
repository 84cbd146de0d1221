import { NetworkSettings } from '../../../shared/settings';
import { normalizeAddress } from '../server/client-address';
import type { SettingsRepo } from '../store/settings-repo';

const KEY = 'network';
export const DEFAULT_NETWORK: NetworkSettings = { bindAddress: '127.0.0.1', publicBaseUrl: null, trustedProxies: [] };

/** The host's network choices, kept in the settings table and validated on the way in and out. */
export function readNetworkSettings(settings: SettingsRepo): NetworkSettings {
  const raw = settings.get(KEY);
  if (!raw) return DEFAULT_NETWORK;
  try {
    const parsed = NetworkSettings.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULT_NETWORK;
  } catch {
    return DEFAULT_NETWORK;
  }
}

export function writeNetworkSettings(settings: SettingsRepo, value: NetworkSettings): NetworkSettings {
  const normalized = {
    ...value,
    publicBaseUrl: value.publicBaseUrl?.replace(/\/+$/, '') ?? null,
    trustedProxies: [...new Set(value.trustedProxies.map((a) => normalizeAddress(a)))],
  };
  settings.set(KEY, JSON.stringify(normalized));
  return normalized;
}
