import { useEffect, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import type { Locale } from '../../shared/i18n/locale';
import { CATALOGS } from '../../shared/i18n/messages';
import { reportMissing } from './PageIntl';
import { rememberedStudioLanguage, rememberStudioLanguage } from './page-locale';

/**
 * The language of the studio and of every moderator console: the creator's choice in Settings →
 * Language, which the core sends in the snapshot and in `studio.language` events. Until the first
 * snapshot (connecting, loading, a refused link) the page speaks the language it last heard.
 */
export function StudioIntl({ language, children }: { language: Locale | null; children: ReactNode }) {
  const [remembered] = useState(rememberedStudioLanguage);
  const locale = language ?? remembered;
  useEffect(() => {
    document.documentElement.lang = locale;
    if (language) rememberStudioLanguage(language);
  }, [locale, language]);
  return (
    <IntlProvider locale={locale} messages={CATALOGS[locale]} defaultLocale="en" onError={reportMissing}>
      {children}
    </IntlProvider>
  );
}
