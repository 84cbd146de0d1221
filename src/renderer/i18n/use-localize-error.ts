import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId, MessageValues } from '../../shared/i18n/messages';
import { localizeError } from '../../shared/i18n/localize-error';
import type { AppErrorShape } from '../../shared/result';

/** Words an error from the core (or from this page's own client) in the page's language. */
export function useLocalizeError(): (error: AppErrorShape) => AppErrorShape {
  const intl = useIntl();
  return useCallback(
    (error: AppErrorShape) => localizeError(error, (id: MessageId, values?: MessageValues) => intl.formatMessage({ id }, values)),
    [intl],
  );
}
