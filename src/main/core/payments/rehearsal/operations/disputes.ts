import type Stripe from 'stripe';
import { invalidRequest } from '../errors';
import { newId } from '../ids';
import { unrefundedCaptured } from '../objects/charge';
import { buildDispute, CLOSED_STATUSES, type DisputeReason } from '../objects/dispute';
import { recordDisputeReinstatement, recordDisputeWithdrawal } from './balance-transactions';
import { NO_REQUEST, nowSeconds, type OperationContext } from './context';

/** The evidence fields that take text; the others take uploaded files, which this server does not model. */
export const TEXT_EVIDENCE_FIELDS = [
  'access_activity_log',
  'billing_address',
  'cancellation_policy_disclosure',
  'cancellation_rebuttal',
  'customer_email_address',
  'customer_name',
  'customer_purchase_ip',
  'duplicate_charge_explanation',
  'duplicate_charge_id',
  'product_description',
  'refund_policy_disclosure',
  'refund_refusal_explanation',
  'service_date',
  'shipping_address',
  'shipping_carrier',
  'shipping_date',
  'shipping_tracking_number',
  'uncategorized_text',
] as const;
export type TextEvidenceField = (typeof TEXT_EVIDENCE_FIELDS)[number];

/** Stripe's test-mode convention: this `uncategorized_text`, once submitted, decides the dispute. */
const WINNING_EVIDENCE = 'winning_evidence';
const LOSING_EVIDENCE = 'losing_evidence';

export interface OpenDisputeInput {
  reason: DisputeReason;
  inquiry: boolean;
}

/**
 * The buyer's bank disputes a captured charge. A chargeback takes the disputed amount and the
 * dispute fee from the balance at once; an inquiry moves no money until it escalates.
 */
export function openDispute(ctx: OperationContext, charge: Stripe.Charge, input: OpenDisputeInput): Stripe.Dispute {
  if (!charge.captured || charge.status !== 'succeeded') {
    throw invalidRequest(`Charge ${charge.id} has not been captured: only captured money can be disputed.`, { param: 'charge' });
  }
  if (charge.disputed) {
    const existing = ctx.objects.list('dispute', { charge: charge.id }, { limit: 1 }).data[0];
    throw invalidRequest(`Charge ${charge.id} is already disputed (${existing?.id ?? 'dispute'}).`, { param: 'charge' });
  }
  const amount = unrefundedCaptured(charge);
  if (amount <= 0) throw invalidRequest(`Charge ${charge.id} has been refunded in full: there is nothing left to dispute.`, { param: 'charge' });
  const now = nowSeconds(ctx);
  const opened = buildDispute({ id: newId('dp'), created: now, charge, amount, reason: input.reason, inquiry: input.inquiry });
  ctx.objects.update({ ...charge, disputed: true });
  const dispute = input.inquiry ? opened : withFundsWithdrawn(ctx, opened);
  ctx.objects.insert(dispute);
  ctx.events.append('charge.dispute.created', dispute, now, ctx.request);
  if (!input.inquiry) ctx.events.append('charge.dispute.funds_withdrawn', dispute, now, ctx.request);
  return dispute;
}

/**
 * Opens the dispute a test card asked for, once the charge's money is captured. The bank, not the
 * request that captured, opens it: its events carry no request, like Stripe's automatic events.
 */
export function openPlannedDispute(ctx: OperationContext, charge: Stripe.Charge): void {
  const plan = ctx.objects.chargeInternal(charge.id)?.plannedDispute;
  if (!plan || !charge.captured) return;
  openDispute({ ...ctx, request: NO_REQUEST }, charge, plan);
}

export interface UpdateDisputeInput {
  evidence: Partial<Record<TextEvidenceField, string>>;
  metadata?: Record<string, string>;
  /** Stripe submits by default whenever evidence is sent; `false` only stages it. */
  submit?: boolean;
}

