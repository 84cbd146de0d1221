import type Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manualClock, sessionParams, startHarness, VISA, type Harness } from './helpers';

let h: Harness;
let clock: ReturnType<typeof manualClock>;
/** Event ids oldest first. */
let ids: string[];
let typesInOrder: string[];

beforeEach(async () => {
  clock = manualClock();
  h = await startHarness({ now: clock.now, sweepIntervalMs: 3_600_000 });
  // Three paid sessions (4 events each) and two expired ones (1 event each), a minute apart.
  for (let i = 0; i < 5; i += 1) {
    const session = await h.stripe.checkout.sessions.create(sessionParams({}, clock.now()));
    if (i % 2 === 0) await h.server.payCheckoutSession(session.id, { card: VISA, email: `fan${i}@example.com` });
    else await h.stripe.checkout.sessions.expire(session.id);
    clock.advance(60_000);
  }
  const everything = await h.stripe.events.list({ limit: 100 });
  ids = everything.data.map((e) => e.id).reverse();
  typesInOrder = everything.data.map((e) => e.type).reverse();
});
afterEach(async () => {
  await h.close();
});

describe('GET /v1/events', () => {
  it('lists newest first with ids in creation order and a Stripe list object', async () => {
    expect(ids).toHaveLength(14);
    expect([...ids].sort()).toEqual(ids);
    const page = await h.stripe.events.list();
    expect(page.object).toBe('list');
    expect(page.url).toBe('/v1/events');
    expect(page.data).toHaveLength(10);
    expect(page.has_more).toBe(true);
    expect(page.data.map((e) => e.id)).toEqual([...ids].reverse().slice(0, 10));
    const created = page.data.map((e) => e.created);
    expect([...created].sort((a, b) => b - a)).toEqual(created);
  });

  it('walks older with starting_after until has_more is false', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page: Stripe.ApiList<Stripe.Event> = await h.stripe.events.list({ limit: 4, ...(cursor ? { starting_after: cursor } : {}) });
      seen.push(...page.data.map((e) => e.id));
      if (!page.has_more) break;
      cursor = page.data[page.data.length - 1]?.id;
    }
    expect(seen).toEqual([...ids].reverse());
  });

  it('walks newer with ending_before: each page is the one just before the cursor, newest first', async () => {
    const applied: string[] = [];
    let cursor = ids[0] ?? '';
    applied.push(cursor);
    for (;;) {
      const page = await h.stripe.events.list({ limit: 4, ending_before: cursor });
      const ordered = page.data.map((e) => e.id);
      expect([...ordered].sort().reverse()).toEqual(ordered);
      applied.push(...[...ordered].reverse());
      if (!page.has_more || ordered.length === 0) break;
      cursor = ordered[0] ?? cursor;
    }
    expect(applied).toEqual(ids);
  });

  it('ending_before the newest event gives an empty page', async () => {
    const page = await h.stripe.events.list({ ending_before: ids[ids.length - 1] });
    expect(page.data).toEqual([]);
    expect(page.has_more).toBe(false);
  });

  it('filters by types[] in both directions', async () => {
    const wanted = ['checkout.session.completed', 'checkout.session.expired'];
    const expected = ids.filter((_, i) => wanted.includes(typesInOrder[i] ?? ''));
    const newestFirst = await h.stripe.events.list({ types: wanted, limit: 100 });
    expect(newestFirst.data.map((e) => e.id)).toEqual([...expected].reverse());

    const firstTwo = await h.stripe.events.list({ types: wanted, limit: 2, ending_before: ids[0] });
    expect(firstTwo.data.map((e) => e.id)).toEqual([expected[1], expected[0]]);
    expect(firstTwo.has_more).toBe(true);

    const older = await h.stripe.events.list({ types: wanted, limit: 2, starting_after: expected[2] });
    expect(older.data.map((e) => e.id)).toEqual([expected[1], expected[0]]);
    expect(older.has_more).toBe(false);
  });

  it('filters by one type, with * as a wildcard', async () => {
    const charges = await h.stripe.events.list({ type: 'charge.*', limit: 100 });
    expect(charges.data.map((e) => e.type)).toEqual(['charge.succeeded', 'charge.succeeded', 'charge.succeeded']);
    const exact = await h.stripe.events.list({ type: 'payment_intent.created', limit: 100 });
    expect(exact.data).toHaveLength(3);
    const none = await h.stripe.events.list({ type: 'payment%intent.created' });
    expect(none.data).toHaveLength(0);
  });

  it('filters by created', async () => {
    const start = Math.floor(clock.now() / 1000) - 5 * 60;
    const firstMinute = await h.stripe.events.list({ created: { gte: start, lt: start + 60 }, limit: 100 });
    expect(firstMinute.data.map((e) => e.id)).toEqual(ids.slice(0, 4).reverse());
    const exact = await h.stripe.events.list({ created: start + 60, limit: 100 });
    expect(exact.data.map((e) => e.type)).toEqual(['checkout.session.expired']);
    const later = await h.stripe.events.list({ created: { gt: start + 3 * 60 }, limit: 100 });
    expect(later.data.map((e) => e.id)).toEqual(ids.slice(-4).reverse());
    const fourthMinute = await h.stripe.events.list({ created: { gte: start + 3 * 60, lte: start + 3 * 60 + 59 }, limit: 100 });
    expect(fourthMinute.data.map((e) => e.type)).toEqual(['checkout.session.expired']);
  });

  it('works with stripe-node auto-pagination', async () => {
    const seen: string[] = [];
    for await (const event of h.stripe.events.list({ limit: 3 })) seen.push(event.id);
    expect(seen).toEqual([...ids].reverse());
  });

  it('refuses bad list parameters', async () => {
    await expect(h.stripe.events.list({ limit: 0 })).rejects.toMatchObject({ param: 'limit', statusCode: 400 });
    await expect(h.stripe.events.list({ limit: 101 })).rejects.toMatchObject({ param: 'limit' });
    await expect(h.stripe.events.list({ starting_after: ids[3], ending_before: ids[1] })).rejects.toMatchObject({ statusCode: 400 });
    await expect(h.stripe.events.list({ type: 'charge.succeeded', types: ['charge.refunded'] })).rejects.toMatchObject({ param: 'types' });
    await expect(h.stripe.events.list({ starting_after: 'evt_unknown' })).rejects.toMatchObject({ statusCode: 404, param: 'starting_after' });
  });
});

describe('GET /v1/events/:id', () => {
  it('retrieves one event with Stripe fields', async () => {
    const id = ids[0] ?? '';
    const event = await h.stripe.events.retrieve(id);
    expect(event).toMatchObject({ id, object: 'event', livemode: false, pending_webhooks: 0, type: 'payment_intent.created' });
    expect(event.api_version).toEqual(expect.any(String));
    await expect(h.stripe.events.retrieve('evt_missing')).rejects.toMatchObject({ statusCode: 404, code: 'resource_missing' });
  });
});
