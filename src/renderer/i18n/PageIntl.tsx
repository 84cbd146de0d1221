import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import type { Locale } from '../../shared/i18n/locale';
import { CATALOGS } from '../../shared/i18n/messages';
import { initialPageLocale, rememberPageLocale } from './page-locale';

interface LocaleChoice {
  locale: Locale;
  choose: (locale: Locale) => void;
}

const LocaleChoiceContext = createContext<LocaleChoice | null>(null);

/**
 * The language of a viewer, buyer or guest page: the browser's, until the person picks another in
 * the switcher (remembered in this browser). Messages come from the catalogs in src/shared/i18n;
 * the document's `lang` follows, so screen readers and hyphenation speak the same language.
 */
export function PublicPageIntl({ children }: { children: ReactNode }) {
  const [locale, setLocale] = useState<Locale>(initialPageLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const choice = useMemo<LocaleChoice>(
    () => ({
      locale,
      choose: (next) => {
        rememberPageLocale(next);
        setLocale(next);
      },
    }),
    [locale],
  );
  return (
    <LocaleChoiceContext.Provider value={choice}>
      <IntlProvider locale={locale} messages={CATALOGS[locale]} defaultLocale="en" onError={reportMissing}>
        {children}
      </IntlProvider>
    </LocaleChoiceContext.Provider>
  );
}

/** The page's language and the way to change it (the switcher). */
export function useLocaleChoice(): LocaleChoice {
  const choice = useContext(LocaleChoiceContext);
  if (!choice) throw new Error('useLocaleChoice needs a PublicPageIntl around it');
  return choice;
}

/** react-intl's onError for every provider: catalogs are checked by the typecheck and tests/unit/i18n; anything left is a bug worth seeing. */
export function reportMissing(error: Error): void {
  console.error(error.message);
}
