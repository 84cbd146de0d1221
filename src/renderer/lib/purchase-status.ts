import type { PurchaseStatus } from '../../shared/purchases';

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

/** For the host's status chips: how each state looks (its words are the catalog's `ui.purchaseStatus`). */
export const studioStatusTones: Record<PurchaseStatus, Tone> = {
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
