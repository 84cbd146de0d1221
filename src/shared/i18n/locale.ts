import { z } from 'zod';

/**
 * The languages Hotseat speaks. Viewer, guest and buyer pages pick one from the browser's
 * languages (a switcher overrides it); the studio and the moderator console follow the creator's
 * choice; on-stream text follows the show's language.
 */
export const LOCALES = ['en', 'fr'] as const;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in itself, as a switcher lists them. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', fr: 'Français' };

/**
 * The first of a person's preferred languages (most wanted first, BCP 47 tags like "fr-CA") that
 * Hotseat speaks, by primary language; English when none is.
 */
export function negotiateLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    const found = Locale.safeParse(primary);
    if (found.success) return found.data;
  }
  return DEFAULT_LOCALE;
}
