import type Stripe from 'stripe';
import type { Db } from './db';
import { pageOf, type Page, type PageRequest } from './paging';
import type { DisputePlan } from './test-cards';

/** The Stripe objects this server keeps, by their `object` field. */
export interface ObjectKinds {
  'checkout.session': Stripe.Checkout.Session;
  payment_intent: Stripe.PaymentIntent;
  charge: Stripe.Charge;
  refund: Stripe.Refund;
  balance_transaction: Stripe.BalanceTransaction;
  dispute: Stripe.Dispute;
}
export type ObjectKind = keyof ObjectKinds;
export type AnyStripeObject = ObjectKinds[ObjectKind];

/** What a Checkout Session needs that Stripe does not show on the session itself. */
export interface SessionInternal {
  lineItems: { name: string; description: string | null; unitAmount: number; quantity: number }[];
  paymentIntentData: {
    captureMethod: 'automatic' | 'manual';
    metadata: Record<string, string>;
    description: string | null;
    receiptEmail: string | null;
  };
}

/** A test card's dispute, waiting for the charge's money to be captured (Stripe disputes captured money only). */
export interface ChargeInternal {
  plannedDispute: DisputePlan | null;
}

/**
 * Equality filters of a list: JSON field of the stored object → wanted value (undefined: any).
 * Field names come from this server's code, never from a request.
 */
export type ListFilter = Record<string, string | undefined>;

interface ObjectRow {
  json: string;
  internal: string | null;
}

/**
 * Stripe objects as JSON rows. Everything written here was built by this server and typed as the
 * stripe-node type on the way in, which is why reading it back may assert that type.
 */
export class ObjectStore {
  constructor(private readonly db: Db) {}

  insert(object: AnyStripeObject, internal?: unknown): void {
    this.db
      .prepare('INSERT INTO objects (id, type, created, json, internal) VALUES (?, ?, ?, ?, ?)')
      .run(object.id, object.object, object.created, JSON.stringify(object), internal === undefined ? null : JSON.stringify(internal));
  }

  update(object: AnyStripeObject): void {
    const result = this.db
      .prepare('UPDATE objects SET json = ? WHERE id = ? AND type = ?')
      .run(JSON.stringify(object), object.id, object.object);
    if (result.changes !== 1) throw new Error(`cannot update ${object.object} ${object.id}: not stored`);
  }

  get<K extends ObjectKind>(kind: K, id: string): ObjectKinds[K] | null {
    const row = this.db.prepare('SELECT json FROM objects WHERE id = ? AND type = ?').get(id, kind) as ObjectRow | undefined;
    return row ? (JSON.parse(row.json) as ObjectKinds[K]) : null;
  }

  /** Any stored object by id, whatever its kind: used to expand an id into its object. */
  getAny(id: string): AnyStripeObject | null {
    const row = this.db.prepare('SELECT json FROM objects WHERE id = ?').get(id) as ObjectRow | undefined;
    return row ? (JSON.parse(row.json) as AnyStripeObject) : null;
  }

  sessionInternal(id: string): SessionInternal | null {
    return this.internalOf('checkout.session', id) as SessionInternal | null;
  }

  chargeInternal(id: string): ChargeInternal | null {
    return this.internalOf('charge', id) as ChargeInternal | null;
  }

  private internalOf(kind: ObjectKind, id: string): unknown {
    const row = this.db.prepare('SELECT internal FROM objects WHERE id = ? AND type = ?').get(id, kind) as Pick<ObjectRow, 'internal'> | undefined;
    return row?.internal ? (JSON.parse(row.internal) as unknown) : null;
  }

  /** Open Checkout Sessions whose `expires_at` has passed. */
  dueOpenSessions(nowSeconds: number): string[] {
    const rows = this.db
      .prepare(
        `SELECT id FROM objects WHERE type = 'checkout.session' AND json_extract(json, '$.status') = 'open'
           AND json_extract(json, '$.expires_at') <= ? ORDER BY seq`,
      )
      .all(nowSeconds) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** Authorized PaymentIntents whose card hold ran out (`capture_before` on the uncaptured charge has passed). */
  lapsedAuthorizations(nowSeconds: number): string[] {
    const rows = this.db
      .prepare(
        `SELECT json_extract(json, '$.payment_intent') AS id FROM objects
          WHERE type = 'charge' AND json_extract(json, '$.captured') = 0 AND json_extract(json, '$.refunded') = 0
            AND json_extract(json, '$.payment_method_details.card.capture_before') <= ? ORDER BY seq`,
      )
      .all(nowSeconds) as { id: string | null }[];
    return rows.map((r) => r.id).filter((id): id is string => id !== null);
  }

  /** One page of a kind, newest first, keeping the objects whose fields equal the filter's values. */
  list<K extends ObjectKind>(kind: K, filter: ListFilter, page: PageRequest): Page<ObjectKinds[K]> {
    const where = ['type = ?'];
    const args: (string | number)[] = [kind];
    for (const [field, value] of Object.entries(filter)) {
      if (value === undefined) continue;
      if (!/^[a-z_]+$/.test(field)) throw new Error(`not a list filter field: ${field}`);
      where.push(`json_extract(json, '$.${field}') = ?`);
      args.push(value);
    }
    return pageOf(this.db, { table: 'objects', where, args, cursorKind: kind }, page, (json) => JSON.parse(json) as ObjectKinds[K]);
  }
}
