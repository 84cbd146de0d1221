import { createTranslator } from '../../../shared/i18n/messages';
import type { MailSettings } from '../../../shared/mail';
import { receiptJoinToken } from '../guests/seat-links';
import { hashReceiptToken, newReceiptToken } from '../queue/receipt-token';
import type { Links } from '../server/links';
import type { OutboxRecord } from '../store/mail-outbox-repo';
import type { Repositories } from '../store/repositories';
import { acceptedMail, nextMail, receiptMail, resendMail, selfieMail, shippedMail, type MailFacts } from './templates/buyer-mails';
import type { RenderedMail } from './templates/layout';

export type Composed = { mail: RenderedMail; senderName: string } | { skip: string };

/**
 * Turns an outbox message into the email, when it is sent (inside the worker's transaction).
 * Receipt tokens are only ever stored hashed, so the checkout's token cannot be put in an email:
 * each emailed link gets a token of its own, its hash in `receipt_links`, minted here. A join link
 * is derived from that token exactly as the receipt page derives it (guests/seat-links.ts), so it
 * follows the seat's link generation: replaced or revoked by the host like any other.
 */
export function composeMail(repos: Repositories, links: Links, settings: MailSettings, record: OutboxRecord, now: string): Composed {
  const { message } = record;
  if (message.kind === 'resend') return composeResend(repos, links, settings, record, now);
  const found = message.purchaseId ? repos.purchases.get(message.purchaseId) : null;
  if (!found) return { skip: 'The purchase no longer exists.' };
  const p = found.purchase;
  const showTitle = repos.shows.get(p.showId)?.title ?? '';
  const senderName = senderNameOf(settings, showTitle);
  const receiptToken = mintReceiptLink(repos, p.id, message.kind, now);
  const receiptUrl = links.receipt(receiptToken);
  const facts: MailFacts = { t: createTranslator(p.buyerLocale), locale: p.buyerLocale, senderName, showTitle, buyerName: p.buyerName, offerTitle: p.offerTitle, kind: p.kind, receiptUrl };
  switch (message.kind) {
    case 'receipt':
      return { mail: receiptMail(facts), senderName };
    case 'selfie':
      return { mail: selfieMail(facts), senderName };
    case 'shipped':
      return { mail: shippedMail({ ...facts, trackingNumber: typeof record.data.trackingNumber === 'string' ? record.data.trackingNumber : null }), senderName };
    case 'accepted':
    case 'next': {
      const token = receiptJoinToken(repos, p.id, receiptToken, now);
      if (!token) return { skip: 'The seat is over: there is nothing to join any more.' };
      const joinUrl = links.join(token);
      return { mail: message.kind === 'accepted' ? acceptedMail({ ...facts, joinUrl }) : nextMail({ ...facts, joinUrl }), senderName };
    }
  }
}

function composeResend(repos: Repositories, links: Links, settings: MailSettings, record: OutboxRecord, now: string): Composed {
  const ids = Array.isArray(record.data.purchaseIds) ? record.data.purchaseIds.filter((id): id is string => typeof id === 'string') : [];
  const lines = ids.flatMap((id) => {
    const found = repos.purchases.get(id);
    if (!found) return [];
    const showTitle = repos.shows.get(found.purchase.showId)?.title ?? '';
    const line = { offerTitle: found.purchase.offerTitle, showTitle, receiptUrl: links.receipt(mintReceiptLink(repos, id, 'resend', now)) };
    return [{ line, locale: found.purchase.buyerLocale }];
  });
  const [newest] = lines;
  if (!newest) return { skip: 'None of the purchases exist any more.' };
  const senderName = senderNameOf(settings, newest.line.showTitle);
  // One message for several purchases: in the language of the newest (the store page last used).
  return { mail: resendMail(createTranslator(newest.locale), newest.locale, senderName, lines.map((l) => l.line)), senderName };
}

/** A fresh receipt token for one emailed link; only its hash is kept. */
function mintReceiptLink(repos: Repositories, purchaseId: string, reason: string, now: string): string {
  const token = newReceiptToken();
  repos.receiptLinks.insert({ tokenHash: hashReceiptToken(token), purchaseId, reason: `email:${reason}`, createdAt: now });
  return token;
}

/** The creator's name as set for email, else the show's title, else the product. No line breaks: it goes in a header. */
export function senderNameOf(settings: MailSettings, showTitle: string): string {
  const name = settings.senderName || showTitle || 'Hotseat';
  return name.replace(/[\r\n]+/g, ' ').trim();
}
