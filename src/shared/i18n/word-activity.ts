import type { ActivityDetail } from '../activity-detail';
import { moneyAsText, type ErrorReason } from '../result';
import type { Locale } from './locale';
import { isMessageId, sharedTranslator } from './messages';

/**
 * An activity line's detail in `locale` ("Hot seat ‘AMA’ for Ada: accepted by Maya; capturing the
 * payment"), or null when a part's id is unknown to this build (a newer core): the caller then
 * shows the English the entry came with.
 */
export function wordActivity(detail: ActivityDetail, locale: Locale): string | null {
  const t = sharedTranslator(locale);
  const word = (reason: ErrorReason): string | null => (isMessageId(reason.id) ? t(reason.id, moneyAsText(reason.values, locale)) : null);
  let joined: string | null = null;
  for (const part of detail.parts) {
    const next = word(part);
    if (next === null) return null;
    joined = joined === null ? next : t('activity.join.parts', { first: joined, next });
  }
  if (joined === null || !detail.subject) return joined;
  const subject = word(detail.subject);
  return subject === null ? null : t('activity.join.subject', { subject, rest: joined });
}
