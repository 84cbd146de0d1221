import { readFileSync } from 'node:fs';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMITTED_EVENT_TYPES } from '../../../src/main/core/payments/rehearsal/objects/event';
import {
  allEvents,
  DECLINED,
  DISPUTE_INQUIRY,
  DISPUTED_FRAUDULENT,
  manualClock,
  purchase,
  sessionParams,
  startHarness,
  VISA,
  type Harness,
} from './helpers';

/**
 * Every object the rehearsal server returns carries the fields of Stripe's real object of the same
 * kind (Stripe's own example objects, tests/fixtures/stripe/fixtures3.json): same names, and the
 * same JSON type wherever the example has a value; checked recursively through nested hashes.
 * (That the objects also satisfy stripe-node's TypeScript types is checked at compile time: the
 * server builds each one typed as Stripe.Checkout.Session, Stripe.PaymentIntent, and so on.)
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Kind = 'checkout.session' | 'payment_intent' | 'charge' | 'refund' | 'balance_transaction' | 'dispute' | 'event';

const fixtures = (JSON.parse(readFileSync(new URL('../../fixtures/stripe/fixtures3.json', import.meta.url), 'utf8')) as { resources: Record<Kind, Json> })
  .resources;

/**
 * Fields stripe-node 23's types require that the (older) example objects do not have yet. Listed so
 * that any other extra field fails the test.
 */
const NEWER_THAN_FIXTURE: Record<Kind, string[]> = {
  'checkout.session': ['allowed_payment_method_types'],
  payment_intent: ['allowed_payment_method_types', 'payment_record'],
  charge: [],
  refund: [],
  balance_transaction: [],
  dispute: ['intended_submission_method'],
  event: [],
};

function jsonType(value: Json): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/** Differences between a Stripe example and one of our objects; empty when ours conforms. */
function differences(example: Json, actual: Json, path: string, skip: ReadonlySet<string>): string[] {
  if (example === null || actual === null || skip.has(path)) return [];
  if (jsonType(example) !== jsonType(actual)) return [`${path}: expected ${jsonType(example)}, got ${jsonType(actual)}`];
  if (Array.isArray(example) && Array.isArray(actual)) {
    return example.length > 0 && actual.length > 0 ? differences(example[0] ?? null, actual[0] ?? null, `${path}[0]`, skip) : [];
  }
  if (typeof example !== 'object' || typeof actual !== 'object' || Array.isArray(example) || Array.isArray(actual)) return [];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(example)) {
    const where = path ? `${path}.${key}` : key;
    if (!(key in actual)) problems.push(`${where}: missing`);
    else problems.push(...differences(value, actual[key] ?? null, where, skip));
  }
  return problems;
}

function idOf(value: string | { id: string } | null): string {
  if (value === null) throw new Error('expected an id');
  return typeof value === 'string' ? value : value.id;
}

function toJson(value: unknown): Json {
  return JSON.parse(JSON.stringify({ ...(value as object), lastResponse: undefined })) as Json;
}

function conform(kind: Kind, object: unknown): void {
  const actual = toJson(object);
  // An event's data.object is whatever kind the event is about; it is checked against its own kind.
  const skip = new Set(kind === 'event' ? ['data.object'] : []);
  expect(differences(fixtures[kind], actual, '', skip), `${kind} ${(actual as { id?: string }).id ?? ''}`).toEqual([]);
  const example = fixtures[kind] as Record<string, Json>;
  const extra = Object.keys(actual as Record<string, Json>).filter((key) => !(key in example));
  expect(extra.sort(), `${kind}: fields Stripe's example does not have`).toEqual(NEWER_THAN_FIXTURE[kind]);
}

let h: Harness;
const collected: { kind: Kind; object: unknown; label: string }[] = [];

