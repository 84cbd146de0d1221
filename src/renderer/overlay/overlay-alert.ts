import { programText } from '../compositor/text-safety';

/** An alert as lib/program-alerts.ts decides it (the same rule as the program's). */
export interface AlertSource {
  id: string;
  kind: 'tip' | 'gift' | 'sold';
  buyerName: string;
  amountText: string;
  title: string;
  message: string | null;
}

/** One alert as the overlay shows it: every buyer-typed string already cleaned and word-filtered. */
export interface OverlayAlert {
  id: string;
  kind: AlertSource['kind'];
  buyerName: string;
  amountText: string;
  title: string;
  message: string | null;
  imageUrl: string | null;
}

/** The same cleaning and word filter the compositor applies to what it draws (text-safety.ts). */
export function overlayAlertOf(alert: AlertSource, imageUrl: string | null, words: readonly string[]): OverlayAlert {
  const message = alert.message ? programText(alert.message, words) : '';
  return {
    id: alert.id,
    kind: alert.kind,
    buyerName: programText(alert.buyerName, words, 40) || 'Someone',
    amountText: alert.amountText,
    title: programText(alert.title, words, 60),
    message: message || null,
    imageUrl,
  };
}
