import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Stripe from 'stripe';
import { createEventBus } from '../../../src/main/core/bus';
import { memoryLogger } from '../../../src/main/core/log';
import type { StripeGateway } from '../../../src/main/core/payments/gateway';
import { ingestEvent } from '../../../src/main/core/payments/ingest';
import { createPurchaseService, type Observation } from '../../../src/main/core/queue/purchase-service';
import { openDatabase, transaction, type Database } from '../../../src/main/core/store/db';
import { epochNow } from '../lib/clock';
import { insertPurchases, purchaseOf, seedShow } from '../support/seed-store';

/**
 * Figure 4, ingest throughput: a burst of payment events through the real ingest path
 * (`ingestEvent`: find the purchase, dedupe by event id, run the state machine, commit in SQLite,
 * publish) next to better-sqlite3 writing the same rows by hand, with the same durability
 * (WAL, synchronous=FULL, one transaction per event), into the same schema, in the same run.
 *
 * What Stripe would answer when ingest re-reads the session is prepared up front, so the figure is
 * the studio's own cost; the re-read is one HTTP call per event, bounded in production by Stripe's
 * API (read rate limit 100/s in live mode), not by the studio.
 *
 * The burst: a big show's worth of purchases (tips, and 600 hot seats: three offers of 200, the
 * most a show's queue holds per offer); every purchase gets the two events Stripe sends for a payment (checkout.session.completed,
 * then payment_intent.amount_capturable_updated or .succeeded), and one event in ten is delivered
 * twice (a webhook retry, or the poller meeting an event the webhook already brought).
 */
export interface Burst {
  dir: string;
  db: Database;
  events: Stripe.Event[];
  observations: Map<string, Observation>;
  /** Which events change their purchase (the first one for it). */
  firstForPurchase: Set<string>;
  purchaseOfEvent: Map<string, string>;
  close(): void;
}

const AT = '2030-01-01T10:00:00.000Z';

