import { DEFAULT_PROGRAM_SETTINGS, ProgramSettings } from '../../../shared/program';
import type { SettingsRepo } from '../store/settings-repo';

const KEY = 'program';

/** Program size, frame rate, countdown and word filter, kept in the settings table. */
export function readProgramSettings(settings: SettingsRepo): ProgramSettings {
  const raw = settings.get(KEY);
  if (!raw) return DEFAULT_PROGRAM_SETTINGS;
  try {
    const parsed = ProgramSettings.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULT_PROGRAM_SETTINGS;
  } catch {
    return DEFAULT_PROGRAM_SETTINGS;
  }
}

export function writeProgramSettings(settings: SettingsRepo, value: ProgramSettings): ProgramSettings {
  const words = [...new Set(value.wordFilter.map((word) => word.toLowerCase()))];
  const normalized: ProgramSettings = { ...value, wordFilter: words };
  settings.set(KEY, JSON.stringify(normalized));
  return normalized;
}
