import type { Locale } from '../../../../shared/i18n/locale';
import type { Translate } from '../../../../shared/i18n/messages';
import { link, para, renderMail, small, type RenderedMail } from './layout';

/**
 * The buyer emails. Pure: the facts come in (read when the message is sent) with the translator of
 * the buyer's language, the message goes out; core/mail/mail-composer.ts gathers the facts and
 * mints the links. The words are in the `mail.*` catalogs (src/shared/i18n).
 */
export interface MailFacts {
  t: Translate;
  locale: Locale;
  /** Who the email is from, as buyers know them (the creator's name or the show's title). */
  senderName: string;
  showTitle: string;
  buyerName: string;
  offerTitle: string;
  kind: 'tip' | 'gift' | 'merch' | 'hotseat';
  /** The receipt, with a token minted for this very email. */
  receiptUrl: string;
}

const footer = (f: MailFacts) => f.t('mail.footer', { senderName: f.senderName, showTitle: f.showTitle });
const hi = (f: MailFacts) => para(f.t('mail.hi', { buyerName: f.buyerName }));
const openReceipt = (f: MailFacts) => link(f.t('mail.openReceipt'), f.receiptUrl);

export function receiptMail(f: MailFacts): RenderedMail {
  const { t } = f;
  return renderMail(
    t('mail.receipt.subject', { offerTitle: f.offerTitle, showTitle: f.showTitle }),
    [hi(f), para(t('mail.receipt.thanks', { kind: f.kind })), para(t('mail.receipt.what', { offerTitle: f.offerTitle, showTitle: f.showTitle })), openReceipt(f)],
    footer(f),
    f.locale,
  );
}

export function acceptedMail(f: MailFacts & { joinUrl: string }): RenderedMail {
  const { t } = f;
  return renderMail(
    t('mail.accepted.subject', { showTitle: f.showTitle }),
    [
      hi(f),
      para(t('mail.accepted.body', { senderName: f.senderName, offerTitle: f.offerTitle })),
      link(t('mail.accepted.join'), f.joinUrl),
      small(t('mail.accepted.private')),
      openReceipt(f),
    ],
    footer(f),
    f.locale,
  );
}

export function nextMail(f: MailFacts & { joinUrl: string }): RenderedMail {
  const { t } = f;
  return renderMail(
    t('mail.next.subject', { showTitle: f.showTitle }),
    [hi(f), para(t('mail.next.body', { senderName: f.senderName })), link(t('mail.next.join'), f.joinUrl)],
    footer(f),
    f.locale,
  );
}

export function selfieMail(f: MailFacts): RenderedMail {
  const { t } = f;
  return renderMail(
    t('mail.selfie.subject', { senderName: f.senderName }),
    [hi(f), para(t('mail.selfie.body', { showTitle: f.showTitle })), link(t('mail.selfie.get'), f.receiptUrl)],
    footer(f),
    f.locale,
  );
}

export function shippedMail(f: MailFacts & { trackingNumber: string | null }): RenderedMail {
  const { t } = f;
  return renderMail(
    t('mail.shipped.subject', { offerTitle: f.offerTitle }),
    [
      hi(f),
      para(t('mail.shipped.body', { offerTitle: f.offerTitle })),
      ...(f.trackingNumber ? [para(t('mail.shipped.tracking', { trackingNumber: f.trackingNumber }))] : []),
      openReceipt(f),
    ],
    footer(f),
    f.locale,
  );
}

export interface ResendLine {
  offerTitle: string;
  showTitle: string;
  receiptUrl: string;
}

export function resendMail(t: Translate, locale: Locale, senderName: string, lines: readonly ResendLine[]): RenderedMail {
  const showTitle = lines[0]?.showTitle ?? '';
  return renderMail(
    t('mail.resend.subject', { senderName }),
    [
      para(t('mail.resend.body')),
      ...lines.map((l) => link(t('mail.resend.line', { offerTitle: l.offerTitle, showTitle: l.showTitle }), l.receiptUrl)),
      small(t('mail.resend.notYou')),
    ],
    t('mail.resend.footer', { senderName, showTitle }),
    locale,
  );
}
