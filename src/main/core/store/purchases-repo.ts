import type BetterSqlite3 from 'better-sqlite3';
import { PurchaseDispute } from '../../../shared/books';
import { Locale } from '../../../shared/i18n/locale';
import type { OfferKind, HotSeatFormat } from '../../../shared/offers';
import {
  ShippingAddress,
  type MessageStatus,
  type PaymentState,
  type Purchase,
  type PurchaseStatus,
} from '../../../shared/purchases';

/** A purchase with the fields that never leave the core (buyer key, provider ids). */
export interface PurchaseRecord {
  purchase: Purchase;
  /** The buyer's per-browser key: per-buyer limits count on it. */
  buyerKey: string;
  checkoutSessionId: string | null;
  paymentIntentId: string | null;
  checkoutUrl: string | null;
  /** Who approved or rejected the message (tips and gifts). */
  messageModeratedBy: string | null;
  /** The charge behind the payment, once Stripe has made one that moved money. */
  chargeId: string | null;
}

export interface NewPurchase extends PurchaseRecord {
  receiptTokenHash: string;
}

/** Statuses in which a purchase holds a unit of stock or a hot seat (reserved or sold). */
export const STOCK_HOLDING_STATUSES = ['pending_payment', 'pending_review', 'accepted', 'on_air', 'completed', 'paid'] as const satisfies
  readonly PurchaseStatus[];

const HOLDING = `(${STOCK_HOLDING_STATUSES.map((s) => `'${s}'`).join(', ')})`;

interface PurchaseRow {
  id: string;
  show_id: string;
  offer_id: string;
  offer_title: string;
  kind: OfferKind;
  format: HotSeatFormat | null;
  status: PurchaseStatus;
  payment: PaymentState;
  amount: number;
  currency: string;
  quantity: number;
  buyer_name: string;
  buyer_key: string;
  buyer_email: string | null;
  message: string | null;
  message_status: MessageStatus;
  message_moderated_by: string | null;
  question: string | null;
  variant_id: string | null;
  variant_label: string | null;
  shipping: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  paid_at: string | null;
  decided_at: string | null;
  decided_by: string | null;
  stripe_session_id: string | null;
  stripe_payment_intent_id: string | null;
  checkout_url: string | null;
  stripe_charge_id: string | null;
  dispute: string | null;
  shipped_at: string | null;
  shipped_by: string | null;
  tracking_number: string | null;
  buyer_locale: string;
}

interface DerivedColumns {
  action_pending: 0 | 1;
}

type StoredRow = PurchaseRow & DerivedColumns;

const SELECT = `
  SELECT p.*,
    EXISTS (SELECT 1 FROM money_actions m WHERE m.purchase_id = p.id AND m.status = 'pending') AS action_pending
  FROM purchases p`;

function toRecord(row: StoredRow): PurchaseRecord {
  return {
    purchase: {
      id: row.id,
      showId: row.show_id,
      offerId: row.offer_id,
      offerTitle: row.offer_title,
      kind: row.kind,
      format: row.format,
      status: row.status,
      payment: row.payment,
      paymentActionPending: row.action_pending === 1,
      amount: row.amount,
      currency: row.currency,
      quantity: row.quantity,
      buyerName: row.buyer_name,
      buyerEmail: row.buyer_email,
      buyerLocale: Locale.parse(row.buyer_locale),
      message: row.message,
      messageStatus: row.message_status,
      question: row.question,
      variantId: row.variant_id,
      variantLabel: row.variant_label,
      shipping: row.shipping === null ? null : ShippingAddress.parse(JSON.parse(row.shipping)),
      shipment:
        row.shipped_at === null ? null : { shippedAt: row.shipped_at, shippedBy: row.shipped_by ?? '', trackingNumber: row.tracking_number },
      dispute: row.dispute === null ? null : PurchaseDispute.parse(JSON.parse(row.dispute)),
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      paidAt: row.paid_at,
      decidedAt: row.decided_at,
      decidedBy: row.decided_by,
    },
    buyerKey: row.buyer_key,
    checkoutSessionId: row.stripe_session_id,
    paymentIntentId: row.stripe_payment_intent_id,
    checkoutUrl: row.checkout_url,
    messageModeratedBy: row.message_moderated_by,
    chargeId: row.stripe_charge_id,
  };
}

