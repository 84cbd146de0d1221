import { giftImageUrl } from '../compositor/gift-images';
import type { OverlayAlert } from './overlay-alert';

const VERB = { tip: 'tipped', gift: 'sent', sold: 'bought' } as const;
const BADGE = { tip: 'Tip', gift: 'Gift', sold: 'Sold' } as const;

/**
 * Builds an alert card out of elements and text nodes only: buyer text is set with `textContent`,
 * so a name or message that looks like markup shows literally and never runs.
 */
export function buildAlertCard(doc: Document, alert: OverlayAlert, behind: number): HTMLElement {
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
  body.append(el('span', 'alert-badge', BADGE[alert.kind]));
  const headline = el('p', 'alert-headline');
  headline.append(el('span', 'alert-name', alert.buyerName), doc.createTextNode(` ${VERB[alert.kind]} `));
  headline.append(alert.kind === 'tip' ? el('span', 'alert-amount', alert.amountText) : el('span', 'alert-title', alert.title));
  body.append(headline);
  const detail = alert.kind === 'tip' ? alert.title : alert.amountText;
  if (detail) body.append(el('p', 'alert-detail', detail));
  if (alert.message) body.append(el('p', 'alert-message', alert.message));
  card.append(body);
  if (behind > 0) card.append(el('span', 'alert-more', `+${behind} more`));
  return card;
}
