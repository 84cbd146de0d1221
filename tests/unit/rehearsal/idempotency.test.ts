import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allEvents, sessionParams, startHarness, stripeClient, VISA, type Harness } from './helpers';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

async function authorizedIntent(): Promise<string> {
  const session = await h.stripe.checkout.sessions.create(sessionParams());
  await h.server.payCheckoutSession(session.id, { card: VISA, email: 'fan@example.com' });
  const paid = await h.stripe.checkout.sessions.retrieve(session.id);
  if (typeof paid.payment_intent !== 'string') throw new Error('no payment intent');
  return paid.payment_intent;
}

describe('Idempotency-Key', () => {
  it('replays the stored response for the same key and parameters, with Idempotent-Replayed', async () => {
    const params = sessionParams();
    const first = await h.stripe.checkout.sessions.create(params, { idempotencyKey: 'checkout-pur_1' });
    const again = await h.stripe.checkout.sessions.create(params, { idempotencyKey: 'checkout-pur_1' });
    expect(again.id).toBe(first.id);
    expect(again).toEqual(first);
    expect(again.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect(first.lastResponse.headers['idempotent-replayed']).toBeUndefined();
    expect((await h.stripe.checkout.sessions.list()).data).toHaveLength(1);
  });

  it('refuses the same key with different parameters, and creates nothing', async () => {
    await h.stripe.checkout.sessions.create(sessionParams(), { idempotencyKey: 'checkout-pur_2' });
    await expect(
      h.stripe.checkout.sessions.create(sessionParams({ client_reference_id: 'someone_else' }), { idempotencyKey: 'checkout-pur_2' }),
    ).rejects.toMatchObject({
      type: 'StripeIdempotencyError',
      statusCode: 400,
      message: expect.stringContaining("Try using a key other than 'checkout-pur_2'") as unknown,
    });
    expect((await h.stripe.checkout.sessions.list()).data).toHaveLength(1);
  });

  it('refuses a key reused on another endpoint', async () => {
    const id = await authorizedIntent();
    await h.stripe.paymentIntents.capture(id, {}, { idempotencyKey: 'money-1' });
    await expect(h.stripe.paymentIntents.cancel(id, {}, { idempotencyKey: 'money-1' })).rejects.toMatchObject({ type: 'StripeIdempotencyError' });
  });

  it('replays a capture instead of refusing it as already captured', async () => {
    const id = await authorizedIntent();
    const first = await h.stripe.paymentIntents.capture(id, {}, { idempotencyKey: 'capture-pur_3' });
    const retry = await h.stripe.paymentIntents.capture(id, {}, { idempotencyKey: 'capture-pur_3' });
    expect(retry).toEqual(first);
    expect((await allEvents(h.stripe)).filter((e) => e.type === 'charge.captured')).toHaveLength(1);
  });

  it('replays a refusal that happened while acting', async () => {
    const id = await authorizedIntent();
    await h.stripe.paymentIntents.capture(id);
    const first = await h.stripe.paymentIntents.cancel(id, {}, { idempotencyKey: 'cancel-pur_4' }).catch((e: unknown) => e);
    const second = await h.stripe.paymentIntents.cancel(id, {}, { idempotencyKey: 'cancel-pur_4' }).catch((e: unknown) => e);
    expect(first).toMatchObject({ code: 'payment_intent_unexpected_state' });
    expect(second).toMatchObject({ code: 'payment_intent_unexpected_state', headers: { 'idempotent-replayed': 'true' } });
  });

  it('does not keep a result for a request refused for its parameters', async () => {
    const bad = sessionParams({ line_items: [] });
    await expect(h.stripe.checkout.sessions.create(bad, { idempotencyKey: 'fixable' })).rejects.toMatchObject({ statusCode: 400 });
    const fixed = await h.stripe.checkout.sessions.create(sessionParams(), { idempotencyKey: 'fixable' });
    expect(fixed.status).toBe('open');
  });

  it('keeps keys per API key', async () => {
    const other = stripeClient(h.server, { apiKey: 'sk_test_another_account_key' });
    const params = sessionParams();
    const mine = await h.stripe.checkout.sessions.create(params, { idempotencyKey: 'shared-key' });
    const theirs = await other.checkout.sessions.create(params, { idempotencyKey: 'shared-key' });
    expect(theirs.id).not.toBe(mine.id);
  });

  it('events carry the request id and idempotency key that caused them', async () => {
    const id = await authorizedIntent();
    const captured = await h.stripe.paymentIntents.capture(id, {}, { idempotencyKey: 'capture-pur_5' });
    const events = await allEvents(h.stripe);
    const succeeded = events.find((e) => e.type === 'payment_intent.succeeded');
    expect(succeeded?.request).toEqual({ id: captured.lastResponse.requestId, idempotency_key: 'capture-pur_5' });
  });
});
