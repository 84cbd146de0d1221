import { stringify } from 'csv-stringify/sync';
import type { BalanceLine, BooksExportKind } from '../../../shared/books';
import { formatDecimal } from '../../../shared/money';
import type { Show } from '../../../shared/offers';
import type { PurchaseRecord } from '../store/purchases-repo';
import { groupBy, sumLines } from './line-sums';

/**
 * The creator's files for their accountant and their packing table. Every text a buyer typed is
 * neutralised against spreadsheet formulas (OWASP's CSV injection advice: a leading quote makes
 * `=HYPERLINK(...)` plain text); figures are plain decimals in major units with their currency.
 */
export interface ExportInput {
  shows: readonly Show[];
  purchases: readonly PurchaseRecord[];
  lines: readonly (BalanceLine & { purchaseId: string })[];
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that a spreadsheet would run as a formula, made inert. */
export function neutralise(text: string | null | undefined): string {
  if (text === null || text === undefined) return '';
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const PURCHASE_COLUMNS = [
  'created_at', 'paid_at', 'show', 'kind', 'item', 'variant', 'quantity', 'buyer_name', 'buyer_email', 'status',
  'price', 'price_currency', 'charged', 'fee', 'refunded', 'disputed', 'net', 'balance_currency', 'dispute_status',
  'shipped_at', 'tracking_number', 'purchase_id', 'stripe_checkout_session', 'stripe_payment_intent', 'stripe_charge',
] as const;

const PACKING_COLUMNS = [
  'ordered_at', 'purchase_id', 'show', 'item', 'variant', 'quantity', 'ship_to_name', 'address_line1', 'address_line2',
  'city', 'state', 'postal_code', 'country', 'buyer_email', 'shipped_at', 'tracking_number',
] as const;

export function exportCsv(kind: BooksExportKind, input: ExportInput): { csv: string; rows: number } {
  const rows = kind === 'purchases' ? purchaseRows(input) : packingRows(input);
  const columns = kind === 'purchases' ? PURCHASE_COLUMNS : PACKING_COLUMNS;
  // A byte-order mark so spreadsheet apps read the names as UTF-8; CRLF as RFC 4180 says.
  return { csv: `\ufeff${stringify(rows, { header: true, columns: [...columns], record_delimiter: 'windows' })}`, rows: rows.length };
}

function purchaseRows({ shows, purchases, lines }: ExportInput): Record<string, string | number>[] {
  const titles = new Map(shows.map((s) => [s.id, s.title]));
  const linesOf = groupBy(lines, (line) => line.purchaseId);
  return purchases
    .filter(({ purchase }) => purchase.paidAt !== null || (linesOf.get(purchase.id)?.length ?? 0) > 0)
    .map((record) => {
      const p = record.purchase;
      const own = linesOf.get(p.id) ?? [];
      const balance = own[0]?.currency ?? p.currency;
      const sums = sumLines(own);
      const money = (amount: number) => formatDecimal(amount, balance);
      return {
        created_at: p.createdAt,
        paid_at: p.paidAt ?? '',
        show: neutralise(titles.get(p.showId)),
        kind: p.kind,
        item: neutralise(p.offerTitle),
        variant: neutralise(p.variantLabel),
        quantity: p.quantity,
        buyer_name: neutralise(p.buyerName),
        buyer_email: neutralise(p.buyerEmail),
        status: p.status,
        price: formatDecimal(p.amount, p.currency),
        price_currency: p.currency.toUpperCase(),
        charged: money(sums.gross),
        fee: money(sums.fees),
        refunded: money(sums.refunds),
        disputed: money(sums.disputes),
        net: money(sums.net),
        balance_currency: balance.toUpperCase(),
        dispute_status: p.dispute?.status ?? '',
        shipped_at: p.shipment?.shippedAt ?? '',
        tracking_number: neutralise(p.shipment?.trackingNumber),
        purchase_id: p.id,
        stripe_checkout_session: record.checkoutSessionId ?? '',
        stripe_payment_intent: record.paymentIntentId ?? '',
        stripe_charge: record.chargeId ?? '',
      };
    });
}

/** Paid merch still owed to its buyer (refunded orders are not packed). */
function packingRows({ shows, purchases }: ExportInput): Record<string, string | number>[] {
  const titles = new Map(shows.map((s) => [s.id, s.title]));
  return purchases
    .filter(({ purchase: p }) => p.kind === 'merch' && p.status === 'paid')
    .map(({ purchase: p }) => ({
      ordered_at: p.paidAt ?? p.createdAt,
      purchase_id: p.id,
      show: neutralise(titles.get(p.showId)),
      item: neutralise(p.offerTitle),
      variant: neutralise(p.variantLabel),
      quantity: p.quantity,
      ship_to_name: neutralise(p.shipping?.name),
      address_line1: neutralise(p.shipping?.line1),
      address_line2: neutralise(p.shipping?.line2),
      city: neutralise(p.shipping?.city),
      state: neutralise(p.shipping?.state),
      postal_code: neutralise(p.shipping?.postalCode),
      country: neutralise(p.shipping?.country),
      buyer_email: neutralise(p.buyerEmail),
      shipped_at: p.shipment?.shippedAt ?? '',
      tracking_number: neutralise(p.shipment?.trackingNumber),
    }));
}
