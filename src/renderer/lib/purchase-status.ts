import type { MessageStatus, PurchaseStatus } from '../../shared/purchases';

/** How a purchase's state reads to the people involved. */

export type Tone = 'neutral' | 'waiting' | 'good' | 'bad';

/**
 * For the buyer's receipt: how each state looks (its words are the catalog's `receipt.status`, in
 * the buyer's language).
 */
export const receiptStatusTones: Record<PurchaseStatus, Tone> = {
  pending_payment: 'waiting',
  pending_review: 'waiting',
  accepted: 'good',
  rejected: 'neutral',
  paid: 'good',
  refunded: 'neutral',
  expired: 'neutral',
  cancelled: 'neutral',
  on_air: 'good',
  completed: 'good',
  no_show: 'neutral',
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
