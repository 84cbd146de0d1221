import type { Locale } from '../../shared/i18n/locale';
import type { MessageId } from '../../shared/i18n/messages';

// react-intl's ids and locales are ours: an id missing from the English catalog fails the typecheck.
declare global {
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
    interface IntlConfig {
      locale: Locale;
    }
  }
}
