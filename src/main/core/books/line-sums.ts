import type { BalanceLine } from '../../../shared/books';

export interface LineSums {
  gross: number;
  fees: number;
  refunds: number;
  /** The disputed amount and its fee, less what won disputes gave back. */
  disputes: number;
  net: number;
}

/**
 * The one rule for reading balance lines of one currency: gross − fees − refunds − disputes = net,
 * exactly, whatever mix of lines Stripe recorded. Used for a whole show and for a single purchase.
 */
export function sumLines(lines: readonly BalanceLine[]): LineSums {
  const sums: LineSums = { gross: 0, fees: 0, refunds: 0, disputes: 0, net: 0 };
  for (const line of lines) {
    sums.net += line.net;
    switch (line.category) {
      case 'charge':
        sums.gross += line.amount;
        sums.fees += line.fee;
        break;
      case 'refund':
        sums.refunds -= line.amount;
        sums.fees += line.fee;
        break;
      case 'dispute':
      case 'dispute_reversal':
        sums.disputes -= line.net;
        break;
      case 'other':
        // Anything else Stripe took or gave on the charge counts with the fees, so the sums still add up.
        sums.fees -= line.net;
        break;
    }
  }
  return sums;
}

/** Lines (or anything) grouped by a key, in their order: per purchase, per currency. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
