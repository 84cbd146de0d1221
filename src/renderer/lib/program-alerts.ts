import type { Locale } from '../../shared/i18n/locale';
import type { Translate } from '../../shared/i18n/messages';
import { formatMoney } from '../../shared/money';
import type { Offer } from '../../shared/offers';
import type { Purchase } from '../../shared/purchases';

/** An alert's content, the same on either layer (each adds the gift picture its own way). */
export interface AlertContent {
  id: string;
  kind: 'tip' | 'gift' | 'sold';
  /** Buyer-typed: each layer cleans and word-filters it as it draws. */
  buyerName: string;
  /** The amount ("5,00 €"), or a merch order's size, in the show's language. */
  amountText: string;
  /** Buyer-typed, already moderated (held messages never reach here). */
  message: string | null;
  title: string;
  /** The gift's animation (its picture in resources/gifts), or null. */
  animation: string | null;
}

/**
 * Which purchase changes become alerts on the program: a tip or gift once it is paid and its
 * message may be shown (no message, or approved by the host or a moderator: a held message waits,
 * a rejected one is dropped from the alert), and "sold" for merch. Each purchase alerts once.
 * Worded in the show's language (`locale`, `t`), whichever layer draws it.
 */
export function alertFor(purchase: Purchase, offers: readonly Offer[], locale: Locale, t: Translate): AlertContent | null {
  if (purchase.status !== 'paid') return null;
  if (purchase.kind === 'merch') {
    return {
      id: purchase.id,
      kind: 'sold',
      buyerName: purchase.buyerName,
      amountText: purchase.variantLabel ? t('onstream.alert.size', { size: purchase.variantLabel }) : formatMoney(purchase.amount, purchase.currency, locale),
      message: null,
      title: purchase.offerTitle,
      animation: null,
    };
  }
  if (purchase.kind !== 'tip' && purchase.kind !== 'gift') return null;
  if (purchase.messageStatus === 'held') return null;
  const offer = offers.find((candidate) => candidate.id === purchase.offerId);
  return {
    id: purchase.id,
    kind: purchase.kind,
    buyerName: purchase.buyerName,
    amountText: formatMoney(purchase.amount, purchase.currency, locale),
    message: purchase.messageStatus === 'approved' || purchase.messageStatus === 'none' ? purchase.message : null,
    title: purchase.offerTitle,
    animation: offer?.kind === 'gift' ? offer.animation : null,
  };
}

/**
 * "Ana tipped €5.00": who did what, in the show's language (`t`), from strings already cleaned and
 * word-filtered by the layer that draws them. A blank name is "Someone".
 */
export function alertHeadline(t: Translate, alert: Pick<AlertContent, 'kind' | 'buyerName' | 'amountText' | 'title'>): string {
  return t('onstream.alert.headline', { kind: alert.kind, name: alert.buyerName || t('onstream.alert.someone'), what: alert.kind === 'tip' ? alert.amountText : alert.title });
}
