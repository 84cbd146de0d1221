import { useIntl } from 'react-intl';
import { LOCALE_NAMES, LOCALES, type Locale } from '../../shared/i18n/locale';
import { useLocaleChoice } from './PageIntl';

/** A small native select: keyboard and screen readers work as everywhere else. */
export function LanguageSwitcher() {
  const intl = useIntl();
  const { locale, choose } = useLocaleChoice();
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{intl.formatMessage({ id: 'common.language' })}</span>
      <select value={locale} onChange={(event) => choose(event.target.value as Locale)}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