/** Records (and by default submits) evidence; submitted test evidence decides the dispute at once. */
export function updateDispute(ctx: OperationContext, dispute: Stripe.Dispute, input: UpdateDisputeInput): Stripe.Dispute {
  const hasNewEvidence = Object.keys(input.evidence).length > 0;
  const submitting = input.submit ?? hasNewEvidence;
  if ((hasNewEvidence || submitting) && isClosed(dispute)) {
    throw invalidRequest(`This dispute (${dispute.id}) is already closed with status ${dispute.status}: its evidence can no longer be changed.`);
  }
  if ((hasNewEvidence || submitting) && isUnderReview(dispute)) {
    throw invalidRequest(`The evidence for this dispute (${dispute.id}) has already been submitted and is under review.`);
  }
  const evidence: Stripe.Dispute.Evidence = { ...dispute.evidence, ...input.evidence };
  const hasEvidence = TEXT_EVIDENCE_FIELDS.some((field) => evidence[field] !== null);
  if (submitting && !hasEvidence) throw invalidRequest('There is no evidence to submit for this dispute.', { param: 'submit' });
  const inquiry = isInquiry(dispute);
  let updated: Stripe.Dispute = {
    ...dispute,
    evidence,
    evidence_details: { ...dispute.evidence_details, has_evidence: hasEvidence },
    metadata: { ...dispute.metadata, ...(input.metadata ?? {}) },
  };
  if (submitting) {
    updated = {
      ...updated,
      status: inquiry ? 'warning_under_review' : 'under_review',
      evidence_details: {
        ...updated.evidence_details,
        submission_count: updated.evidence_details.submission_count + 1,
        submission_method: 'manual',
      },
    };
  }
  const now = nowSeconds(ctx);
  ctx.objects.update(updated);
  ctx.events.append('charge.dispute.updated', updated, now, ctx.request);
  if (!submitting) return updated;
  if (evidence.uncategorized_text === WINNING_EVIDENCE) return inquiry ? close(ctx, updated, 'warning_closed') : win(ctx, updated);
  if (evidence.uncategorized_text === LOSING_EVIDENCE) return inquiry ? escalate(ctx, updated) : close(ctx, updated, 'lost');
  return updated;
}

/** Accepting the dispute: a chargeback is lost (its money stays with the buyer), an inquiry simply ends. */
export function closeDispute(ctx: OperationContext, dispute: Stripe.Dispute): Stripe.Dispute {
  if (isClosed(dispute)) {
    throw invalidRequest(`This dispute (${dispute.id}) is already closed with status ${dispute.status} and cannot be closed again.`);
  }
  return close(ctx, dispute, isInquiry(dispute) ? 'warning_closed' : 'lost');
}

function close(ctx: OperationContext, dispute: Stripe.Dispute, status: Stripe.Dispute.Status): Stripe.Dispute {
  const closed: Stripe.Dispute = { ...dispute, status };
  ctx.objects.update(closed);
  ctx.events.append('charge.dispute.closed', closed, nowSeconds(ctx), ctx.request);
  return closed;
}

/** The bank sides with the creator: the disputed amount comes back (the dispute fee does not). */
function win(ctx: OperationContext, dispute: Stripe.Dispute): Stripe.Dispute {
  const won: Stripe.Dispute = {
    ...dispute,
    status: 'won',
    balance_transactions: [...dispute.balance_transactions, recordDisputeReinstatement(ctx, dispute)],
  };
  const now = nowSeconds(ctx);
  ctx.objects.update(won);
  ctx.events.append('charge.dispute.closed', won, now, ctx.request);
  ctx.events.append('charge.dispute.funds_reinstated', won, now, ctx.request);
  return won;
}

/** An inquiry the bank is not satisfied with becomes a chargeback, and the money is withdrawn. */
function escalate(ctx: OperationContext, dispute: Stripe.Dispute): Stripe.Dispute {
  const card = dispute.payment_method_details?.card;
  const chargeback: Stripe.Dispute = {
    ...withFundsWithdrawn(ctx, dispute),
    status: 'needs_response',
    ...(card ? { payment_method_details: { card: { ...card, case_type: 'chargeback' }, type: 'card' } } : {}),
  };
  const now = nowSeconds(ctx);
  ctx.objects.update(chargeback);
  ctx.events.append('charge.dispute.updated', chargeback, now, ctx.request);
  ctx.events.append('charge.dispute.funds_withdrawn', chargeback, now, ctx.request);
  return chargeback;
}

function withFundsWithdrawn(ctx: OperationContext, dispute: Stripe.Dispute): Stripe.Dispute {
  return {
    ...dispute,
    // Once the money has gone back to the buyer's bank, refunding it as well would pay the buyer twice.
    is_charge_refundable: false,
    balance_transactions: [...dispute.balance_transactions, recordDisputeWithdrawal(ctx, dispute)],
  };
}

function isClosed(dispute: Stripe.Dispute): boolean {
  return CLOSED_STATUSES.includes(dispute.status);
}

function isUnderReview(dispute: Stripe.Dispute): boolean {
  return dispute.status === 'under_review' || dispute.status === 'warning_under_review';
}

function isInquiry(dispute: Stripe.Dispute): boolean {
  return dispute.payment_method_details?.card?.case_type === 'inquiry';
}
