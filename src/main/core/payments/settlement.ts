import type Stripe from 'stripe';
import type { BalanceLine, BalanceLineCategory, PurchaseDispute, Settlement } from '../../../shared/books';
import { DisputeStatus } from '../../../shared/books';

/**
 * What Stripe moved for one purchase, from the objects themselves (never from an event's copy):
 * the charge's balance transaction (amount, fee, net), each refund's, and each dispute's
 * withdrawals and reinstatements, plus the dispute as it stands.
 */
export interface SettlementSources {
  charge: Stripe.Charge;
  refunds: readonly Stripe.Refund[];
  disputes: readonly Stripe.Dispute[];
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

export function settlementOf({ charge, refunds, disputes }: SettlementSources): Settlement {
  const lines: BalanceLine[] = [];
  const add = (txn: string | Stripe.BalanceTransaction | null) => {
    if (txn !== null && typeof txn === 'object') lines.push(lineOf(txn));
  };
  add(charge.balance_transaction);
  for (const refund of refunds) add(refund.balance_transaction);
  for (const dispute of disputes) for (const txn of dispute.balance_transactions) add(txn);
  return { chargeId: charge.id, lines: dedupe(lines), dispute: latestDispute(disputes) };
}

export function lineOf(txn: Stripe.BalanceTransaction): BalanceLine {
  return {
    id: txn.id,
    category: categoryOf(txn),
    amount: txn.amount,
    fee: txn.fee,
    net: txn.net,
    currency: txn.currency,
    createdAt: iso(txn.created),
  };
}

function categoryOf(txn: Stripe.BalanceTransaction): BalanceLineCategory {
  switch (txn.reporting_category) {
    case 'charge':
    case 'refund':
    case 'dispute_reversal':
      return txn.reporting_category;
    case 'refund_failure':
      // A refund that bounced puts the money back: a positive refund line.
      return 'refund';
    case 'dispute':
      // Stripe files a won dispute's reinstatement under the same category on some accounts: the sign tells.
      return txn.amount > 0 ? 'dispute_reversal' : 'dispute';
    default:
      return 'other';
  }
}

/** A charge has at most one dispute; should Stripe ever list more, the newest is the one to act on. */
function latestDispute(disputes: readonly Stripe.Dispute[]): PurchaseDispute | null {
  const newest = [...disputes].sort((a, b) => b.created - a.created)[0];
  if (!newest) return null;
  const status = DisputeStatus.safeParse(newest.status);
  const open = newest.status === 'needs_response' || newest.status === 'warning_needs_response';
  const dueBy = newest.evidence_details?.due_by ?? null;
  return {
    id: newest.id,
    // A status newer than this build is shown as "needs response": the host then looks in Stripe.
    status: status.success ? status.data : 'needs_response',
    reason: newest.reason,
    amount: newest.amount,
    currency: newest.currency,
    openedAt: iso(newest.created),
    respondBy: open && dueBy !== null ? iso(dueBy) : null,
  };
}

function dedupe(lines: BalanceLine[]): BalanceLine[] {
  const seen = new Set<string>();
  return lines.filter((line) => !seen.has(line.id) && seen.add(line.id));
}
