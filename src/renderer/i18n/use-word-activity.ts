import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { Locale } from '../../shared/i18n/locale';
import { wordActivity } from '../../shared/i18n/word-activity';
import type { AuditEntry } from '../../shared/purchases';

/** An activity line's detail in the page's language; its English when it has no reasons (an older line) or they are newer than this page. */
export function useWordActivity(): (entry: AuditEntry) => string {
  const { locale } = useIntl();
  return useCallback((entry: AuditEntry) => (entry.said && wordActivity(entry.said, Locale.catch('en').parse(locale))) ?? entry.detail, [locale]);
}
