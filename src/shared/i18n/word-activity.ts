import type { ActivityDetail } from '../activity-detail';
import { moneyAsText } from '../result';
import type { Locale } from './locale';
import { isMessageId, sharedTranslator } from './messages';

/**
 * An activity line's detail in `locale` ("Hot seat ‘AMA’ for Ada: accepted by Maya; capturing the
 * payment"), or null when a part's id is unknown to this build (a newer core): the caller then
 * shows the English the entry came with.
 */
export function wordActivity(detail: ActivityDetail, locale: Locale): string | null {
  const t = sharedTranslator(locale);
  const words: string[] = [];
  for (const reason of detail.subject ? [detail.subject, ...detail.parts] : detail.parts) {
    if (!isMessageId(reason.id)) return null;
    words.push(t(reason.id, moneyAsText(reason.values, locale)));
  }
  const [first, ...rest] = detail.subject ? words.slice(1) : words;
  const parts = rest.reduce((joined, next) => t('activity.join.parts', { first: joined, next }), first ?? '');
  return detail.subject ? t('activity.join.subject', { subject: words[0] ?? '', rest: parts }) : parts;
}