function toRow(record: PurchaseRecord): PurchaseRow {
  const p = record.purchase;
  return {
    id: p.id,
    show_id: p.showId,
    offer_id: p.offerId,
    offer_title: p.offerTitle,
    kind: p.kind,
    format: p.format,
    status: p.status,
    payment: p.payment,
    amount: p.amount,
    currency: p.currency,
    quantity: p.quantity,
    buyer_name: p.buyerName,
    buyer_key: record.buyerKey,
    buyer_email: p.buyerEmail,
    message: p.message,
    message_status: p.messageStatus,
    message_moderated_by: record.messageModeratedBy,
    question: p.question,
    variant_id: p.variantId,
    variant_label: p.variantLabel,
    shipping: p.shipping === null ? null : JSON.stringify(p.shipping),
    version: p.version,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
    paid_at: p.paidAt,
    decided_at: p.decidedAt,
    decided_by: p.decidedBy,
    stripe_session_id: record.checkoutSessionId,
    stripe_payment_intent_id: record.paymentIntentId,
    checkout_url: record.checkoutUrl,
    stripe_charge_id: record.chargeId,
    dispute: p.dispute === null ? null : JSON.stringify(p.dispute),
    shipped_at: p.shipment?.shippedAt ?? null,
    shipped_by: p.shipment?.shippedBy ?? null,
    tracking_number: p.shipment?.trackingNumber ?? null,
    buyer_locale: p.buyerLocale,
  };
}

export interface HeldUnits {
  offerId: string;
  variantId: string | null;
  quantity: number;
}

export interface PurchasesRepo {
  insert(record: NewPurchase): void;
  get(id: string): PurchaseRecord | null;
  /**
   * Writes every mutable field and bumps the version. The record's version must be the one that
   * was read; a mismatch means a write slipped past the transaction and is thrown, never merged.
   */
  update(record: PurchaseRecord): void;
  listForShow(showId: string): PurchaseRecord[];
  /** Purchases made from `from` (inclusive) to `to` (exclusive), oldest first: the books of a date range. */
  listCreatedBetween(from: string, to: string): PurchaseRecord[];
  /** Purchases of any show that were ever disputed, newest first (disputes are rare: a short list). */
  listDisputed(): PurchaseRecord[];
  findByCheckoutSession(sessionId: string): PurchaseRecord | null;
  findByPaymentIntent(paymentIntentId: string): PurchaseRecord | null;
  findByReceiptHash(hash: string): { record: PurchaseRecord; receiptTokenHash: string } | null;
  /**
   * The hot seats whose guest seat may lag their purchase: accepted without a seat yet, or with a
   * seat still open. Startup reads only these, so it does not grow with the show's history.
   */
  needingSeatSync(): PurchaseRecord[];
  /** Reservations whose checkout session exists and has not ended: for startup reconciliation. */
  openCheckoutSessions(): { purchaseId: string; sessionId: string }[];
  /** Reservations that never got a checkout session (the process stopped in between). */
  reservationsWithoutSession(createdBefore: string): PurchaseRecord[];
  /** A buyer's reservations of an offer still waiting for payment, oldest first. */
  openForBuyer(offerId: string, buyerKey: string): PurchaseRecord[];
  /** Units held (reserved or sold) per offer and variant, for a whole show. */
  heldForShow(showId: string): HeldUnits[];
  heldForOffer(offerId: string): HeldUnits[];
  heldForBuyer(offerId: string, buyerKey: string): number;
}

