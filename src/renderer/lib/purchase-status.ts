import type { MessageStatus, PurchaseStatus } from '../../shared/purchases';
import type { ReceiptView } from '../../shared/store-api';

/** How a purchase's state reads to the people involved. */

export type Tone = 'neutral' | 'waiting' | 'good' | 'bad';

/** For the buyer: plain words, and always whether they were charged when they were not. */
export const receiptStatusWords: Record<PurchaseStatus, { text: string; tone: Tone }> = {
  pending_payment: { text: 'Payment pending', tone: 'waiting' },
  pending_review: { text: 'Waiting for the host to review', tone: 'waiting' },
  accepted: { text: "Accepted — you're in line", tone: 'good' },
  rejected: { text: 'Not accepted — you were not charged', tone: 'neutral' },
  paid: { text: 'Paid', tone: 'good' },
  refunded: { text: 'Refunded', tone: 'neutral' },
  expired: { text: 'Checkout expired — you were not charged', tone: 'neutral' },
  cancelled: { text: 'Cancelled — you were not charged', tone: 'neutral' },
  on_air: { text: "You're on air", tone: 'good' },
  completed: { text: 'Done — thanks for joining the show!', tone: 'good' },
  no_show: { text: 'Missed your turn — you were not charged', tone: 'neutral' },
};

/** A sentence under the status telling the buyer what happens next. */
export function receiptNextStep(receipt: ReceiptView): string | null {
  switch (receipt.status) {
    case 'pending_payment':
      return 'Finish checkout to complete your order. Nothing is charged until then.';
    case 'pending_review':
      return 'Your card is only authorized. If the host does not accept, the hold is released and you pay nothing.';
    case 'accepted':
      return "You'll be charged only after your time on air. Keep this page open: your join link appears here.";
    case 'paid':
      if (receipt.kind !== 'merch') return 'Thank you for supporting the show!';
      return receipt.shipment ? 'Your order is on its way.' : 'Thanks! Your order will ship to the address you gave at checkout.';
    case 'refunded':
      return 'The money is on its way back to your card; banks usually take 5–10 days.';
    case 'on_air':
      return "You'll be charged once you've been on air as agreed; if you drop before that, the hold is released.";
    case 'completed':
      return receipt.charged ? 'Your card was charged for your time on air.' : 'Your payment is being settled.';
    case 'no_show':
      return "You didn't join in time after the host called you, so the hold on your card was released.";
    default:
      return null;
  }
}

export const receiptMessageWords: Record<MessageStatus, string | null> = {
  none: null,
  held: 'Your message is waiting for the host to approve it.',
  approved: 'Your message was approved and shown on stream.',
  rejected: 'Your message was not shown on stream.',
};

/** For the host: short labels for status chips. */
export const studioStatusLabels: Record<PurchaseStatus, { text: string; tone: Tone }> = {
  pending_payment: { text: 'Checkout open', tone: 'waiting' },
  pending_review: { text: 'Needs review', tone: 'waiting' },
  accepted: { text: 'Accepted', tone: 'good' },
  rejected: { text: 'Rejected', tone: 'neutral' },
  paid: { text: 'Paid', tone: 'good' },
  refunded: { text: 'Refunded', tone: 'neutral' },
  expired: { text: 'Expired', tone: 'neutral' },
  cancelled: { text: 'Cancelled', tone: 'neutral' },
  on_air: { text: 'On air', tone: 'good' },
  completed: { text: 'Completed', tone: 'good' },
  no_show: { text: 'No-show', tone: 'neutral' },
};

export const messageStatusLabels: Record<MessageStatus, string> = {
  none: '',
  held: 'Held for review',
  approved: 'Approved',
  rejected: 'Hidden',
};
