import Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionParams, startHarness, stripeClient, VISA, type Harness } from './helpers';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

async function raw(path: string, init: RequestInit = {}): Promise<{ status: number; body: { error?: Record<string, unknown> } }> {
  const response = await fetch(`${h.server.url}${path}`, init);
  return { status: response.status, body: (await response.json()) as { error?: Record<string, unknown> } };
}

describe('authentication', () => {
  it('accepts any test secret or restricted key', async () => {
    for (const key of ['sk_test_abc123', 'rk_test_xyz']) {
      await expect(stripeClient(h.server, { apiKey: key }).events.list()).resolves.toMatchObject({ object: 'list' });
    }
    const basic = await raw('/v1/events', { headers: { authorization: `Basic ${Buffer.from('sk_test_basic:').toString('base64')}` } });
    expect(basic.status).toBe(200);
  });

  it('answers 401 in Stripe shape for a missing, malformed or live key', async () => {
    const missing = await raw('/v1/events');
    expect(missing.status).toBe(401);
    expect(missing.body.error).toMatchObject({ type: 'invalid_request_error', message: expect.stringContaining('You did not provide an API key') as unknown });
    await expect(stripeClient(h.server, { apiKey: 'sk_live_realmoney' }).events.list()).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    const wrong = await stripeClient(h.server, { apiKey: 'pk_test_publishable123' }).events.list().catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    expect((wrong as Error).message).toBe('Invalid API Key provided: pk_test_**********e123');
  });
});

describe('requests', () => {
  it('answers an unknown URL with Stripe 404 shape', async () => {
    const response = await raw('/v1/customers', { headers: { authorization: `Bearer ${h.server.apiKey}` } });
    expect(response.status).toBe(404);
    expect(response.body.error?.message).toBe(
      'Unrecognized request URL (GET: /v1/customers). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.',
    );
  });

  it('sets Request-Id and Stripe-Version headers', async () => {
    const list = await h.stripe.events.list();
    expect(list.lastResponse.requestId).toMatch(/^req_/);
    expect(list.lastResponse.headers['stripe-version']).toBe(Stripe.API_VERSION);
  });

  it('refuses unknown nested parameters by their full name', async () => {
    const base = sessionParams();
    const item = base.line_items?.[0];
    // Deliberately outside stripe-node's types: a typo in a nested parameter name.
    const params = { ...base, line_items: [{ ...item, price_data: { ...item?.price_data, colour: 'red' } }] } as unknown as Stripe.Checkout.SessionCreateParams;
    await expect(h.stripe.checkout.sessions.create(params)).rejects.toMatchObject({
      param: 'line_items[0][price_data][colour]',
      message: 'Received unknown parameter: line_items[0][price_data][colour]',
    });
  });

  it('refuses a malformed integer and an invalid enum value, naming the parameter', async () => {
    const auth = { authorization: `Bearer ${h.server.apiKey}` };
    const badInt = await raw('/v1/events?limit=ten', { headers: auth });
    expect(badInt.body.error).toMatchObject({ param: 'limit', message: 'Invalid integer: ten' });
    const session = await h.stripe.checkout.sessions.create(sessionParams());
    await h.server.payCheckoutSession(session.id, { card: VISA, email: 'fan@example.com' });
    const paid = await h.stripe.checkout.sessions.retrieve(session.id);
    if (typeof paid.payment_intent !== 'string') throw new Error('no payment intent');
    const badEnum = await raw(`/v1/payment_intents/${paid.payment_intent}/cancel`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'cancellation_reason=bored',
    });
    expect(badEnum.body.error).toMatchObject({
      param: 'cancellation_reason',
      message: 'Invalid cancellation_reason: must be one of abandoned, duplicate, fraudulent, or requested_by_customer',
    });
  });

  it('answers a broken %-escape in a path id with 400, not a server error stripe-node would retry', async () => {
    const response = await raw('/v1/payment_intents/pi_%E0%A4%A', { headers: { authorization: `Bearer ${h.server.apiKey}` } });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ type: 'invalid_request_error', param: 'id', message: expect.stringContaining('pi_%E0%A4%A') as unknown });
    expect(h.log.lines.filter((line) => line.startsWith('error'))).toEqual([]);
  });

  it('refuses a body over 1 MB with 413', async () => {
    const response = await raw('/v1/checkout/sessions', {
      method: 'POST',
      headers: { authorization: `Bearer ${h.server.apiKey}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: `metadata[x]=${'a'.repeat(1024 * 1024 + 1)}`,
    });
    expect(response.status).toBe(413);
  });
});

describe('expand', () => {
  it('expands nested ids and refuses what cannot be expanded', async () => {
    const session = await h.stripe.checkout.sessions.create(sessionParams());
    await h.server.payCheckoutSession(session.id, { card: VISA, email: 'fan@example.com' });
    const expanded = await h.stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent.latest_charge'] });
    const intent = expanded.payment_intent as Stripe.PaymentIntent;
    expect(intent.object).toBe('payment_intent');
    expect((intent.latest_charge as Stripe.Charge).object).toBe('charge');
    const listed = await h.stripe.checkout.sessions.list({ expand: ['data.payment_intent'] });
    expect((listed.data[0]?.payment_intent as Stripe.PaymentIntent).id).toBe(intent.id);
    await expect(h.stripe.checkout.sessions.retrieve(session.id, { expand: ['customer'] })).rejects.toMatchObject({
      message: 'This property cannot be expanded (customer).',
    });
    // The stored object is untouched by an expansion.
    expect(typeof (await h.stripe.checkout.sessions.retrieve(session.id)).payment_intent).toBe('string');
  });
});
