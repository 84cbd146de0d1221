import { DEFAULT_LOCALE, Locale, negotiateLocale } from '../../shared/i18n/locale';

/** Where a viewer's, buyer's or guest's own choice of language is kept, per browser. */
const PAGE_KEY = 'hotseat.locale';
/**
 * The creator's language as this studio or console last heard it from the core, so the screens
 * before the snapshot arrives (connecting, loading) already speak it.
 */
const STUDIO_KEY = 'hotseat.studioLanguage';

/** The language a public page opens in: the person's own choice if they made one, else their browser's. */
export function initialPageLocale(): Locale {
  const chosen = Locale.safeParse(readStored(PAGE_KEY));
  if (chosen.success) return chosen.data;
  return negotiateLocale(typeof navigator === 'undefined' ? [] : navigator.languages);
}

export function rememberPageLocale(locale: Locale): void {
  store(PAGE_KEY, locale);
}

/** The studio's language before its snapshot loads: the last one the core sent, else English. */
export function rememberedStudioLanguage(): Locale {
  const remembered = Locale.safeParse(readStored(STUDIO_KEY));
  return remembered.success ? remembered.data : DEFAULT_LOCALE;
}

export function rememberStudioLanguage(locale: Locale): void {
  store(STUDIO_KEY, locale);
}

function store(key: string, locale: Locale): void {
  try {
    localStorage.setItem(key, locale);
  } catch {
    // Storage refused (private mode, quota): the choice holds for this page only.
  }
}

function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
