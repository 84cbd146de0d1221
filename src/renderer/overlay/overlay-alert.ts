import type { Translate } from '../../shared/i18n/messages';
import { programText } from '../compositor/text-safety';
import type { AlertContent } from '../lib/program-alerts';

/** One alert as the overlay shows it: every buyer-typed string already cleaned and word-filtered. */
export interface OverlayAlert {
  id: string;
  kind: AlertContent['kind'];
  buyerName: string;
  amountText: string;
  title: string;
  message: string | null;
  /** The gift's picture, resolved by the card (alert-card.ts). */
  animation: string | null;
}

/** The same cleaning and word filter the compositor applies to what it draws (text-safety.ts); `t` speaks the show's language. */
export function overlayAlertOf(alert: AlertContent, words: readonly string[], t: Translate): OverlayAlert {
  const message = alert.message ? programText(alert.message, words) : '';
  return {
    id: alert.id,
    kind: alert.kind,
    buyerName: programText(alert.buyerName, words, 40) || t('onstream.alert.someone'),
    amountText: alert.amountText,
    title: programText(alert.title, words, 60),
    message: message || null,
    animation: alert.animation,
  };
}
