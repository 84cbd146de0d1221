import { DEFAULT_ARRANGEMENT, DEFAULT_PROGRAM_SETTINGS, ProgramArrangement, ProgramSettings } from '../../../shared/program';
import type { SettingsRepo } from '../store/settings-repo';

const KEY = 'program';
const ARRANGEMENT_KEY = 'programArrangement';

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

/** The host's layout and guest slot order, kept so a reload shows the program as they left it. */
export function readArrangement(settings: SettingsRepo): ProgramArrangement {
  const raw = settings.get(ARRANGEMENT_KEY);
  if (!raw) return DEFAULT_ARRANGEMENT;
  try {
    const parsed = ProgramArrangement.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULT_ARRANGEMENT;
  } catch {
    return DEFAULT_ARRANGEMENT;
  }
}

export function writeArrangement(settings: SettingsRepo, value: ProgramArrangement): ProgramArrangement {
  const normalized: ProgramArrangement = { layout: value.layout, guestOrder: [...new Set(value.guestOrder)] };
  settings.set(ARRANGEMENT_KEY, JSON.stringify(normalized));
  return normalized;
}
