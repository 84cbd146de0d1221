import { Locale, negotiateLocale } from '../../shared/i18n/locale';

/** Where a viewer's, buyer's or guest's own choice of language is kept, per browser. */
const STORAGE_KEY = 'hotseat.locale';

/** The language a public page opens in: the person's own choice if they made one, else their browser's. */
export function initialPageLocale(): Locale {
  const chosen = Locale.safeParse(readStored());
  if (chosen.success) return chosen.data;
  return negotiateLocale(typeof navigator === 'undefined' ? [] : navigator.languages);
}

export function rememberPageLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage refused (private mode, quota): the choice holds for this page only.
  }
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
