import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { localizeError } from '../../shared/i18n/localize-error';
import { Locale } from '../../shared/i18n/locale';
import type { AppErrorShape } from '../../shared/result';

/** Words an error from the core (or from this page's own client) in the page's language. */
export function useLocalizeError(): (error: AppErrorShape) => AppErrorShape {
  const { locale } = useIntl();
  return useCallback((error: AppErrorShape) => localizeError(error, Locale.catch('en').parse(locale)), [locale]);
}