export function createPurchasesRepo(db: BetterSqlite3.Database): PurchasesRepo {
  const insert = db.prepare<[PurchaseRow & { receipt_token_hash: string }]>(
    `INSERT INTO purchases (id, show_id, offer_id, offer_title, kind, format, status, payment, amount, currency,
       quantity, buyer_name, buyer_key, buyer_email, message, message_status, message_moderated_by, question,
       variant_id, variant_label, shipping, version, created_at, updated_at, paid_at, decided_at, decided_by,
       stripe_session_id, stripe_payment_intent_id, checkout_url, stripe_charge_id, dispute, shipped_at, shipped_by,
       tracking_number, buyer_locale, receipt_token_hash)
     VALUES (@id, @show_id, @offer_id, @offer_title, @kind, @format, @status, @payment, @amount, @currency,
       @quantity, @buyer_name, @buyer_key, @buyer_email, @message, @message_status, @message_moderated_by, @question,
       @variant_id, @variant_label, @shipping, @version, @created_at, @updated_at, @paid_at, @decided_at, @decided_by,
       @stripe_session_id, @stripe_payment_intent_id, @checkout_url, @stripe_charge_id, @dispute, @shipped_at, @shipped_by,
       @tracking_number, @buyer_locale, @receipt_token_hash)`,
  );
  const update = db.prepare<[PurchaseRow]>(
    `UPDATE purchases SET status = @status, payment = @payment, buyer_email = @buyer_email,
       message_status = @message_status, message_moderated_by = @message_moderated_by, shipping = @shipping,
       version = version + 1, updated_at = @updated_at, paid_at = @paid_at, decided_at = @decided_at,
       decided_by = @decided_by, stripe_session_id = @stripe_session_id,
       stripe_payment_intent_id = @stripe_payment_intent_id, checkout_url = @checkout_url,
       stripe_charge_id = @stripe_charge_id, dispute = @dispute, shipped_at = @shipped_at, shipped_by = @shipped_by,
       tracking_number = @tracking_number
     WHERE id = @id AND version = @version`,
  );
  const byId = db.prepare<[string], StoredRow>(`${SELECT} WHERE p.id = ?`);
  const forShow = db.prepare<[string], StoredRow>(`${SELECT} WHERE p.show_id = ? ORDER BY p.created_at, p.id`);
  const createdBetween = db.prepare<[string, string], StoredRow>(
    `${SELECT} WHERE p.created_at >= ? AND p.created_at < ? ORDER BY p.created_at, p.id`,
  );
  const disputed = db.prepare<[], StoredRow>(`${SELECT} WHERE p.dispute IS NOT NULL ORDER BY p.created_at DESC, p.id`);
  const seatSync = db.prepare<[], StoredRow>(
    `${SELECT} WHERE p.kind = 'hotseat' AND (
       (p.status = 'accepted' AND NOT EXISTS (SELECT 1 FROM seats s WHERE s.purchase_id = p.id))
       OR EXISTS (SELECT 1 FROM seats s WHERE s.purchase_id = p.id AND s.stage != 'ended'))
     ORDER BY p.created_at, p.id`,
  );
  const bySession = db.prepare<[string], StoredRow>(`${SELECT} WHERE p.stripe_session_id = ?`);
  const byIntent = db.prepare<[string], StoredRow>(
    `${SELECT} WHERE p.stripe_payment_intent_id = ? ORDER BY p.created_at DESC LIMIT 1`,
  );
  const byReceipt = db.prepare<[string], StoredRow & { receipt_token_hash: string }>(
    `${SELECT} WHERE p.receipt_token_hash = ?`,
  );
  const openSessions = db.prepare<[], { purchaseId: string; sessionId: string }>(
    `SELECT id AS purchaseId, stripe_session_id AS sessionId FROM purchases
     WHERE status = 'pending_payment' AND stripe_session_id IS NOT NULL ORDER BY created_at`,
  );
  const withoutSession = db.prepare<[string], StoredRow>(
    `${SELECT} WHERE p.status = 'pending_payment' AND p.stripe_session_id IS NULL AND p.created_at < ? ORDER BY p.created_at`,
  );
  const openForBuyer = db.prepare<[string, string], StoredRow>(
    `${SELECT} WHERE p.offer_id = ? AND p.buyer_key = ? AND p.status = 'pending_payment' ORDER BY p.created_at`,
  );
  const heldForShow = db.prepare<[string], HeldUnits>(
    `SELECT offer_id AS offerId, variant_id AS variantId, SUM(quantity) AS quantity FROM purchases
     WHERE show_id = ? AND status IN ${HOLDING} GROUP BY offer_id, variant_id`,
  );
  const heldForOffer = db.prepare<[string], HeldUnits>(
    `SELECT offer_id AS offerId, variant_id AS variantId, SUM(quantity) AS quantity FROM purchases
     WHERE offer_id = ? AND status IN ${HOLDING} GROUP BY offer_id, variant_id`,
  );
  const heldForBuyer = db
    .prepare<[string, string], number>(
      `SELECT COALESCE(SUM(quantity), 0) FROM purchases
       WHERE offer_id = ? AND buyer_key = ? AND status IN ${HOLDING}`,
    )
    .pluck();

  const one = (row: StoredRow | undefined) => (row ? toRecord(row) : null);

  return {
    insert: (record) => void insert.run({ ...toRow(record), receipt_token_hash: record.receiptTokenHash }),
    get: (id) => one(byId.get(id)),
    update: (record) => {
      const result = update.run(toRow(record));
      if (result.changes !== 1) {
        throw new Error(`Purchase ${record.purchase.id} changed underneath version ${record.purchase.version}`);
      }
    },
    listForShow: (showId) => forShow.all(showId).map(toRecord),
    listCreatedBetween: (from, to) => createdBetween.all(from, to).map(toRecord),
    listDisputed: () => disputed.all().map(toRecord),
    needingSeatSync: () => seatSync.all().map(toRecord),
    findByCheckoutSession: (sessionId) => one(bySession.get(sessionId)),
    findByPaymentIntent: (paymentIntentId) => one(byIntent.get(paymentIntentId)),
    findByReceiptHash: (hash) => {
      const row = byReceipt.get(hash);
      return row ? { record: toRecord(row), receiptTokenHash: row.receipt_token_hash } : null;
    },
    openCheckoutSessions: () => openSessions.all(),
    reservationsWithoutSession: (createdBefore) => withoutSession.all(createdBefore).map(toRecord),
    openForBuyer: (offerId, buyerKey) => openForBuyer.all(offerId, buyerKey).map(toRecord),
    heldForShow: (showId) => heldForShow.all(showId),
    heldForOffer: (offerId) => heldForOffer.all(offerId),
    heldForBuyer: (offerId, buyerKey) => heldForBuyer.get(offerId, buyerKey) ?? 0,
  };
}
