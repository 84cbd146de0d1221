import Database from 'better-sqlite3';
import type Stripe from 'stripe';
import type { DrillOffers } from './drill-show';

/**
 * Compares the studio's database with the Stripe-side ledger after a drill, once the show has
 * ended and the studio has settled. Every broken promise becomes one line in `mismatches`.
 */
export interface LedgerAudit {
  counts: {
    purchases: number;
    sessions: number;
    paidAtStripe: number;
    authorizedEver: number;
    captured: number;
    refunded: number;
    cancelled: number;
    /** Sessions Stripe created whose reservation the studio never linked (the studio died in between). */
    orphanSessions: number;
    moneyActions: number;
  };
  mismatches: string[];
}

interface Row {
  id: string;
  kind: string;
  status: string;
  payment: string;
  amount: number;
  offer_id: string;
  variant_id: string | null;
  quantity: number;
  stripe_session_id: string | null;
  stripe_payment_intent_id: string | null;
}

const NO_MONEY_STATUSES = new Set(['rejected', 'cancelled', 'expired']);

export async function auditLedger(options: {
  studioDbPath: string;
  stripe: Stripe;
  offers: DrillOffers;
  /** Purchases the driver saw paid (the checkout page redirected to the receipt). */
  paidByDriver: ReadonlySet<string>;
}): Promise<LedgerAudit> {
  const mismatches: string[] = [];
  const db = new Database(options.studioDbPath, { readonly: true, fileMustExist: true });
  let rows: Row[];
  let pendingActions: number;
  let actionsPerKind: { purchase_id: string; kind: string; n: number }[];
  let moneyActions: number;
  try {
    rows = db
      .prepare(
        `SELECT id, kind, status, payment, amount, offer_id, variant_id, quantity, stripe_session_id, stripe_payment_intent_id
           FROM purchases WHERE show_id = ?`,
      )
      .all(options.offers.showId) as Row[];
    pendingActions = (db.prepare(`SELECT COUNT(*) AS n FROM money_actions WHERE status <> 'done'`).get() as { n: number }).n;
    actionsPerKind = db.prepare(`SELECT purchase_id, kind, COUNT(*) AS n FROM money_actions GROUP BY purchase_id, kind`).all() as typeof actionsPerKind;
    moneyActions = (db.prepare('SELECT COUNT(*) AS n FROM money_actions').get() as { n: number }).n;
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') mismatches.push(`studio database integrity_check: ${String(integrity)}`);
  } finally {
    db.close();
  }
  const byId = new Map(rows.map((r) => [r.id, r]));
  const bySession = new Map<string, Row>();
  for (const row of rows) if (row.stripe_session_id) bySession.set(row.stripe_session_id, row);
  if (pendingActions > 0) mismatches.push(`${pendingActions} money actions not done after the show ended`);
  for (const a of actionsPerKind) if (a.n > 1) mismatches.push(`purchase ${a.purchase_id}: ${a.n} ${a.kind} actions`);

  // Stripe's side: every session, its PaymentIntent and charge (refunds included).
  const sessions: Stripe.Checkout.Session[] = [];
  for await (const session of options.stripe.checkout.sessions.list({ limit: 100 })) sessions.push(session);
  const sessionsPerPurchase = new Map<string, number>();
  const counts = { purchases: rows.length, sessions: sessions.length, paidAtStripe: 0, authorizedEver: 0, captured: 0, refunded: 0, cancelled: 0, orphanSessions: 0, moneyActions };
  const capturedUnits = new Map<string, number>();

  for (const session of sessions) {
    const purchaseId = session.client_reference_id ?? '';
    sessionsPerPurchase.set(purchaseId, (sessionsPerPurchase.get(purchaseId) ?? 0) + 1);
    const row = bySession.get(session.id);
    const intentId = typeof session.payment_intent === 'string' ? session.payment_intent : (session.payment_intent?.id ?? null);
    const intent = intentId ? await options.stripe.paymentIntents.retrieve(intentId, { expand: ['latest_charge'] }) : null;
    const charge = intent && typeof intent.latest_charge === 'object' ? intent.latest_charge : null;
    const refunds = charge?.refunds?.data ?? [];
    // A charge that succeeded is money held or taken; declined attempts leave only failed charges.
    const moneyMoved = intent !== null && charge !== null && charge.status === 'succeeded';

    if (!row) {
      // The studio died between Stripe creating the session and recording it: nobody ever saw its
      // URL, so it must never have taken money.
      counts.orphanSessions += 1;
      if (!byId.has(purchaseId)) mismatches.push(`session ${session.id} names purchase ${purchaseId}, unknown to the studio`);
      if (moneyMoved) mismatches.push(`orphan session ${session.id} (purchase ${purchaseId}) took a payment: ${intent?.status}`);
      if (session.status === 'complete') mismatches.push(`orphan session ${session.id} completed`);
      continue;
    }
    if (row.id !== purchaseId) mismatches.push(`session ${session.id} belongs to ${purchaseId} at Stripe but to ${row.id} in the studio`);
    if (session.status === 'open') mismatches.push(`purchase ${row.id}: its payment page is still open after the show ended`);
    if (!intent || !moneyMoved) {
      if (['captured', 'authorized', 'refunded'].includes(row.payment)) mismatches.push(`purchase ${row.id}: studio says ${row.payment}, Stripe has no payment`);
      continue;
    }
    counts.paidAtStripe += 1;
    if (row.stripe_payment_intent_id !== intent.id) mismatches.push(`purchase ${row.id}: studio PaymentIntent ${row.stripe_payment_intent_id ?? 'none'}, Stripe ${intent.id}`);
    if (intent.amount !== row.amount) mismatches.push(`purchase ${row.id}: amount ${row.amount} in the studio, ${intent.amount} at Stripe`);
    if (intent.capture_method === 'manual') counts.authorizedEver += 1;
    if (intent.status === 'requires_capture') mismatches.push(`purchase ${row.id}: authorization left dangling (${row.status}) after the show ended`);
    if (refunds.length > 1) mismatches.push(`purchase ${row.id}: refunded ${refunds.length} times`);
    // (A cancelled authorization shows as fully "refunded" on its uncaptured charge, as on Stripe.)
    if (charge?.captured && charge.amount_refunded > charge.amount_captured) mismatches.push(`purchase ${row.id}: refunded more than captured`);
    const captured = intent.status === 'succeeded';
    const refunded = captured && (charge?.amount_refunded ?? 0) > 0;
    if (intent.status === 'canceled') counts.cancelled += 1;
    if (captured && !refunded) counts.captured += 1;
    if (refunded) counts.refunded += 1;

    const expected = intent.status === 'canceled' ? 'canceled' : refunded ? 'refunded' : captured ? 'captured' : 'authorized';
    if (row.payment !== expected) mismatches.push(`purchase ${row.id} (${row.kind}, ${row.status}): studio payment ${row.payment}, Stripe ${expected}`);
    if (row.kind === 'hotseat' && captured) mismatches.push(`hot seat ${row.id} (${row.status}) was captured, but no guest went on air`);
    if (NO_MONEY_STATUSES.has(row.status) && captured && !refunded) mismatches.push(`purchase ${row.id} is ${row.status} but the buyer is charged`);
    if (row.status === 'paid' && !(captured && !refunded)) mismatches.push(`purchase ${row.id} is paid in the studio, Stripe: ${expected}`);
    if (row.kind === 'merch' && captured && !refunded && row.variant_id) {
      capturedUnits.set(row.variant_id, (capturedUnits.get(row.variant_id) ?? 0) + row.quantity);
    }
  }

  for (const [purchaseId, n] of sessionsPerPurchase) if (n > 1) mismatches.push(`purchase ${purchaseId} has ${n} checkout sessions at Stripe`);
  for (const row of rows) {
    if (row.stripe_session_id && !sessions.some((s) => s.id === row.stripe_session_id)) mismatches.push(`purchase ${row.id}: session ${row.stripe_session_id} unknown to Stripe`);
    if (row.status === 'pending_payment' || row.status === 'pending_review' || row.status === 'accepted') {
      mismatches.push(`purchase ${row.id} still ${row.status} after the show ended`);
    }
  }
  for (const purchaseId of options.paidByDriver) {
    const row = byId.get(purchaseId);
    if (!row) mismatches.push(`purchase ${purchaseId} was paid by a viewer but is missing from the studio`);
    else if (row.payment === 'none' || row.payment === 'failed') mismatches.push(`purchase ${purchaseId} was paid by a viewer, the studio says ${row.payment}`);
  }
  for (const variant of options.offers.merch.variants) {
    const sold = capturedUnits.get(variant.id) ?? 0;
    if (sold > variant.stock) mismatches.push(`variant ${variant.id}: ${sold} charged and kept, stock was ${variant.stock}`);
  }
  return { counts, mismatches };
}
