import type { Locale } from '../../shared/i18n/locale';
import { createTranslator, formatParts } from '../../shared/i18n/messages';
import { giftImageUrl } from '../compositor/gift-images';
import type { OverlayAlert } from './overlay-alert';

/**
 * Builds an alert card out of elements and text nodes only: buyer text is set with `textContent`,
 * so a name or message that looks like markup shows literally and never runs. The words around it
 * ("tipped", "+2 more") are the show's language (`locale`), in that language's order.
 */
export function buildAlertCard(doc: Document, alert: OverlayAlert, behind: number, locale: Locale): HTMLElement {
  const t = createTranslator(locale);
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag);
    node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const card = el('section', `alert alert-${alert.kind}`);
  card.dataset.testid = 'overlay-alert';
  card.dataset.alertId = alert.id;
  card.setAttribute('aria-live', 'polite');
  const imageUrl = giftImageUrl(alert.animation);
  if (imageUrl) {
    const image = el('img', 'alert-picture');
    image.src = imageUrl;
    image.alt = '';
    card.append(image);
  }
  const body = el('div', 'alert-body');
  body.append(el('span', 'alert-badge', t('onstream.alert.badge', { kind: alert.kind })));
  const headline = el('p', 'alert-headline');
  const what = alert.kind === 'tip' ? el('span', 'alert-amount', alert.amountText) : el('span', 'alert-title', alert.title);
  const parts = formatParts<Node>(locale, 'onstream.alert.headline', { kind: alert.kind, name: el('span', 'alert-name', alert.buyerName), what });
  headline.append(...parts.map((part) => (typeof part === 'string' ? doc.createTextNode(part) : part)));
  body.append(headline);
  const detail = alert.kind === 'tip' ? alert.title : alert.amountText;
  if (detail) body.append(el('p', 'alert-detail', detail));
  if (alert.message) body.append(el('p', 'alert-message', alert.message));
  card.append(body);
  if (behind > 0) card.append(el('span', 'alert-more', t('onstream.alert.more', { count: behind })));
  return card;
}
