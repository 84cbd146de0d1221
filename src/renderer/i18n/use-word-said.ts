import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { Locale } from '../../shared/i18n/locale';
import { wordSaid, type Said } from '../../shared/i18n/said';

/** Words a status's problem from the core (OBS, the public address, TURN) in the page's language. */
export function useWordSaid(): (what: Said) => string {
  const { locale } = useIntl();
  return useCallback((what: Said) => wordSaid(what, Locale.catch('en').parse(locale)), [locale]);
}