export function prepareBurst(eventCount: number): Burst {
  const dir = mkdtempSync(join(tmpdir(), 'hotseat-bench-ingest-'));
  const db = openDatabase(join(dir, 'hotseat.sqlite'));
  const { seats, tip } = seedShow(db, 'live', AT, 1, 3);
  const purchaseCount = Math.floor(eventCount / 2.2);
  // A big show's burst: mostly tips, and hot seats up to what three offers hold (200 each).
  const seatEvery = Math.max(1, Math.ceil(purchaseCount / (seats.length * 200)));
  let seatsSold = 0;
  const records = Array.from({ length: purchaseCount }, (_, i) => {
    const seat = i % seatEvery === 0 && seatsSold < seats.length * 200 ? seats[seatsSold++ % seats.length] : undefined;
    return purchaseOf(seat ?? tip, AT, i, { checkoutSessionId: `cs_bench_${i}` });
  });
  insertPurchases(db, records);

  const observations = new Map<string, Observation>();
  const firstForPurchase = new Set<string>();
  const purchaseOfEvent = new Map<string, string>();
  const unique: Stripe.Event[] = [];
  records.forEach((record, i) => {
    const hotseat = record.purchase.kind === 'hotseat';
    const intentId = `pi_bench_${i}`;
    const sessionId = record.checkoutSessionId ?? '';
    observations.set(sessionId, {
      type: hotseat ? 'payment_authorized' : 'payment_captured',
      paymentIntentId: intentId,
      buyerEmail: `viewer${i}@example.com`,
      shipping: null,
    });
    const metadata = { hotseat_purchase_id: record.purchase.id };
    const completed = event(`evt_bench_${i}_a`, 'checkout.session.completed', {
      object: 'checkout.session', id: sessionId, client_reference_id: record.purchase.id, metadata,
    });
    const intent = event(`evt_bench_${i}_b`, hotseat ? 'payment_intent.amount_capturable_updated' : 'payment_intent.succeeded', {
      object: 'payment_intent', id: intentId, metadata,
    });
    firstForPurchase.add(completed.id);
    purchaseOfEvent.set(completed.id, record.purchase.id);
    purchaseOfEvent.set(intent.id, record.purchase.id);
    unique.push(completed, intent);
  });
  const events: Stripe.Event[] = [];
  for (let i = 0; i < unique.length && events.length < eventCount; i += 1) {
    events.push(unique[i] as Stripe.Event);
    if (i % 10 === 9 && events.length < eventCount) events.push(unique[i - 5] as Stripe.Event);
  }
  return {
    dir,
    db,
    events,
    observations,
    firstForPurchase,
    purchaseOfEvent,
    close: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function event(id: string, type: string, object: Record<string, unknown>): Stripe.Event {
  return { id, object: 'event', type, created: 1_900_000_000, livemode: false, data: { object } } as unknown as Stripe.Event;
}

/** The real ingest path over `events[from, to)`; returns the seconds it took. */
export function ingestPath(burst: Burst): { run(from: number, to: number): Promise<number>; check(): void } {
  const bus = createEventBus();
  let published = 0;
  bus.subscribe(() => (published += 1));
  const ledger = createPurchaseService(burst.db, bus);
  // Stripe's answer to the re-read, prepared up front (see above): only `observe` is called by ingest.
  const gateway = { observe: (sessionId: string) => Promise.resolve(burst.observations.get(sessionId) ?? null) } as unknown as StripeGateway;
  const deps = { gateway, ledger, log: memoryLogger() };
  return {
    run: async (from, to) => {
      const started = epochNow();
      for (const e of burst.events.slice(from, to)) await ingestEvent(e, deps);
      return (epochNow() - started) / 1000;
    },
    check: () => {
      const unsettled = burst.db.prepare<[], number>(`SELECT COUNT(*) FROM purchases WHERE status = 'pending_payment'`).pluck().get();
      if (unsettled !== 0 || published === 0) throw new Error(`ingest left ${unsettled} purchases unpaid`);
    },
  };
}

/** The same rows, written by hand: what better-sqlite3 and the disk allow at this durability. */
export function rawPath(burst: Burst): { run(from: number, to: number): number } {
  const db = burst.db;
  const mark = db.prepare<[string, string, string]>(
    'INSERT INTO processed_stripe_events (event_id, received_at, purchase_id) VALUES (?, ?, ?) ON CONFLICT (event_id) DO NOTHING',
  );
  const update = db.prepare<[string, string, string, string, string, string, string]>(
    `UPDATE purchases SET status = ?, payment = ?, paid_at = ?, updated_at = ?, buyer_email = ?,
       stripe_payment_intent_id = ?, version = version + 1 WHERE id = ?`,
  );
  const audit = db.prepare<[string, string, string]>(
    `INSERT INTO audit_log (at, actor, action, purchase_id, detail) VALUES (?, 'Stripe', 'purchase.payment', ?, ?)`,
  );
  const apply = (e: Stripe.Event) =>
    transaction(db, () => {
      const purchaseId = burst.purchaseOfEvent.get(e.id) ?? '';
      const now = new Date().toISOString();
      if (mark.run(e.id, now, purchaseId).changes !== 1 || !burst.firstForPurchase.has(e.id)) return;
      const observed = burst.observations.get(`cs_bench_${e.id.split('_')[2]}`);
      const authorized = observed?.type === 'payment_authorized';
      update.run(authorized ? 'pending_review' : 'paid', authorized ? 'authorized' : 'captured', now, now, observed?.buyerEmail ?? '', observed?.paymentIntentId ?? '', purchaseId);
      audit.run(now, purchaseId, 'payment arrived');
    });
  return {
    run: (from, to) => {
      const started = epochNow();
      for (const e of burst.events.slice(from, to)) apply(e);
      return (epochNow() - started) / 1000;
    },
  };
}

/**
 * One burst through both paths on two fresh databases, alternating chunks of `chunk` events so both
 * meet the same disk weather (fsync times on a shared machine swing several-fold within seconds).
 * Returns events per second for each.
 */
export async function burstSideBySide(eventCount: number, chunk = 500): Promise<{ ingest: number; raw: number }> {
  const a = prepareBurst(eventCount);
  const b = prepareBurst(eventCount);
  try {
    const ingest = ingestPath(a);
    const raw = rawPath(b);
    let ingestSeconds = 0;
    let rawSeconds = 0;
    for (let from = 0; from < a.events.length; from += chunk) {
      ingestSeconds += await ingest.run(from, from + chunk);
      rawSeconds += raw.run(from, from + chunk);
    }
    ingest.check();
    return { ingest: a.events.length / ingestSeconds, raw: b.events.length / rawSeconds };
  } finally {
    a.close();
    b.close();
  }
}
