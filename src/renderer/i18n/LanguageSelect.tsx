import type { SelectHTMLAttributes } from 'react';
import { LOCALE_NAMES, LOCALES, type Locale } from '../../shared/i18n/locale';

/** A form's choice of language (the studio's, a show's): each language named in itself. */
export function LanguageSelect({ value, onChange, ...control }: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & { value: Locale; onChange: (locale: Locale) => void }) {
  return (
    <select {...control} value={value} onChange={(event) => onChange(event.target.value as Locale)}>
      {LOCALES.map((l) => (
        <option key={l} value={l} lang={l}>
          {LOCALE_NAMES[l]}
        </option>
      ))}
    </select>
  );
}
