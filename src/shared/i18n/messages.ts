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

/**
 * A message as parts, for pages that build DOM nodes (the overlay's alert card): a value given as a
 * node comes back as that node, where the language puts it ("Ana tipped €5", "Ana a donné 5 €").
 */
export function formatParts<T>(locale: Locale, id: MessageId, values: Record<string, PrimitiveType | T>): (string | T)[] {
  const result = new IntlMessageFormat(CATALOGS[locale][id], locale).format<T>(values);
  return Array.isArray(result) ? result : [result];
}

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

const shared = new Map<Locale, Translate>();

/** One translator per language for the whole process, so each message is compiled once. */
export function sharedTranslator(locale: Locale): Translate {
  let t = shared.get(locale);
  if (!t) shared.set(locale, (t = createTranslator(locale)));
  return t;
}

/** Whether a string from elsewhere (an error's reason from the server) is an id of this build's catalogs. */
export function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(CATALOGS.en, id);
}
