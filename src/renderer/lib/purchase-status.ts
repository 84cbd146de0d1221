import type { PurchaseStatus } from '../../shared/purchases';

/** How a purchase's state reads to the people involved. */

export type Tone = 'neutral' | 'waiting' | 'good' | 'bad';

/**
 * How each state looks, the same on the buyer's receipt and the host's status chips; the words are
 * each page's (`receipt.status` in the buyer's language, `ui.purchaseStatus` in the studio's).
 */
export const purchaseStatusTones: Record<PurchaseStatus, Tone> = {
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
