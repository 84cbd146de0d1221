import type { ActivityDetail } from '../../../shared/activity-detail';
import type { MessageId } from '../../../shared/i18n/messages';
import type { Purchase } from '../../../shared/purchases';
import type { ErrorReason, ErrorValues } from '../../../shared/result';

/** The catalog ids an activity line's parts use (catalogs/en/activity-said.ts). */
export type ActivityId = Extract<MessageId, `activity.said.${string}`>;

/** One part of an activity line: what happened, by id and values. */
export const said = (id: ActivityId, values?: ErrorValues): ErrorReason => (values ? { id, values } : { id });

/** An activity line: about `subject` (null: about the studio itself), what happened in `parts`. */
export function activity(subject: ErrorReason | null, first: ErrorReason, ...rest: ErrorReason[]): ActivityDetail {
  return subject ? { subject, parts: [first, ...rest] } : { parts: [first, ...rest] };
}

/** "Hot seat ‘Ask me anything’ for Ada": the purchase a line is about. */
export const purchaseSubject = (purchase: Pick<Purchase, 'kind' | 'offerTitle' | 'buyerName'>): ErrorReason =>
  said('activity.said.purchase', { kind: purchase.kind, title: purchase.offerTitle, buyer: purchase.buyerName });

/** "Guest Ada": the seat a line is about. */
export const guestSubject = (guestName: string): ErrorReason => said('activity.said.guest', { name: guestName });
