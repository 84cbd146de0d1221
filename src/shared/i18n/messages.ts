import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { en } from './catalogs/en';
import { fr } from './catalogs/fr';
import type { Locale } from './locale';

/** Every message id, from the English catalog. */
export type MessageId = keyof typeof en;
export type MessageValues = Record<string, PrimitiveType>;

export const CATALOGS: Record<Locale, Record<MessageId, string>> = { en, fr };

/**
 * `t(id, values)` for pages without React (program, overlay, the rehearsal checkout page) and the
 * core: the same ICU messages react-intl renders, through the same engine (intl-messageformat).
 * Each message is compiled once per translator.
 */
export type Translate = (id: MessageId, values?: MessageValues) => string;

export function createTranslator(locale: Locale): Translate {
  const compiled = new Map<MessageId, IntlMessageFormat>();
  return (id, values) => {
    let format = compiled.get(id);
    if (!format) {
      format = new IntlMessageFormat(CATALOGS[locale][id], locale);
      compiled.set(id, format);
    }
    return String(format.format(values));
  };
}
