import { DEFAULT_LOCALE, Locale } from '../../../shared/i18n/locale';
import type { SettingsRepo } from '../store/settings-repo';

const KEY = 'studio.language';

/** The creator's language (Settings → Language), kept in the settings table; English until chosen. */
export function readStudioLanguage(settings: SettingsRepo): Locale {
  const parsed = Locale.safeParse(settings.get(KEY));
  return parsed.success ? parsed.data : DEFAULT_LOCALE;
}

export function writeStudioLanguage(settings: SettingsRepo, language: Locale): Locale {
  settings.set(KEY, language);
  return language;
}
