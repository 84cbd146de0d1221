import type Stripe from 'stripe';
import { negotiateLocale, type Locale } from '../../../../shared/i18n/locale';

/**
 * The language of the hosted checkout page, as Stripe chooses it: the session's `locale` when the
 * seller set one, else (`auto` or not set) the browser's Accept-Language. A language Hotseat does
 * not speak falls back to English.
 */
export function checkoutPageLocale(sessionLocale: Stripe.Checkout.Session.Locale | null | undefined, acceptLanguage: string | undefined): Locale {
  if (sessionLocale && sessionLocale !== 'auto') return negotiateLocale([sessionLocale]);
  return negotiateLocale(preferredLanguages(acceptLanguage ?? ''));
}

/** "fr-CH, fr;q=0.9, en;q=0.8" → the tags, most wanted first (q=0 means "not this one"). */
export function preferredLanguages(header: string): string[] {
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}
