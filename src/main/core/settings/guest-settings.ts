import { DEFAULT_GUEST_SETTINGS, GuestSettings } from '../../../shared/guests';
import type { SettingsRepo } from '../store/settings-repo';

const KEY = 'guests';

/** Capture policy, no-show grace and ICE servers, kept in the settings table, validated both ways. */
export function readGuestSettings(settings: SettingsRepo): GuestSettings {
  const raw = settings.get(KEY);
  if (!raw) return DEFAULT_GUEST_SETTINGS;
  try {
    const parsed = GuestSettings.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULT_GUEST_SETTINGS;
  } catch {
    return DEFAULT_GUEST_SETTINGS;
  }
}

export function writeGuestSettings(settings: SettingsRepo, value: GuestSettings): GuestSettings {
  settings.set(KEY, JSON.stringify(value));
  return value;
}

/** Seconds of airtime after which a seat is charged: 0 means at go-live. */
export function captureThresholdMs(value: GuestSettings): number {
  return value.capturePolicy === 'at_go_live' ? 0 : value.captureAfterSeconds * 1000;
}