beforeAll(async () => {
  const clock = manualClock(Date.now());
  h = await startHarness({ now: clock.now, sweepIntervalMs: 3_600_000 });
  const remember = (kind: Kind, label: string, object: unknown) => collected.push({ kind, label, object });

  // Manual capture with shipping: open, declined, authorized, captured, refunded.
  const shipped = await h.stripe.checkout.sessions.create(
    sessionParams({ shipping_address_collection: { allowed_countries: ['US'] }, customer_email: 'fan@example.com' }),
  );
  remember('checkout.session', 'open', shipped);
  const shipping = { name: 'Ada', line1: '1 Main St', city: 'Springfield', postalCode: '62701', country: 'US', state: 'IL' };
  await h.server.payCheckoutSession(shipped.id, { card: DECLINED, shipping });
  const declined = await h.stripe.checkout.sessions.retrieve(shipped.id, { expand: ['payment_intent.latest_charge'] });
  const declinedIntent = declined.payment_intent as Stripe.PaymentIntent;
  remember('payment_intent', 'declined', declinedIntent);
  remember('charge', 'failed', declinedIntent.latest_charge);
  await h.server.payCheckoutSession(shipped.id, { card: VISA, shipping });
  const complete = await h.stripe.checkout.sessions.retrieve(shipped.id);
  remember('checkout.session', 'complete', complete);
  const intentId = idOf(complete.payment_intent);
  const authorized = await h.stripe.paymentIntents.retrieve(intentId, { expand: ['latest_charge'] });
  remember('payment_intent', 'requires_capture', authorized);
  remember('charge', 'uncaptured', authorized.latest_charge);
  remember('payment_intent', 'captured', await h.stripe.paymentIntents.capture(intentId));
  remember('refund', 'partial', await h.stripe.refunds.create({ payment_intent: intentId, amount: 100 }));
  remember('charge', 'refunded', (await h.stripe.paymentIntents.retrieve(intentId, { expand: ['latest_charge'] })).latest_charge);

  // Automatic capture, a canceled authorization, an expired session.
  const tip = await h.stripe.checkout.sessions.create(sessionParams({ payment_intent_data: { capture_method: 'automatic' } }));
  await h.server.payCheckoutSession(tip.id, { card: VISA, email: 'tipper@example.com' });
  remember('checkout.session', 'paid', await h.stripe.checkout.sessions.retrieve(tip.id));
  const held = await h.stripe.checkout.sessions.create(sessionParams());
  await h.server.payCheckoutSession(held.id, { card: VISA, email: 'guest@example.com' });
  remember('payment_intent', 'canceled', await h.stripe.paymentIntents.cancel(idOf((await h.stripe.checkout.sessions.retrieve(held.id)).payment_intent)));
  remember('checkout.session', 'expired', await h.stripe.checkout.sessions.expire((await h.stripe.checkout.sessions.create(sessionParams())).id));

  // An authorization nobody captured lapses after seven days.
  const forgotten = await h.stripe.checkout.sessions.create(sessionParams());
  await h.server.payCheckoutSession(forgotten.id, { card: VISA, email: 'late@example.com' });
  clock.advance(8 * 24 * 3600 * 1000);
  remember('checkout.session', 'lapsed', await h.stripe.checkout.sessions.retrieve(forgotten.id));

  // Disputes: a chargeback won (every dispute event), an inquiry accepted.
  const disputed = await purchase(h, { nowMs: clock.now(), card: DISPUTED_FRAUDULENT });
  const [chargeback] = (await h.stripe.disputes.list({ payment_intent: disputed })).data;
  remember('dispute', 'needs_response', chargeback);
  remember('dispute', 'won', await h.stripe.disputes.update(chargeback?.id ?? '', { evidence: { uncategorized_text: 'winning_evidence' } }));
  const asked = await purchase(h, { nowMs: clock.now(), card: DISPUTE_INQUIRY });
  const [inquiry] = (await h.stripe.disputes.list({ payment_intent: asked })).data;
  remember('dispute', 'warning_closed', await h.stripe.disputes.close(inquiry?.id ?? ''));

  for await (const txn of h.stripe.balanceTransactions.list({ limit: 100 })) remember('balance_transaction', txn.type, txn);

  for (const event of await allEvents(h.stripe)) {
    remember('event', event.type, event);
    const object = event.data.object as { object: string };
    const kind = object.object as Kind;
    remember(kind, `in ${event.type}`, object);
  }
});

afterAll(async () => {
  await h.close();
});

describe('conformance with Stripe example objects', () => {
  it('covers every object kind and every event type the server emits', () => {
    expect(new Set(collected.map((c) => c.kind))).toEqual(new Set<Kind>(['checkout.session', 'payment_intent', 'charge', 'refund', 'balance_transaction', 'dispute', 'event']));
    const eventTypes = new Set(collected.filter((c) => c.kind === 'event').map((c) => c.label));
    expect(eventTypes).toEqual(new Set(EMITTED_EVENT_TYPES));
  });

  for (const kind of ['checkout.session', 'payment_intent', 'charge', 'refund', 'balance_transaction', 'dispute', 'event'] as const) {
    it(`${kind}: every returned object has Stripe's fields with Stripe's JSON types`, () => {
      const objects = collected.filter((c) => c.kind === kind);
      expect(objects.length).toBeGreaterThan(0);
      for (const { object } of objects) conform(kind, object);
    });
  }

  it('the checker itself notices a missing field and a wrong type', () => {
    const session = collected.find((c) => c.kind === 'checkout.session')?.object;
    const broken = { ...toJson(session) as Record<string, Json>, created: '2024-01-01', expires_at: undefined };
    expect(differences(fixtures['checkout.session'], toJson(broken), '', new Set())).toEqual([
      'created: expected number, got string',
      'expires_at: missing',
    ]);
  });
});
