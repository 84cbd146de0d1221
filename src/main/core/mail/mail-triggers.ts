import { createHash } from 'node:crypto';
import type { MailKind } from '../../../shared/mail';
import type { Repositories } from '../store/repositories';
import { mailIsOn } from './mail-settings';

/**
 * Putting a message in the outbox, inside the transaction of the fact that causes it (a payment,
 * an accept, a call, a selfie): the fact and its message commit together, so a crash cannot keep
 * one without the other. The dedupe key makes a second cause of the same message change nothing.
 * With email off nothing is queued: turning it on later does not mail a backlog.
 */
export const mailDedupeKey = (kind: MailKind, purchaseId: string, n?: number): string => `${kind}-${purchaseId}${n === undefined ? '' : `-${n}`}`;

/** Queues `kind` for the buyer of `purchaseId`; false when email is off, they left no address, or it is queued already. */
export function queueBuyerMail(repos: Repositories, kind: Exclude<MailKind, 'resend'>, purchaseId: string, now: string, extra: { n?: number; data?: Record<string, unknown> } = {}): boolean {
  if (!mailIsOn(repos.settings)) return false;
  const purchase = repos.purchases.get(purchaseId)?.purchase;
  if (!purchase?.buyerEmail) return false;
  return repos.mailOutbox.enqueue(
    { kind, purchaseId, recipient: purchase.buyerEmail, dedupeKey: mailDedupeKey(kind, purchaseId, extra.n), ...(extra.data ? { data: extra.data } : {}) },
    now,
  );
}

/**
 * "Your order has shipped", for merch fulfilment to call inside its own transaction. One email per
 * tracking number (a second parcel gets its own).
 */
export function queueShippedMail(repos: Repositories, purchaseId: string, trackingNumber: string | null, now: string): boolean {
  const n = trackingNumber ? parseInt(createHash('sha256').update(trackingNumber).digest('hex').slice(0, 8), 16) : undefined;
  return queueBuyerMail(repos, 'shipped', purchaseId, now, { ...(n === undefined ? {} : { n }), data: { trackingNumber } });
}

/** The receipt email follows the payment: a tip, gift or merch paid, a hot seat's card held for review. */
export const paidJustNow = (before: { status: string }, after: { status: string }): boolean =>
  before.status === 'pending_payment' && (after.status === 'paid' || after.status === 'pending_review');

/** How far back "send my receipts again" looks: this show and the recent ones. */
export const RESEND_LOOKBACK_MS = 30 * 24 * 60 * 60 * 1000;
const RESEND_MAX_PURCHASES = 20;

/**
 * One message listing the address's recent purchases with fresh receipt links. Keyed by the
 * address and the minute, so a double submit queues one. Nothing tells the caller whether the
 * address bought anything (the answer is the same either way).
 */
export function queueReceiptResend(repos: Repositories, email: string, now: string): void {
  if (!mailIsOn(repos.settings)) return;
  const since = new Date(Date.parse(now) - RESEND_LOOKBACK_MS).toISOString();
  const purchaseIds = repos.receiptLinks.purchaseIdsForEmail(email, since, RESEND_MAX_PURCHASES);
  if (purchaseIds.length === 0) return;
  const address = createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 16);
  repos.mailOutbox.enqueue({ kind: 'resend', purchaseId: null, recipient: email, dedupeKey: `resend-${address}-${now.slice(0, 16)}`, data: { purchaseIds } }, now);
}
