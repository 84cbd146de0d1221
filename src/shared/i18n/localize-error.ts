import { fieldsSummary, moneyAsText, type AppErrorShape, type ErrorReason } from '../result';
import type { Locale } from './locale';
import { isMessageId, sharedTranslator, type Translate } from './messages';

/**
 * An error as the page's language words it: the message and each field's problem from their
 * reasons, where this build's catalogs know the id, with amounts in the page's money format.
 * Anything else keeps the English it came with (an older core, or an error no person was meant
 * to read), so nothing is ever lost.
 */
export function localizeError(error: AppErrorShape, locale: Locale): AppErrorShape {
  const t = sharedTranslator(locale);
  const details = error.fieldReasons ? { ...error.details, ...localizeFields(error.fieldReasons, error.details ?? {}, t, locale) } : error.details;
  const localized: AppErrorShape = { ...error, message: localizeMessage(error, details, t, locale) };
  if (details) localized.details = details;
  return localized;
}

function localizeMessage(error: AppErrorShape, details: Record<string, string> | undefined, t: Translate, locale: Locale): string {
  const reason = error.reason;
  if (!reason || !isMessageId(reason.id)) return error.message;
  // The fields' list is worded again from their reasons, in this language.
  if (reason.id === 'error.invalidFields') return details ? fieldsSummary(details) : error.message;
  return t(reason.id, moneyAsText(reason.values, locale));
}

function localizeFields(reasons: Record<string, ErrorReason>, english: Record<string, string>, t: Translate, locale: Locale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, reason] of Object.entries(reasons)) {
    if (isMessageId(reason.id)) out[key] = t(reason.id, moneyAsText(reason.values, locale));
    else if (english[key] !== undefined) out[key] = english[key];
  }
  return out;
}
