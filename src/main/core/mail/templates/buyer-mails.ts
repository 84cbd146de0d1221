import { link, para, renderMail, small, type RenderedMail } from './layout';

/**
 * The words of each buyer email. Pure: the facts come in (read when the message is sent), the
 * message goes out; core/mail/mail-composer.ts gathers the facts and mints the links.
 */
export interface MailFacts {
  /** Who the email is from, as buyers know them (the creator's name or the show's title). */
  senderName: string;
  showTitle: string;
  buyerName: string;
  offerTitle: string;
  kind: 'tip' | 'gift' | 'merch' | 'hotseat';
  /** The receipt, with a token minted for this very email. */
  receiptUrl: string;
}

const footer = (f: MailFacts) => `${f.senderName} · sent by Hotseat because you bought something at “${f.showTitle}”. Keep this email: its links are yours alone.`;

const RECEIPT_LINE: Record<MailFacts['kind'], string> = {
  tip: 'Thank you for your tip!',
  gift: 'Thank you for your gift! Watch for it on stream.',
  merch: 'Thank you for your order! We will email you again when it ships.',
  hotseat: 'Your hot seat request is in the queue. Your card is only held: you are charged once you have been on air, never if you are not accepted.',
};

export function receiptMail(f: MailFacts): RenderedMail {
  return renderMail(
    `Your receipt: ${f.offerTitle} at ${f.showTitle}`,
    [para(`Hi ${f.buyerName},`), para(RECEIPT_LINE[f.kind]), para(`${f.offerTitle} at “${f.showTitle}”.`), link('Open your receipt', f.receiptUrl)],
    footer(f),
  );
}

export function acceptedMail(f: MailFacts & { joinUrl: string }): RenderedMail {
  return renderMail(
    `You're accepted: your hot seat at ${f.showTitle}`,
    [
      para(`Hi ${f.buyerName},`),
      para(`${f.senderName} accepted your hot seat (${f.offerTitle}). Open your private join link to wait in the green room; we will email you when you are next.`),
      link('Join the green room', f.joinUrl),
      small('The link is yours alone: whoever opens it takes your seat. Your receipt shows it too.'),
      link('Open your receipt', f.receiptUrl),
    ],
    footer(f),
  );
}

export function nextMail(f: MailFacts & { joinUrl: string }): RenderedMail {
  return renderMail(
    `You're next on ${f.showTitle}`,
    [para(`Hi ${f.buyerName},`), para(`You are next! ${f.senderName} is calling you to the hot seat. Join now, with your camera and microphone ready.`), link('Join now', f.joinUrl)],
    footer(f),
  );
}

export function selfieMail(f: MailFacts): RenderedMail {
  return renderMail(
    `Your selfie with ${f.senderName} is ready`,
    [para(`Hi ${f.buyerName},`), para(`Your selfie from “${f.showTitle}” is ready to download from your receipt.`), link('Get your selfie', f.receiptUrl)],
    footer(f),
  );
}

export function shippedMail(f: MailFacts & { trackingNumber: string | null }): RenderedMail {
  return renderMail(
    `Your order has shipped: ${f.offerTitle}`,
    [
      para(`Hi ${f.buyerName},`),
      para(`Your ${f.offerTitle} is on its way.`),
      ...(f.trackingNumber ? [para(`Tracking number: ${f.trackingNumber}`)] : []),
      link('Open your receipt', f.receiptUrl),
    ],
    footer(f),
  );
}

export interface ResendLine {
  offerTitle: string;
  showTitle: string;
  receiptUrl: string;
}

export function resendMail(senderName: string, lines: readonly ResendLine[]): RenderedMail {
  const showTitle = lines[0]?.showTitle ?? '';
  return renderMail(
    `Your receipts from ${senderName}`,
    [
      para('You asked for your receipts again. Here they are, each with a fresh private link:'),
      ...lines.map((l) => link(`${l.offerTitle} at “${l.showTitle}”`, l.receiptUrl)),
      small('Did not ask? Nothing happens unless someone opens these links; you can ignore this email.'),
    ],
    `${senderName} · sent by Hotseat for “${showTitle}”.`,
  );
}
